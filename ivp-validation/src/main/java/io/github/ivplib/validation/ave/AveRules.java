package io.github.ivplib.validation.ave;

import java.util.List;

import io.github.ivplib.validation.Rule;

/**
 * The built-in rules of this package, in catalogue order. Each checks only a policy that
 * describes an AVE model.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class AveRules {

    private AveRules() {
    }

    /** @return the rules of this package, each a PolicyRule or a SeriesRule, not null */
    public static List<Rule> rules() {
        return List.of(new FourPhases(), new DirectionAssigned(), new SelfDirectionDecreases(), new StepByStep());
    }
}
