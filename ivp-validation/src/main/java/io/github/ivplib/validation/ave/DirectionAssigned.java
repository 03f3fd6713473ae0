package io.github.ivplib.validation.ave;

import java.util.List;

import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.ave.AvePhase;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * {@code ave/direction-assigned}: the point of AVE is that partners agree per phase who holds
 * direction (casusregie, procesregie, operational and administrative responsibility); a phase
 * without any assignment leaves a case in that phase without anyone in charge.
 */
final class DirectionAssigned implements PolicyRule {

    @Override
    public String id() {
        return "ave/direction-assigned";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public void check(SafetyPolicy policy, RuleContext context) {
        if (policy.ave().isEmpty()) {
            return;
        }
        List<AvePhase> phases = policy.ave().get().phases();
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).direction().isEmpty()) {
                context.report(Pointer.ROOT.field("ave").field("phases").index(i).field("direction"),
                        Values.of("phase", phases.get(i).number()));
            }
        }
    }
}
