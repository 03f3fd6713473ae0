package io.github.ivplib.validation.indicator;

import java.util.List;

import io.github.ivplib.validation.Rule;

/**
 * The built-in rules of this package, in catalogue order.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class IndicatorRules {

    private IndicatorRules() {
    }

    /** @return the rules of this package, each a PolicyRule or a SeriesRule, not null */
    public static List<Rule> rules() {
        return List.of(new ReportMarkRange(), new PercentageRange(), new TargetAfterBaseline(), new TargetWithinPeriod(),
                new TargetDirection(), new DistrictBelowMinimum(), new MeasurementConflict());
    }
}
