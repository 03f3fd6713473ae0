package io.github.ivplib.validation.politiewet;

import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.governance.Actor;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * {@code politiewet-38b/adopted-by-council}: art. 38b gives the adoption of the safety goals to
 * the council (gemeenteraad); a decision of the college or the mayor does not satisfy it.
 */
final class AdoptedByCouncil implements PolicyRule {

    @Override
    public String id() {
        return "politiewet-38b/adopted-by-council";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public void check(SafetyPolicy policy, RuleContext context) {
        Actor adoptedBy = policy.adoption().adoptedBy();
        if (adoptedBy != Actor.COUNCIL) {
            context.report(Pointer.ROOT.field("adoption").field("adoptedBy"), Values.of("adoptedBy", adoptedBy));
        }
    }
}
