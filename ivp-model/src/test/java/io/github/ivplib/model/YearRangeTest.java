package io.github.ivplib.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import java.time.Year;

import org.junit.jupiter.api.Test;

class YearRangeTest {

    private static final YearRange SIXTEEN_TO_TWENTY = YearRange.of(2016, 2020);
    private static final YearRange ONE_YEAR = YearRange.of(2024, 2024);

    @Test
    void countsBothEndYears() {
        assertThat(SIXTEEN_TO_TWENTY.lengthInYears()).isEqualTo(5);
        assertThat(ONE_YEAR.lengthInYears()).isEqualTo(1);
    }

    @Test
    void containsBothEndYearsAndNothingOutside() {
        assertThat(SIXTEEN_TO_TWENTY.contains(Year.of(2016))).isTrue();
        assertThat(SIXTEEN_TO_TWENTY.contains(Year.of(2020))).isTrue();
        assertThat(SIXTEEN_TO_TWENTY.contains(Year.of(2015))).isFalse();
        assertThat(SIXTEEN_TO_TWENTY.contains(Year.of(2021))).isFalse();
    }

    @Test
    void refusesARangeThatEndsBeforeItStarts() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> YearRange.of(2027, 2024))
                .withMessageContaining("2024").withMessageContaining("2027");
    }

    @Test
    void acceptsTheFirstAndLastFourDigitYears() {
        assertThat(YearRange.of(YearRange.MIN_YEAR, YearRange.MAX_YEAR).lengthInYears()).isEqualTo(9000);
    }

    @Test
    void refusesAYearOfFiveDigits() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> YearRange.of(2024, 20240))
                .withMessageContaining("20240");
    }

    @Test
    void refusesAYearOfThreeDigits() {
        assertThatIllegalArgumentException().isThrownBy(() -> YearRange.of(999, 2024)).withMessageContaining("999");
    }

    @Test
    void aRangeThatEndsBeforeItStartsNamesTheCheckAndItsYears() {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> YearRange.of(2027, 2024));

        assertThat(e.reason()).isEqualTo(InvalidValueException.Reason.LAST_YEAR_BEFORE_FIRST);
        assertThat(e.arguments()).containsExactly(entry("first", "2027"), entry("last", "2024"));
    }

    @Test
    void aYearOfThreeDigitsNamesTheCheckAndTheYear() {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> YearRange.of(999, 2024));

        assertThat(e.reason()).isEqualTo(InvalidValueException.Reason.YEAR_NOT_FOUR_DIGITS);
        assertThat(e.arguments()).containsExactly(entry("year", "999"));
    }
}
