package io.github.ivplib.validation.cycle;

import java.util.List;

import io.github.ivplib.validation.Rule;

/**
 * The built-in rules of this package, in catalogue order. {@code pc-cycle/quarter-range} is not
 * among them: the model refuses a bad quarter when it is built, so the reader reports it (see
 * {@code io.github.ivplib.validation.json.ReadingRule}).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class CycleRules {

    private CycleRules() {
    }

    /** @return the rules of this package, each a PolicyRule or a SeriesRule, not null */
    public static List<Rule> rules() {
        return List.of(new MilestoneWithinPeriod(), new ImplementationPlanCoverage(), new EvaluationBeforeSuccessor(),
                new SafetyMonitorScheduled(), new ActorCompetent());
    }
}
