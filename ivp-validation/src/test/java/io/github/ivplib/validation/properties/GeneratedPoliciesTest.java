package io.github.ivplib.validation.properties;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.github.ivplib.model.generators.Policies;
import io.github.ivplib.model.generators.Tries;
import io.github.ivplib.validation.Validator;

/**
 * The generated policies are valid as the catalogue judges them, so that a finding on a changed
 * one is the change's doing.
 */
class GeneratedPoliciesTest {

    private static final Validator VALIDATOR = Validator.builder().clock(Policies.clock()).build();
    private static final Tries POLICIES = Tries.of(150, 5_000);
    private static final Tries SERIES = Tries.of(75, 3_000);

    @Test
    void aGeneratedPolicyBreaksNoRule() {
        POLICIES.check(Policies.valid(), Policies::json,
                policy -> assertThat(VALIDATOR.validate(policy).findings()).isEmpty());
    }

    @Test
    void aGeneratedSeriesBreaksNoRuleOfOnePolicyOrOfTheSeries() {
        SERIES.check(Policies.validSeries(1, 5), Policies::json, series -> assertThat(VALIDATOR.validateAll(series))
                .allSatisfy(report -> assertThat(report.findings()).isEmpty()));
    }
}
