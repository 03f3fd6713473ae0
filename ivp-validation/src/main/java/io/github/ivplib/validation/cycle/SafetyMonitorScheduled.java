package io.github.ivplib.validation.cycle;

import java.util.EnumSet;
import java.util.Set;

import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.YearRange;
import io.github.ivplib.model.cycle.Milestone;
import io.github.ivplib.model.cycle.MilestoneKind;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * {@code pc-cycle/safety-monitor-scheduled}: the CBS Veiligheidsmonitor (every two years since
 * 2019) gives the report marks most plans steer on; a period without a survey or delivery of its
 * results leaves the goals without a measurement. Informative only: some plans measure otherwise.
 */
final class SafetyMonitorScheduled implements PolicyRule {

    private static final Set<MilestoneKind> MONITOR = EnumSet.of(MilestoneKind.SAFETY_MONITOR_SURVEY,
            MilestoneKind.SAFETY_MONITOR_DELIVERY);

    @Override
    public String id() {
        return "pc-cycle/safety-monitor-scheduled";
    }

    @Override
    public Set<PolicyPart> reads() {
        return EnumSet.of(PolicyPart.IDENTITY, PolicyPart.CYCLE);
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public void check(SafetyPolicy policy, RuleContext context) {
        YearRange period = policy.period();
        for (Milestone milestone : policy.milestones()) {
            if (MONITOR.contains(milestone.kind()) && period.contains(milestone.year())) {
                return;
            }
        }
        context.report(Pointer.ROOT.field("milestones"), Values.of("first", period.first(), "last", period.last()));
    }
}
