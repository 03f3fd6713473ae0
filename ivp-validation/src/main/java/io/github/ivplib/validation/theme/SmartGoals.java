package io.github.ivplib.validation.theme;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.goal.Goal;
import io.github.ivplib.model.goal.Indicator;
import io.github.ivplib.model.goal.ReferencePoint;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * {@code goals/smart}: the CCV advises SMART goals with a reference year; a goal is measurable
 * only when at least one of its indicators has a baseline (nulmeting) with a year and a target
 * (streefwaarde) with a year, so that the council can later see whether it was reached.
 * <p>
 * Indicator ids that do not resolve are ignored here; {@code model/references-resolve} reports
 * them. Where two indicators share an id, the first one counts.
 */
final class SmartGoals implements PolicyRule {

    @Override
    public String id() {
        return "goals/smart";
    }

    @Override
    public Set<PolicyPart> reads() {
        return EnumSet.of(PolicyPart.GOALS);
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public void check(SafetyPolicy policy, RuleContext context) {
        Map<String, Indicator> indicators = new HashMap<>();
        policy.indicators().forEach(indicator -> indicators.putIfAbsent(indicator.id(), indicator));
        List<Goal> goals = policy.goals();
        for (int i = 0; i < goals.size(); i++) {
            Goal goal = goals.get(i);
            boolean measurable = goal.indicatorIds().stream()
                    .map(indicators::get)
                    .anyMatch(indicator -> indicator != null && hasYear(indicator.baseline())
                            && hasYear(indicator.target()));
            if (!measurable) {
                context.report(Pointer.ROOT.field("goals").index(i), Values.of("goalId", goal.id()));
            }
        }
    }

    private static boolean hasYear(Optional<ReferencePoint> point) {
        return point.flatMap(ReferencePoint::year).isPresent();
    }
}
