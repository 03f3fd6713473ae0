package io.github.ivplib.validation.cycle;

import java.time.Year;
import java.util.List;

import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.YearRange;
import io.github.ivplib.model.cycle.Milestone;
import io.github.ivplib.model.cycle.MilestoneKind;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * {@code pc-cycle/milestone-within-period}: the planning and control cycle of a policy schedules
 * what happens during its period; a milestone outside it is usually a year mistyped or a table
 * copied from an earlier plan.
 * <p>
 * The council's adoption of the policy itself ({@link MilestoneKind#ADOPT_POLICY}) may also lie
 * in the year before the period, since a plan is customarily adopted before it starts; the
 * successor's adoption must lie within the period, at the latest in its last year.
 */
final class MilestoneWithinPeriod implements PolicyRule {

    @Override
    public String id() {
        return "pc-cycle/milestone-within-period";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public void check(SafetyPolicy policy, RuleContext context) {
        YearRange period = policy.period();
        List<Milestone> milestones = policy.milestones();
        for (int i = 0; i < milestones.size(); i++) {
            Milestone milestone = milestones.get(i);
            if (!period.contains(milestone.year()) && !isAdoptionJustBefore(milestone, period)) {
                context.report(Pointer.ROOT.field("milestones").index(i).field("year"),
                        Values.of("milestoneId", milestone.id(), "year", milestone.year(),
                                "first", period.first(), "last", period.last()));
            }
        }
    }

    private static boolean isAdoptionJustBefore(Milestone milestone, YearRange period) {
        Year year = milestone.year();
        return milestone.kind() == MilestoneKind.ADOPT_POLICY && year.getValue() == period.first().getValue() - 1L;
    }
}
