package io.github.ivplib.model;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A date as precisely as a source knows it (datum, zo nauwkeurig als bekend): a day, only a
 * year, or bounds ("op of na 12 maart 2019", "uiterlijk 1 januari 2020").
 * <p>
 * Real records of policies are partial: a register knows that a plan was adopted in 2015, or
 * that it was adopted after the college's proposal of 3 March and before its entry into force.
 * This type keeps what is known without guessing a day, so that rules can reason with the
 * {@link #earliest()} and {@link #latest()} day it can be and say "cannot be judged" where the
 * bounds do not decide. In JSON a day is written {@code "2024-02-22"}, a year {@code "2015"},
 * bounds {@code {"notBefore": "2019-03-12", "notAfter": "2019-12-31"}} (either may be left out).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class BoundedDate {

    /** How precisely the date is known. */
    public enum Precision {
        /** The day is known. */
        DAY,
        /** Only the calendar year is known. */
        YEAR,
        /** Only bounds are known: not before one day, not after another, or one of the two. */
        BOUNDS
    }

    private final Precision precision;
    private final @Nullable LocalDate earliest;
    private final @Nullable LocalDate latest;

    private BoundedDate(Precision precision, LocalDate earliest, LocalDate latest) {
        this.precision = precision;
        this.earliest = earliest;
        this.latest = latest;
    }

    /**
     * Creates a date whose day is known.
     *
     * @param day the day, not null
     * @return the date, not null
     * @throws InvalidValueException if the year of the day does not have four digits
     */
    public static BoundedDate on(LocalDate day) {
        requireFourDigits(Objects.requireNonNull(day, "day").getYear());
        return new BoundedDate(Precision.DAY, day, day);
    }

    /**
     * Creates a date of which only the year is known.
     *
     * @param year the year, not null
     * @return the date, not null
     * @throws InvalidValueException if the year does not have four digits
     */
    public static BoundedDate in(Year year) {
        requireFourDigits(Objects.requireNonNull(year, "year").getValue());
        return new BoundedDate(Precision.YEAR, year.atDay(1), year.atMonth(12).atEndOfMonth());
    }

    /**
     * Creates a date known only by bounds.
     *
     * @param notBefore the earliest day it can be, may be null for no lower bound
     * @param notAfter the latest day it can be, may be null for no upper bound
     * @return the date, not null
     * @throws InvalidValueException if both bounds are null, if {@code notAfter} is before
     *         {@code notBefore}, or if a bound's year does not have four digits
     */
    public static BoundedDate between(@Nullable LocalDate notBefore, @Nullable LocalDate notAfter) {
        if (notBefore == null && notAfter == null) {
            throw new InvalidValueException("a bounded date needs notBefore, notAfter or both",
                    InvalidValueException.Reason.BOUNDS_MISSING);
        }
        if (notBefore != null) {
            requireFourDigits(notBefore.getYear());
        }
        if (notAfter != null) {
            requireFourDigits(notAfter.getYear());
        }
        if (notBefore != null && notAfter != null && notAfter.isBefore(notBefore)) {
            throw new InvalidValueException("notAfter " + notAfter + " is before notBefore " + notBefore,
                    InvalidValueException.Reason.BOUNDS_REVERSED, "notBefore", notBefore, "notAfter", notAfter);
        }
        return new BoundedDate(Precision.BOUNDS, notBefore, notAfter);
    }

    /** @return how precisely the date is known, not null */
    public Precision precision() {
        return precision;
    }

    /** @return the day, if it is known, may be empty */
    public Optional<LocalDate> day() {
        return precision == Precision.DAY ? Optional.of(earliest) : Optional.empty();
    }

    /** @return the year, if only the year is known, may be empty */
    public Optional<Year> year() {
        return precision == Precision.YEAR ? Optional.of(Year.of(earliest.getYear())) : Optional.empty();
    }

    /** @return the earliest day the date can be (the day itself, 1 January of the year, or the lower bound), may be empty if there is no lower bound */
    public Optional<LocalDate> earliest() {
        return Optional.ofNullable(earliest);
    }

    /** @return the latest day the date can be (the day itself, 31 December of the year, or the upper bound), may be empty if there is no upper bound */
    public Optional<LocalDate> latest() {
        return Optional.ofNullable(latest);
    }

    /** @return true if the day is known */
    public boolean isExact() {
        return precision == Precision.DAY;
    }

    /**
     * Tells whether this date is certainly before another day.
     *
     * @param day the day, not null
     * @return true if even the latest day this date can be lies before {@code day}
     */
    public boolean isCertainlyBefore(LocalDate day) {
        return latest != null && latest.isBefore(day);
    }

    /**
     * Tells whether this date is certainly after another day.
     *
     * @param day the day, not null
     * @return true if even the earliest day this date can be lies after {@code day}
     */
    public boolean isCertainlyAfter(LocalDate day) {
        return earliest != null && earliest.isAfter(day);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof BoundedDate)) {
            return false;
        }
        BoundedDate that = (BoundedDate) other;
        return precision == that.precision && Objects.equals(earliest, that.earliest) && Objects.equals(latest, that.latest);
    }

    @Override
    public int hashCode() {
        return Objects.hash(precision, earliest, latest);
    }

    /**
     * Returns the date as a person reads it: {@code 2024-02-22}, {@code 2015},
     * {@code 2019-03-12..2019-12-31}, {@code 2019-03-12..} or {@code ..2019-12-31}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        switch (precision) {
            case DAY:
                return earliest.toString();
            case YEAR:
                return String.valueOf(earliest.getYear());
            default:
                return (earliest == null ? "" : earliest.toString()) + ".." + (latest == null ? "" : latest.toString());
        }
    }

    private static void requireFourDigits(int year) {
        if (year < YearRange.MIN_YEAR || year > YearRange.MAX_YEAR) {
            throw new InvalidValueException("a year must have four digits, was " + year,
                    InvalidValueException.Reason.YEAR_NOT_FOUR_DIGITS, "year", year);
        }
    }
}
