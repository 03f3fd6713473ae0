package io.github.ivplib.model;

import java.time.Year;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A run of calendar years, both ends inclusive (looptijd): "2016-2020" is five years.
 * <p>
 * Used for a policy's period and for the year columns of a budget table.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableYearRange.class)
@JsonDeserialize(as = ImmutableYearRange.class)
@JsonClassDescription("A run of calendar years, both ends inclusive (looptijd): \"2016-2020\" is five years.")
public abstract class YearRange {

    /** The earliest year a policy document can speak of: years are written with four digits. */
    public static final int MIN_YEAR = 1000;
    /** The latest year a policy document can speak of. */
    public static final int MAX_YEAR = 9999;

    // Only the generated implementation extends it.
    YearRange() {
    }

    /** @return the first year, inclusive, not null */
    @JsonPropertyDescription("The first year, inclusive.")
    public abstract Year first();

    /** @return the last year, inclusive, not before {@link #first()}, not null */
    @JsonPropertyDescription("The last year, inclusive, not before the first.")
    public abstract Year last();

    /**
     * Creates a range of years.
     *
     * @param first the first year, inclusive, not null
     * @param last the last year, inclusive, not before {@code first}, not null
     * @return the range, not null
     * @throws InvalidValueException if {@code last} is before {@code first}
     */
    public static YearRange of(Year first, Year last) {
        return ImmutableYearRange.builder().first(first).last(last).build();
    }

    /**
     * Creates a range of years from year numbers.
     *
     * @param first the first year, inclusive
     * @param last the last year, inclusive, not before {@code first}
     * @return the range, not null
     * @throws InvalidValueException if {@code last} is before {@code first}
     */
    public static YearRange of(int first, int last) {
        return of(Year.of(first), Year.of(last));
    }

    /**
     * Returns how many calendar years the range holds, counting both ends.
     *
     * @return the number of years, at least one
     */
    public int lengthInYears() {
        return last().getValue() - first().getValue() + 1;
    }

    /**
     * Tells whether a year lies within the range, both ends included.
     *
     * @param year the year to test, not null
     * @return true if {@code first <= year <= last}
     */
    public boolean contains(Year year) {
        return !year.isBefore(first()) && !year.isAfter(last());
    }

    /**
     * Refuses a range that ends before it starts, which describes no years at all, and years
     * that are not four-digit calendar years, which no policy speaks of (and which would let one
     * document make every rule that walks the years walk millions of them).
     */
    @Value.Check
    void check() {
        requireFourDigits("first", first());
        requireFourDigits("last", last());
        if (last().isBefore(first())) {
            throw new InvalidValueException("last year " + last() + " is before first year " + first(),
                    InvalidValueException.Reason.LAST_YEAR_BEFORE_FIRST, "first", first(), "last", last());
        }
    }

    private static void requireFourDigits(String which, Year year) {
        if (year.getValue() < MIN_YEAR || year.getValue() > MAX_YEAR) {
            throw new InvalidValueException(which + " year must have four digits, was " + year,
                    InvalidValueException.Reason.YEAR_NOT_FOUR_DIGITS, "year", year);
        }
    }
}
