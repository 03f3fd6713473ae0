package io.github.ivplib.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.github.ivplib.model.generators.Policies;
import io.github.ivplib.model.generators.Tries;

/** What {@link PolicyJson} promises of every valid policy, checked on generated ones. */
class PolicyJsonPropertiesTest {

    private static final Tries ROUND_TRIP = Tries.of(150, 10_000);
    private static final Tries STABLE_WRITING = Tries.of(75, 5_000);

    @Test
    void readingWhatWasWrittenGivesAnEqualPolicy() {
        ROUND_TRIP.check(Policies.valid(), Policies::json,
                policy -> assertThat(PolicyJson.read(PolicyJson.write(policy))).isEqualTo(policy));
    }

    @Test
    void writingWhatWasReadGivesTheSameText() {
        STABLE_WRITING.check(Policies.valid(), Policies::json, policy -> {
            String once = PolicyJson.write(policy);

            assertThat(PolicyJson.write(PolicyJson.read(once))).isEqualTo(once);
        });
    }
}
