package io.github.ivplib.validation.politiewet;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.governance.Actor;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * {@code politiewet-38b/adopted-by-council}: art. 38b gives the adoption of the safety goals to
 * the council (gemeenteraad); a decision of the college or the mayor does not satisfy it.
 * <p>
 * A record that does not say who adopted is not judged here, and does not pass either:
 * {@code politiewet-38b/adoption-not-judged} reports it.
 */
final class AdoptedByCouncil implements PolicyRule {

    static final Pointer ADOPTED_BY = Pointer.ROOT.field("adoption").field("adoptedBy");

    @Override
    public String id() {
        return "politiewet-38b/adopted-by-council";
    }

    @Override
    public Set<PolicyPart> reads() {
        return EnumSet.of(PolicyPart.ADOPTION);
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public void check(SafetyPolicy policy, RuleContext context) {
        Optional<Actor> adoptedBy = policy.adoption().adoptedBy();
        if (adoptedBy.isPresent() && adoptedBy.get() != Actor.COUNCIL) {
            context.report(ADOPTED_BY, Values.of("adoptedBy", adoptedBy.get()));
        }
    }
}
