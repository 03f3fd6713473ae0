package io.github.ivplib.model;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class InvalidValueExceptionTest {

    @Test
    void namesAndValuesComeInPairs() {
        assertThatIllegalArgumentException().isThrownBy(() -> new InvalidValueException("no range",
                InvalidValueException.Reason.LAST_YEAR_BEFORE_FIRST, "first")).withMessageContaining("pairs");
    }
}
