package io.github.ivplib.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.Year;

import org.junit.jupiter.api.Test;

/** What a date known as a day, a year or bounds tells the rules that reason with it. */
class BoundedDateTest {

    private static final LocalDate MARCH_12_2019 = LocalDate.of(2019, 3, 12);
    private static final LocalDate DEC_31_2019 = LocalDate.of(2019, 12, 31);
    private static final BoundedDate DAY = BoundedDate.on(MARCH_12_2019);
    private static final BoundedDate YEAR = BoundedDate.in(Year.of(2019));
    private static final BoundedDate BOUNDS = BoundedDate.between(MARCH_12_2019, DEC_31_2019);
    private static final BoundedDate NOT_BEFORE = BoundedDate.between(MARCH_12_2019, null);
    private static final BoundedDate NOT_AFTER = BoundedDate.between(null, DEC_31_2019);

    @Test
    void onlyADayIsExact() {
        assertThat(DAY.isExact()).isTrue();
        assertThat(YEAR.isExact()).isFalse();
        assertThat(BOUNDS.isExact()).isFalse();
    }

    @Test
    void aDayKnowsItsDayAndNoYearOfItsOwn() {
        assertThat(DAY.day()).contains(MARCH_12_2019);
        assertThat(DAY.year()).isEmpty();
    }

    @Test
    void aYearKnowsItsYearAndNoDay() {
        assertThat(YEAR.year()).contains(Year.of(2019));
        assertThat(YEAR.day()).isEmpty();
    }

    @Test
    void boundsKnowNeitherDayNorYear() {
        assertThat(BOUNDS.day()).isEmpty();
        assertThat(BOUNDS.year()).isEmpty();
    }

    @Test
    void aDateIsCertainlyBeforeADayOnlyWhenItsLatestDayIs() {
        assertThat(BOUNDS.isCertainlyBefore(DEC_31_2019.plusDays(1))).isTrue();
        assertThat(BOUNDS.isCertainlyBefore(DEC_31_2019)).isFalse();
    }

    @Test
    void aDateWithoutAnUpperBoundIsNeverCertainlyBefore() {
        assertThat(NOT_BEFORE.isCertainlyBefore(LocalDate.of(9999, 12, 31))).isFalse();
    }

    @Test
    void aDateIsCertainlyAfterADayOnlyWhenItsEarliestDayIs() {
        assertThat(BOUNDS.isCertainlyAfter(MARCH_12_2019.minusDays(1))).isTrue();
        assertThat(BOUNDS.isCertainlyAfter(MARCH_12_2019)).isFalse();
    }

    @Test
    void aDateWithoutALowerBoundIsNeverCertainlyAfter() {
        assertThat(NOT_AFTER.isCertainlyAfter(LocalDate.of(1000, 1, 1))).isFalse();
    }

    @Test
    void datesOfEqualPrecisionAndBoundsAreEqual() {
        assertThat(BoundedDate.between(MARCH_12_2019, DEC_31_2019)).isEqualTo(BOUNDS).hasSameHashCodeAs(BOUNDS);
    }

    @Test
    void aDayIsNotTheSameDateAsBoundsOfThatOneDay() {
        assertThat(DAY).isNotEqualTo(BoundedDate.between(MARCH_12_2019, MARCH_12_2019));
    }

    @Test
    void aYearIsNotTheSameDateAsBoundsOfThatYear() {
        assertThat(YEAR).isNotEqualTo(BoundedDate.between(LocalDate.of(2019, 1, 1), DEC_31_2019));
    }

    @Test
    void boundsWithAnotherUpperBoundAreAnotherDate() {
        assertThat(BOUNDS).isNotEqualTo(BoundedDate.between(MARCH_12_2019, DEC_31_2019.minusDays(1)));
    }

    @Test
    void aDateIsNotItsText() {
        assertThat(DAY).isNotEqualTo("2019-03-12");
    }

    @Test
    void isWrittenAsAPersonReadsIt() {
        assertThat(DAY).hasToString("2019-03-12");
        assertThat(YEAR).hasToString("2019");
        assertThat(BOUNDS).hasToString("2019-03-12..2019-12-31");
        assertThat(NOT_BEFORE).hasToString("2019-03-12..");
        assertThat(NOT_AFTER).hasToString("..2019-12-31");
    }

    @Test
    void acceptsTheFirstAndLastFourDigitYears() {
        assertThat(BoundedDate.between(LocalDate.of(YearRange.MIN_YEAR, 1, 1), LocalDate.of(YearRange.MAX_YEAR, 12, 31))
                .earliest()).contains(LocalDate.of(1000, 1, 1));
    }

    @Test
    void refusesADayOfAFiveDigitYear() {
        assertThat(yearRefused(() -> BoundedDate.on(LocalDate.of(10_000, 1, 1)))).isEqualTo("10000");
    }

    @Test
    void refusesAThreeDigitYear() {
        assertThat(yearRefused(() -> BoundedDate.in(Year.of(999)))).isEqualTo("999");
    }

    @Test
    void refusesALowerBoundOfAThreeDigitYear() {
        assertThat(yearRefused(() -> BoundedDate.between(LocalDate.of(999, 12, 31), DEC_31_2019))).isEqualTo("999");
    }

    @Test
    void refusesAnUpperBoundOfAFiveDigitYear() {
        assertThat(yearRefused(() -> BoundedDate.between(null, LocalDate.of(10_000, 1, 1)))).isEqualTo("10000");
    }

    /** @return the year a refusal names, after checking that it refuses the year's digits */
    private static String yearRefused(Runnable creation) {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, creation::run);

        assertThat(e.reason()).isEqualTo(InvalidValueException.Reason.YEAR_NOT_FOUR_DIGITS);
        return e.arguments().get("year");
    }
}
