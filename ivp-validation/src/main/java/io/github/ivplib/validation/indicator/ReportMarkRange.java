package io.github.ivplib.validation.indicator;

import java.math.BigDecimal;
import java.util.List;

import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.goal.Indicator;
import io.github.ivplib.model.goal.IndicatorUnit;
import io.github.ivplib.model.goal.Measurement;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * {@code indicator/report-mark-range}: a report mark (rapportcijfer), as the CBS
 * Veiligheidsmonitor asks it, is a mark from 1 to 10; a value outside that range is a typing
 * error or a figure in another unit (a percentage, a count) filed under the wrong indicator.
 * <p>
 * Checks every value of an indicator with unit {@link IndicatorUnit#REPORT_MARK}: baseline,
 * target, district minimum and each measurement, both ends inclusive and compared exactly.
 */
final class ReportMarkRange implements PolicyRule {

    static final BigDecimal MIN = new BigDecimal("1.0");
    static final BigDecimal MAX = new BigDecimal("10.0");

    @Override
    public String id() {
        return "indicator/report-mark-range";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public void check(SafetyPolicy policy, RuleContext context) {
        List<Indicator> indicators = policy.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            if (indicator.unit() != IndicatorUnit.REPORT_MARK) {
                continue;
            }
            Pointer at = Pointer.ROOT.field("indicators").index(i);
            indicator.baseline().ifPresent(p -> checkValue(p.value(), at.field("baseline"), context));
            indicator.target().ifPresent(p -> checkValue(p.value(), at.field("target"), context));
            indicator.districtMinimum().ifPresent(p -> checkValue(p.value(), at.field("districtMinimum"), context));
            List<Measurement> measurements = indicator.measurements();
            for (int m = 0; m < measurements.size(); m++) {
                checkValue(measurements.get(m).value(), at.field("measurements").index(m), context);
            }
        }
    }

    private static void checkValue(BigDecimal value, Pointer owner, RuleContext context) {
        if (value.compareTo(MIN) < 0 || value.compareTo(MAX) > 0) {
            context.report(owner.field("value"), Values.of("value", value, "min", MIN, "max", MAX));
        }
    }
}
