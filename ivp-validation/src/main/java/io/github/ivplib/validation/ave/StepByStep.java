package io.github.ivplib.validation.ave;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.ave.AveCase;
import io.github.ivplib.model.ave.PhaseTransition;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * {@code ave/step-by-step}: AVE scales a case up or down one phase at a time (opschalen,
 * afschalen), so that each phase's direction holder hands the case over to the next; a recorded
 * history that skips a phase, or does not pick up where it left off, is wrong or incomplete.
 * <p>
 * For each case, in the order of its transitions: reports a transition that does not move
 * exactly one phase (variant {@code jump}), and one that does not start in the phase the
 * previous one ended in (variant {@code gap}). A transition can earn both.
 */
final class StepByStep implements PolicyRule {

    @Override
    public String id() {
        return "ave/step-by-step";
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
        List<AveCase> cases = policy.ave().get().cases();
        for (int c = 0; c < cases.size(); c++) {
            AveCase aveCase = cases.get(c);
            List<PhaseTransition> transitions = aveCase.transitions();
            Pointer transitionsAt = Pointer.ROOT.field("ave").field("cases").index(c).field("transitions");
            for (int t = 0; t < transitions.size(); t++) {
                PhaseTransition transition = transitions.get(t);
                Pointer at = transitionsAt.index(t);
                if (Math.abs((long) transition.toPhase() - transition.fromPhase()) != 1) {
                    context.report("jump", at, Values.of("caseId", aveCase.id(), "from", transition.fromPhase(),
                            "to", transition.toPhase()));
                }
                if (t > 0 && transition.fromPhase() != transitions.get(t - 1).toPhase()) {
                    context.report("gap", at, Values.of("caseId", aveCase.id(), "from", transition.fromPhase(),
                            "previousTo", transitions.get(t - 1).toPhase()));
                }
            }
        }
    }
}
