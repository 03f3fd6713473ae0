package io.github.ivplib.validation.indicator;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.goal.Indicator;
import io.github.ivplib.model.goal.IndicatorUnit;
import io.github.ivplib.model.goal.Measurement;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * A rule that every value of the indicators in one unit lies in that unit's range: baseline,
 * target, district minimum and each measurement, both ends inclusive and compared exactly.
 * <p>
 * The figure is judged as written, whatever its qualifier: "meer dan 70 %" is a percentage of 70.
 * A finding names the value, {@code min} and {@code max}, at the value. A value outside its
 * unit's range is an error: the document is wrong.
 */
abstract class UnitRange implements PolicyRule {

    private final String id;
    private final IndicatorUnit unit;
    private final BigDecimal min;
    private final BigDecimal max;

    UnitRange(String id, IndicatorUnit unit, BigDecimal min, BigDecimal max) {
        this.id = id;
        this.unit = unit;
        this.min = min;
        this.max = max;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Set<PolicyPart> reads() {
        return EnumSet.of(PolicyPart.GOALS);
    }

    @Override
    public final Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public final void check(SafetyPolicy policy, RuleContext context) {
        List<Indicator> indicators = policy.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            if (indicator.unit() != unit) {
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

    private void checkValue(BigDecimal value, Pointer owner, RuleContext context) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            context.report(owner.field("value"), Values.of("value", value, "min", min, "max", max));
        }
    }
}
