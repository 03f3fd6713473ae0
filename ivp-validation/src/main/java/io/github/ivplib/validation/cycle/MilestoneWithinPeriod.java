package io.github.ivplib.validation.cycle;

import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.YearRange;
import io.github.ivplib.model.cycle.Milestone;
import io.github.ivplib.model.cycle.MilestoneKind;
import io.github.ivplib.model.cycle.QuarterRange;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * {@code pc-cycle/milestone-within-period}: the planning and control cycle of a policy schedules
 * what happens during its period; a milestone outside it is usually a year mistyped or a table
 * copied from an earlier plan.
 * <p>
 * Two milestones may lie just before the period, since what they adopt is customarily adopted
 * before it starts:
 * <ul>
 * <li>the council's adoption of the policy itself ({@link MilestoneKind#ADOPT_POLICY}), anywhere
 * in the year before the period;</li>
 * <li>the college's adoption of an implementation plan (uitvoeringsplan,
 * {@link MilestoneKind#ADOPT_IMPLEMENTATION_PLAN}) in the last quarter of the year before the
 * period: its quarters are the fourth quarter only. One that gives no quarters is still warned
 * about: its year alone does not show that it falls in that quarter rather than nine months
 * ahead, which is what a year mistyped or copied from an earlier plan looks like, and the
 * quarter is a field the policy can fill in to settle it. A range that starts earlier ("3e /
 * 4e kwartaal") is not in the last quarter either.</li>
 * </ul>
 * The successor's adoption must lie within the period, at the latest in its last year.
 */
final class MilestoneWithinPeriod implements PolicyRule {

    @Override
    public String id() {
        return "pc-cycle/milestone-within-period";
    }

    @Override
    public Set<PolicyPart> reads() {
        return EnumSet.of(PolicyPart.IDENTITY, PolicyPart.CYCLE);
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
            if (!period.contains(milestone.year()) && !isAdoptionJustBefore(milestone, period)
                    && !isImplementationPlanInTheQuarterBefore(milestone, period)) {
                context.report(Pointer.ROOT.field("milestones").index(i).field("year"),
                        Values.of("milestoneId", milestone.id(), "year", milestone.year(),
                                "first", period.first(), "last", period.last()));
            }
        }
    }

    private static boolean isAdoptionJustBefore(Milestone milestone, YearRange period) {
        return milestone.kind() == MilestoneKind.ADOPT_POLICY && isYearBefore(milestone.year(), period);
    }

    private static boolean isImplementationPlanInTheQuarterBefore(Milestone milestone, YearRange period) {
        return milestone.kind() == MilestoneKind.ADOPT_IMPLEMENTATION_PLAN && isYearBefore(milestone.year(), period)
                && milestone.quarters().filter(quarters -> quarters.first() == QuarterRange.LAST_QUARTER).isPresent();
    }

    private static boolean isYearBefore(Year year, YearRange period) {
        return year.getValue() == period.first().getValue() - 1L;
    }
}
