package io.github.ivplib.validation.din;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.din.Effort;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * {@code din/effort-contributes}: in a well-formed DIN every effort (inspanning) contributes to at
 * least one result; an effort that contributes to nothing spends capacity without a link to the
 * goals the council adopted.
 */
final class EffortContributes implements PolicyRule {

    @Override
    public String id() {
        return "din/effort-contributes";
    }

    @Override
    public Set<PolicyPart> reads() {
        return EnumSet.of(PolicyPart.DIN_NETWORKS);
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public void check(SafetyPolicy policy, RuleContext context) {
        for (int n = 0; n < policy.dinNetworks().size(); n++) {
            List<Effort> efforts = policy.dinNetworks().get(n).efforts();
            for (int e = 0; e < efforts.size(); e++) {
                if (efforts.get(e).resultIds().isEmpty()) {
                    context.report(Pointer.ROOT.field("dinNetworks").index(n).field("efforts").index(e),
                            Values.of("effortId", efforts.get(e).id()));
                }
            }
        }
    }
}
