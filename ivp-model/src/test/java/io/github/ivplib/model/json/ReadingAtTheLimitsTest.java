package io.github.ivplib.model.json;

import static io.github.ivplib.model.json.ReadFailures.MINIMAL;
import static io.github.ivplib.model.json.ReadFailures.readFailure;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.github.ivplib.model.YearRange;

/** Values exactly at the edge of what the reader accepts or shows are on the side it promises. */
class ReadingAtTheLimitsTest {

    /** How much of a wrong root value a message shows. */
    private static final int SHOWN_LENGTH = 40;

    @Test
    void theFirstAndLastFourDigitYearsAreRead() {
        String json = MINIMAL.replace("\"first\": 2024, \"last\": 2027", "\"first\": 1000, \"last\": 9999");

        assertThat(PolicyJson.read(json).period()).isEqualTo(YearRange.of(1000, 9999));
    }

    @Test
    void aTextAtTheRootJustShortEnoughIsToldWhole() {
        String text = "x".repeat(SHOWN_LENGTH);

        assertThat(readFailure("\"" + text + "\"").detail(Locale.ENGLISH))
                .isEqualTo("expected an object, but found \"" + text + "\"");
    }
}
