package io.github.ivplib.validation.theme;

import java.util.List;

import io.github.ivplib.validation.Rule;

/**
 * The built-in rules of this package, in catalogue order.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ThemeRules {

    private ThemeRules() {
    }

    /** @return the rules of this package, each a PolicyRule or a SeriesRule, not null */
    public static List<Rule> rules() {
        return List.of(new StrategicThemePresent(), new Focus(), new StrategicThemeHasGoal(), new SmartGoals());
    }
}
