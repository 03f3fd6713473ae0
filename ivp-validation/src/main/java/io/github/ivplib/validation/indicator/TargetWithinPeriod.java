package io.github.ivplib.validation.indicator;

import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.YearRange;
import io.github.ivplib.model.goal.Indicator;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * {@code indicator/target-within-period}: the council steers on goals for its own policy period;
 * a target year outside it cannot be checked at the evaluation that closes the period, and is
 * often a target copied from an earlier plan.
 * <p>
 * Judges the target and the district minimum wherever they have a year, the period counted
 * inclusively.
 */
final class TargetWithinPeriod implements PolicyRule {

    @Override
    public String id() {
        return "indicator/target-within-period";
    }

    @Override
    public Set<PolicyPart> reads() {
        return EnumSet.of(PolicyPart.IDENTITY, PolicyPart.GOALS);
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public void check(SafetyPolicy policy, RuleContext context) {
        YearRange period = policy.period();
        List<Indicator> indicators = policy.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            for (Targets.Located target : Targets.of(indicators.get(i), Pointer.ROOT.field("indicators").index(i))) {
                Optional<Year> year = target.point.year();
                if (year.isPresent() && !period.contains(year.get())) {
                    context.report(target.at.field("year"),
                            Values.of("targetYear", year.get(), "first", period.first(), "last", period.last()));
                }
            }
        }
    }
}
