package io.github.ivplib.validation.cycle;

import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.YearRange;
import io.github.ivplib.model.cycle.Milestone;
import io.github.ivplib.model.cycle.MilestoneKind;
import io.github.ivplib.model.governance.Actor;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * {@code pc-cycle/implementation-plan-coverage}: the council adopts the goals, the college
 * works them out in implementation plans (uitvoeringsplannen), yearly or two-yearly; a year of
 * the period without one is a year in which the goals are not translated into work.
 * <p>
 * Counts the {@link MilestoneKind#ADOPT_IMPLEMENTATION_PLAN} milestones whose actor is the
 * college or not given (an implementation plan adopted by someone else is
 * {@code pc-cycle/actor-competent}'s finding). Such a milestone covers the years of its
 * {@code covers} range, or, without one, its own year. Reports each maximal run of uncovered
 * years once, at {@code /milestones}; a single uncovered year uses the variant {@code year}.
 * The cost depends on the number of milestones, not on the length of the period.
 */
final class ImplementationPlanCoverage implements PolicyRule {

    @Override
    public String id() {
        return "pc-cycle/implementation-plan-coverage";
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
        long first = policy.period().first().getValue();
        long last = policy.period().last().getValue();
        List<long[]> covered = new ArrayList<>();
        for (Milestone milestone : policy.milestones()) {
            if (isPlanOfTheCollege(milestone)) {
                YearRange years = milestone.covers().orElse(YearRange.of(milestone.year(), milestone.year()));
                long from = Math.max(first, years.first().getValue());
                long to = Math.min(last, years.last().getValue());
                if (from <= to) {
                    covered.add(new long[] {from, to});
                }
            }
        }
        covered.sort(Comparator.comparingLong(range -> range[0]));
        long uncoveredFrom = first;
        for (long[] range : covered) {
            if (range[0] > uncoveredFrom) {
                report(uncoveredFrom, range[0] - 1, context);
            }
            uncoveredFrom = Math.max(uncoveredFrom, range[1] + 1);
        }
        if (uncoveredFrom <= last) {
            report(uncoveredFrom, last, context);
        }
    }

    private static boolean isPlanOfTheCollege(Milestone milestone) {
        Optional<Actor> actor = milestone.actor();
        return milestone.kind() == MilestoneKind.ADOPT_IMPLEMENTATION_PLAN
                && (actor.isEmpty() || actor.get() == Actor.EXECUTIVE_BOARD);
    }

    private static void report(long from, long to, RuleContext context) {
        context.report(from == to ? "year" : "", Pointer.ROOT.field("milestones"),
                Values.of("from", Year.of((int) from), "to", Year.of((int) to)));
    }
}
