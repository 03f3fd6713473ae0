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
 * {@code ave/four-phases}: AVE is a model of four successive phases (AVE 1 green to AVE 4 dark
 * red); partners who scale a case up or down must find each phase exactly once, or they cannot
 * tell who holds direction.
 * <p>
 * Reports a phase number outside 1..4, and each repetition of a number after its first
 * occurrence, at that phase's number (variant {@code unexpected}); and each of 1..4 that no
 * phase has, once, at {@code /ave/phases} (variant {@code missing}).
 */
final class FourPhases implements PolicyRule {

    static final int FIRST_PHASE = 1;
    static final int LAST_PHASE = 4;

    @Override
    public String id() {
        return "ave/four-phases";
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
        Pointer phasesAt = Pointer.ROOT.field("ave").field("phases");
        List<AvePhase> phases = policy.ave().get().phases();
        boolean[] present = new boolean[LAST_PHASE + 1];
        for (int i = 0; i < phases.size(); i++) {
            int number = phases.get(i).number();
            if (number < FIRST_PHASE || number > LAST_PHASE || present[number]) {
                context.report("unexpected", phasesAt.index(i).field("number"), Values.of("number", number));
            } else {
                present[number] = true;
            }
        }
        for (int number = FIRST_PHASE; number <= LAST_PHASE; number++) {
            if (!present[number]) {
                context.report("missing", phasesAt, Values.of("number", number));
            }
        }
    }
}
