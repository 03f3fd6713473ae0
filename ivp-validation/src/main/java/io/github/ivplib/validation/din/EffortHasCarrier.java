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
 * {@code din/effort-has-carrier}: an effort nobody carries (no partner or municipal unit as
 * trekker or uitvoerder) is unlikely to happen, and nobody can be held to account for it.
 */
final class EffortHasCarrier implements PolicyRule {

    @Override
    public String id() {
        return "din/effort-has-carrier";
    }

    @Override
    public Set<PolicyPart> reads() {
        return EnumSet.of(PolicyPart.DIN_NETWORKS);
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public void check(SafetyPolicy policy, RuleContext context) {
        for (int n = 0; n < policy.dinNetworks().size(); n++) {
            List<Effort> efforts = policy.dinNetworks().get(n).efforts();
            for (int e = 0; e < efforts.size(); e++) {
                if (efforts.get(e).carrierIds().isEmpty()) {
                    context.report(Pointer.ROOT.field("dinNetworks").index(n).field("efforts").index(e),
                            Values.of("effortId", efforts.get(e).id()));
                }
            }
        }
    }
}
