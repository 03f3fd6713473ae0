package io.github.ivplib.model.json;

import static io.github.ivplib.model.json.ReadFailures.readFailure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a refusal tells a program besides its message. */
class PolicyReadExceptionTest {

    @Test
    void theDetailIsEnglishWithoutTheLocation() {
        assertThat(readFailure("42").detail()).isEqualTo("expected an object, but found 42");
    }

    @Test
    void theMessageIsTheDetailWithItsLocation() {
        assertThat(readFailure("42").getMessage())
                .isEqualTo("expected an object, but found 42 at the document root (line 1, column 1)");
    }
}
