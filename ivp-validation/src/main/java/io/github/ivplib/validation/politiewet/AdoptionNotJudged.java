package io.github.ivplib.validation.politiewet;

import java.util.EnumSet;
import java.util.Set;

import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * {@code politiewet-38b/adoption-not-judged}: a record that does not say who adopted the policy
 * cannot show that the council did, as art. 38b asks; a person should complete it, and
 * {@code politiewet-38b/adopted-by-council}'s silence must not read as a pass.
 */
final class AdoptionNotJudged implements PolicyRule {

    @Override
    public String id() {
        return "politiewet-38b/adoption-not-judged";
    }

    @Override
    public Set<PolicyPart> reads() {
        return EnumSet.of(PolicyPart.ADOPTION);
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public void check(SafetyPolicy policy, RuleContext context) {
        if (policy.adoption().adoptedBy().isEmpty()) {
            context.report(AdoptedByCouncil.ADOPTED_BY, Values.NONE);
        }
    }
}
