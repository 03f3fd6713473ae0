package io.github.ivplib.validation.cycle;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.cycle.Milestone;
import io.github.ivplib.model.cycle.MilestoneKind;
import io.github.ivplib.model.cycle.QuarterRange;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * {@code pc-cycle/evaluation-before-successor}: the CCV's chain runs from evaluation through
 * safety analysis to new priorities, so the evaluation of the policy must be ready when the
 * council adopts its successor, not after.
 * <p>
 * Takes the earliest {@link MilestoneKind#ADOPT_SUCCESSOR} milestone (by year and first quarter;
 * of equals, the first in the list) and requires a {@link MilestoneKind#POLICY_EVALUATION}
 * whose year and first quarter are not after the successor's year and last quarter; a milestone
 * without quarters spans its whole year, so an evaluation in the same year as the successor
 * passes when either leaves the quarters open. Reports {@code missing} at the successor when no
 * evaluation is scheduled, {@code late} at the earliest evaluation when all lie later. Without a
 * successor there is nothing to compare with: {@code politiewet-38b/successor-scheduled}
 * reports that.
 */
final class EvaluationBeforeSuccessor implements PolicyRule {

    @Override
    public String id() {
        return "pc-cycle/evaluation-before-successor";
    }

    @Override
    public Set<PolicyPart> reads() {
        return EnumSet.of(PolicyPart.CYCLE);
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public void check(SafetyPolicy policy, RuleContext context) {
        List<Milestone> milestones = policy.milestones();
        int successor = earliest(milestones, MilestoneKind.ADOPT_SUCCESSOR);
        if (successor < 0) {
            return;
        }
        Milestone adoption = milestones.get(successor);
        int evaluation = earliest(milestones, MilestoneKind.POLICY_EVALUATION);
        Pointer milestonesAt = Pointer.ROOT.field("milestones");
        if (evaluation < 0) {
            context.report("missing", milestonesAt.index(successor), Values.of("successorYear", adoption.year()));
        } else if (start(milestones.get(evaluation)) > end(adoption)) {
            context.report("late", milestonesAt.index(evaluation).field("year"),
                    Values.of("evaluationYear", milestones.get(evaluation).year(), "successorYear", adoption.year()));
        }
    }

    /** @return the index of the milestone of a kind that starts first, the first in the list of equals, or -1 */
    private static int earliest(List<Milestone> milestones, MilestoneKind kind) {
        int earliest = -1;
        for (int i = 0; i < milestones.size(); i++) {
            if (milestones.get(i).kind() == kind && (earliest < 0 || start(milestones.get(i)) < start(milestones.get(earliest)))) {
                earliest = i;
            }
        }
        return earliest;
    }

    /** @return the milestone's first quarter as a count of quarters since year 0 */
    private static long start(Milestone milestone) {
        return quarterIndex(milestone, milestone.quarters().map(QuarterRange::first).orElse(QuarterRange.FIRST_QUARTER));
    }

    /** @return the milestone's last quarter as a count of quarters since year 0 */
    private static long end(Milestone milestone) {
        return quarterIndex(milestone, milestone.quarters().map(QuarterRange::last).orElse(QuarterRange.LAST_QUARTER));
    }

    private static long quarterIndex(Milestone milestone, int quarter) {
        return milestone.year().getValue() * 4L + quarter - 1;
    }
}
