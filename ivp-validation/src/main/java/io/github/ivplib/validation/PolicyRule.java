package io.github.ivplib.validation;

import io.github.ivplib.model.SafetyPolicy;

/**
 * A rule that checks one policy.
 * <p>
 * Implementations must be immutable and thread-safe.
 */
public interface PolicyRule extends Rule {

    /**
     * Checks a policy and reports what it finds to the context. Must visit each part of the
     * policy a bounded number of times, so that validation stays linear in its size.
     *
     * @param policy the policy, not null
     * @param context where to report findings, and the settings, not null
     */
    void check(SafetyPolicy policy, RuleContext context);
}
