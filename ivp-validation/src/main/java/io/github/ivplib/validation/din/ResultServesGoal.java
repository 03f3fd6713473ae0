package io.github.ivplib.validation.din;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.din.Result;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * {@code din/result-serves-goal}: a result (resultaat, baat) is a step towards a goal; a result
 * that serves no goal breaks the chain from goals to efforts that a DIN is meant to show.
 */
final class ResultServesGoal implements PolicyRule {

    @Override
    public String id() {
        return "din/result-serves-goal";
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
            List<Result> results = policy.dinNetworks().get(n).results();
            for (int r = 0; r < results.size(); r++) {
                if (results.get(r).goalIds().isEmpty()) {
                    context.report(Pointer.ROOT.field("dinNetworks").index(n).field("results").index(r),
                            Values.of("resultId", results.get(r).id()));
                }
            }
        }
    }
}
