package io.github.ivplib.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValidPolicyTest {

    @Test
    void theValidPolicyBreaksNoRule() {
        assertThat(Validator.defaults().validate(ValidPolicy.policy()).findings()).isEmpty();
    }

    @Test
    void theValidPolicyBreaksNoSeriesRuleOnItsOwn() {
        assertThat(Validator.builder().clock(java.time.Clock.fixed(
                        java.time.Instant.parse("2025-06-01T00:00:00Z"), java.time.ZoneOffset.UTC)).build()
                .validateAll(java.util.List.of(ValidPolicy.policy())).get(0).findings()).isEmpty();
    }
}
