package io.github.ivplib.validation;

import java.util.List;
import java.util.stream.Collectors;

import io.github.ivplib.model.SafetyPolicy;

/**
 * Runs the default validator and keeps the findings of one rule, for rule tests.
 */
public final class RuleTesting {

    private RuleTesting() {
    }

    /**
     * Validates a policy with the defaults and returns the findings of one rule.
     *
     * @param ruleId the rule, not null
     * @param policy the policy, not null
     * @return the rule's findings in report order, not null
     */
    public static List<Finding> findings(String ruleId, SafetyPolicy policy) {
        return findings(ruleId, Validator.defaults().validate(policy));
    }

    /**
     * Returns the findings of one rule in a report.
     *
     * @param ruleId the rule, not null
     * @param report the report, not null
     * @return the rule's findings in report order, not null
     */
    public static List<Finding> findings(String ruleId, ValidationReport report) {
        return report.findings().stream().filter(f -> f.ruleId().equals(ruleId)).collect(Collectors.toList());
    }
}
