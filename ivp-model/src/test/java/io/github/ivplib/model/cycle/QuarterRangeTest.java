package io.github.ivplib.model.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

import io.github.ivplib.model.InvalidValueException;

class QuarterRangeTest {

    @Test
    void acceptsEveryQuarterOfTheYear() {
        assertThat(QuarterRange.of(1, 4).first()).isEqualTo(1);
        assertThat(QuarterRange.of(1, 4).last()).isEqualTo(4);
    }

    @Test
    void aSingleQuarterHasEqualEnds() {
        assertThat(QuarterRange.of(3)).isEqualTo(QuarterRange.of(3, 3));
    }

    @Test
    void refusesAFifthQuarter() {
        assertThatIllegalArgumentException().isThrownBy(() -> QuarterRange.of(5))
                .withMessageContaining("5");
    }

    @Test
    void refusesARangeThatEndsInAFifthQuarter() {
        assertThatIllegalArgumentException().isThrownBy(() -> QuarterRange.of(2, 5))
                .withMessageContaining("last quarter must be 1 to 4, was 5");
    }

    @Test
    void refusesQuarterZero() {
        assertThatIllegalArgumentException().isThrownBy(() -> QuarterRange.of(0, 2))
                .withMessageContaining("0");
    }

    @Test
    void refusesARangeWhoseFirstQuarterIsAfterItsLast() {
        assertThatIllegalArgumentException().isThrownBy(() -> QuarterRange.of(4, 3))
                .withMessageContaining("4").withMessageContaining("3");
    }

    @Test
    void aFifthQuarterNamesTheCheckAndTheQuarter() {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> QuarterRange.of(5));

        assertThat(e.reason()).isEqualTo(InvalidValueException.Reason.QUARTER_OUT_OF_RANGE);
        assertThat(e.arguments()).containsExactly(entry("quarter", "5"));
    }

    @Test
    void aRangeWhoseFirstQuarterIsAfterItsLastNamesTheCheckAndItsQuarters() {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> QuarterRange.of(4, 3));

        assertThat(e.reason()).isEqualTo(InvalidValueException.Reason.LAST_QUARTER_BEFORE_FIRST);
        assertThat(e.arguments()).containsExactly(entry("first", "4"), entry("last", "3"));
    }
}
