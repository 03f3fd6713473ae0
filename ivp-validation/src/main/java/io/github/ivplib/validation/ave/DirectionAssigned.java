package io.github.ivplib.validation.ave;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.ave.AvePhase;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * {@code ave/direction-assigned}: the point of AVE is that partners agree per phase who holds
 * direction (casusregie, procesregie, operational and administrative responsibility); a phase
 * without any assignment leaves a case in that phase without anyone in charge.
 * <p>
 * A phase answers the question by naming a holder, or by saying that direction is agreed per
 * case ({@link io.github.ivplib.model.ave.AvePhase#directionAgreedPerCase()}): "per fase wordt
 * afgesproken wie de regie voert" is how AVE is meant to work, and a lawful, complete answer.
 * The rule reports a phase that says neither, at its {@code direction}.
 */
final class DirectionAssigned implements PolicyRule {

    @Override
    public String id() {
        return "ave/direction-assigned";
    }

    @Override
    public Set<PolicyPart> reads() {
        return EnumSet.of(PolicyPart.AVE);
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
            if (!saysWhoHoldsDirection(phases.get(i))) {
                context.report(Pointer.ROOT.field("ave").field("phases").index(i).field("direction"),
                        Values.of("phase", phases.get(i).number()));
            }
        }
    }

    private static boolean saysWhoHoldsDirection(AvePhase phase) {
        return !phase.direction().isEmpty() || phase.directionAgreedPerCase().isPresent();
    }
}
