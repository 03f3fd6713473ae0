package io.github.ivplib.validation.indicator;

import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.goal.Indicator;
import io.github.ivplib.model.goal.ReferencePoint;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * {@code indicator/target-after-baseline}: a target (streefwaarde) says where the municipality
 * wants to be after the baseline (nulmeting) it starts from, so its year lies after the
 * baseline's; a target in or before the baseline year measures nothing the policy does.
 * <p>
 * Judges the target and the district minimum (a target for every district) wherever both it
 * and the baseline have a year.
 */
final class TargetAfterBaseline implements PolicyRule {

    @Override
    public String id() {
        return "indicator/target-after-baseline";
    }

    @Override
    public Set<PolicyPart> reads() {
        return EnumSet.of(PolicyPart.GOALS);
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
            Optional<Year> baselineYear = indicator.baseline().flatMap(ReferencePoint::year);
            if (baselineYear.isEmpty()) {
                continue;
            }
            for (Targets.Located target : Targets.of(indicator, Pointer.ROOT.field("indicators").index(i))) {
                Optional<Year> targetYear = target.point.year();
                if (targetYear.isPresent() && !targetYear.get().isAfter(baselineYear.get())) {
                    context.report(target.at.field("year"),
                            Values.of("baselineYear", baselineYear.get(), "targetYear", targetYear.get()));
                }
            }
        }
    }
}
