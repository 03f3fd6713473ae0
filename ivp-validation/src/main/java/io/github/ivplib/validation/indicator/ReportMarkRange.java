package io.github.ivplib.validation.indicator;

import java.math.BigDecimal;

import io.github.ivplib.model.goal.IndicatorUnit;

/**
 * {@code indicator/report-mark-range}: a report mark (rapportcijfer), as the CBS
 * Veiligheidsmonitor asks it, is a mark from 1 to 10; a value outside that range is a typing
 * error or a figure in another unit (a percentage, a count) filed under the wrong indicator.
 * <p>
 * Checks every value of an indicator with unit {@link IndicatorUnit#REPORT_MARK}, and of no
 * other: baseline, target, district minimum and each measurement, both ends inclusive and
 * compared exactly, each figure as written whatever its qualifier.
 */
final class ReportMarkRange extends UnitRange {

    static final BigDecimal MIN = new BigDecimal("1.0");
    static final BigDecimal MAX = new BigDecimal("10.0");

    ReportMarkRange() {
        super("indicator/report-mark-range", IndicatorUnit.REPORT_MARK, MIN, MAX);
    }
}
