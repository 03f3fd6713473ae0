package io.github.ivplib.validation.indicator;

import java.math.BigDecimal;

import io.github.ivplib.model.goal.IndicatorUnit;

/**
 * {@code indicator/percentage-range}: a percentage indicator gives a share, such as the
 * residents who feel unsafe in their own neighbourhood, and a share lies from 0 to 100 %; a value
 * outside that range is a typing error or a figure in another unit (a count, a change in
 * percent) filed under the wrong indicator. A rule beyond the domain's catalogue, because plans
 * steer on shares as well as on report marks.
 * <p>
 * Checks every value of an indicator with unit {@link IndicatorUnit#PERCENTAGE}: baseline,
 * target, district minimum and each measurement, both ends inclusive and compared exactly, each
 * figure as written whatever its qualifier ("meer dan 70 %" is judged as 70).
 */
final class PercentageRange extends UnitRange {

    static final BigDecimal MIN = BigDecimal.ZERO;
    static final BigDecimal MAX = new BigDecimal("100");

    PercentageRange() {
        super("indicator/percentage-range", IndicatorUnit.PERCENTAGE, MIN, MAX);
    }
}
