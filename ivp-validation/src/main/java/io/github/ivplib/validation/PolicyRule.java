package io.github.ivplib.validation;

import java.util.EnumSet;
import java.util.Set;

import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.SafetyPolicy;

/**
 * A rule that checks one policy.
 * <p>
 * Implementations must be immutable and thread-safe.
 */
public interface PolicyRule extends Rule {

    /**
     * Returns the parts of a policy the rule reads. It is not run on a record that says it does
     * not carry one of them ({@link SafetyPolicy#notRecorded()}), since it would judge as absent
     * what the record only leaves out. By default a rule reads every part, so that a rule that
     * does not say runs only on complete records.
     *
     * @return the parts, not null, may be empty for a rule that judges whatever the record holds
     */
    default Set<PolicyPart> reads() {
        return EnumSet.allOf(PolicyPart.class);
    }

    /**
     * Checks a policy and reports what it finds to the context. Must visit each part of the
     * policy a bounded number of times, so that validation stays linear in its size.
     *
     * @param policy the policy, not null
     * @param context where to report findings, and the settings, not null
     */
    void check(SafetyPolicy policy, RuleContext context);
}
