package io.github.ivplib.validation.ave;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.ave.AvePhase;
import io.github.ivplib.model.ave.SelfDirection;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * {@code ave/self-direction-decreases}: AVE escalates because the citizen's own direction
 * (regievermogen) decreases, from full self-direction in phase 1 to a takeover in phases 3 and
 * 4; a higher phase in which the citizen has more direction than in the one before contradicts
 * the model.
 * <p>
 * Takes the phases in order of their number (phases with equal numbers in list order) and
 * compares each with the one before it, by {@link SelfDirection}'s order from most to least.
 * Equal self-direction in successive phases is allowed (phases 3 and 4 both take over).
 */
final class SelfDirectionDecreases implements PolicyRule {

    @Override
    public String id() {
        return "ave/self-direction-decreases";
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
        List<Integer> byNumber = IntStream.range(0, phases.size()).boxed()
                .sorted(Comparator.comparingInt(i -> phases.get(i).number()))
                .collect(Collectors.toList());
        for (int k = 1; k < byNumber.size(); k++) {
            AvePhase previous = phases.get(byNumber.get(k - 1));
            AvePhase phase = phases.get(byNumber.get(k));
            if (phase.selfDirection().compareTo(previous.selfDirection()) < 0) {
                context.report(Pointer.ROOT.field("ave").field("phases").index(byNumber.get(k)).field("selfDirection"),
                        Values.of("phase", phase.number(), "selfDirection", phase.selfDirection(),
                                "previousPhase", previous.number(), "previousSelfDirection", previous.selfDirection()));
            }
        }
    }
}
