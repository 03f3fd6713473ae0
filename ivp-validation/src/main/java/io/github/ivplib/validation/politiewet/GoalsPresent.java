package io.github.ivplib.validation.politiewet;

import java.util.EnumSet;
import java.util.Set;

import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * {@code politiewet-38b/goals-present}: what art. 38b has the council adopt is goals, so a policy
 * without one does not fulfil it.
 */
final class GoalsPresent implements PolicyRule {

    @Override
    public String id() {
        return "politiewet-38b/goals-present";
    }

    @Override
    public Set<PolicyPart> reads() {
        return EnumSet.of(PolicyPart.GOALS);
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public void check(SafetyPolicy policy, RuleContext context) {
        if (policy.goals().isEmpty()) {
            context.report(Pointer.ROOT.field("goals"), Values.NONE);
        }
    }
}
