package io.github.ivplib.validation.politiewet;

import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.cycle.Milestone;
import io.github.ivplib.model.cycle.MilestoneKind;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * {@code politiewet-38b/successor-scheduled}: for the goals to be renewed in time, the cycle
 * schedules the council's adoption of the successor no later than the period's last year.
 * <p>
 * Reports a policy that schedules no successor at {@code /milestones} (variant {@code missing}),
 * and one whose every successor milestone lies too late at the earliest of them ({@code late}).
 */
final class SuccessorScheduled implements PolicyRule {

    @Override
    public String id() {
        return "politiewet-38b/successor-scheduled";
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
        Year lastYear = policy.period().last();
        List<Milestone> milestones = policy.milestones();
        int earliest = -1;
        for (int i = 0; i < milestones.size(); i++) {
            Milestone milestone = milestones.get(i);
            if (milestone.kind() == MilestoneKind.ADOPT_SUCCESSOR) {
                if (!milestone.year().isAfter(lastYear)) {
                    return;
                }
                if (earliest < 0 || milestone.year().isBefore(milestones.get(earliest).year())) {
                    earliest = i;
                }
            }
        }
        if (earliest < 0) {
            context.report("missing", Pointer.ROOT.field("milestones"), Values.of("lastYear", lastYear));
        } else {
            context.report("late", Pointer.ROOT.field("milestones").index(earliest).field("year"),
                    Values.of("year", milestones.get(earliest).year(), "lastYear", lastYear));
        }
    }
}
