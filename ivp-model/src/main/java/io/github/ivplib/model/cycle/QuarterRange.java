package io.github.ivplib.model.cycle;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import io.github.ivplib.model.InvalidValueException;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The quarters (kwartalen) of a year in which a milestone falls, such as "3e / 4e kwartaal".
 * <p>
 * A single quarter has equal first and last. A quarter outside 1..4, or a range whose first
 * quarter is after its last, describes no time at all and is refused.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableQuarterRange.class)
@JsonDeserialize(as = ImmutableQuarterRange.class)
@JsonClassDescription("The quarters (kwartalen) of a year in which a milestone falls, such as \"3e / 4e kwartaal\"; a single quarter has equal first and last.")
public abstract class QuarterRange {

    /** The first quarter of a year. */
    public static final int FIRST_QUARTER = 1;
    /** The last quarter of a year. */
    public static final int LAST_QUARTER = 4;

    // Only the generated implementation extends it.
    QuarterRange() {
    }

    /** @return the first quarter, 1 to 4 */
    @JsonPropertyDescription("The first quarter, 1 to 4.")
    public abstract int first();

    /** @return the last quarter, 1 to 4, not before {@link #first()} */
    @JsonPropertyDescription("The last quarter, 1 to 4, not before the first.")
    public abstract int last();

    /**
     * Creates a range of quarters.
     *
     * @param first the first quarter, 1 to 4
     * @param last the last quarter, 1 to 4, not before {@code first}
     * @return the range, not null
     * @throws InvalidValueException if a quarter is outside 1..4 or {@code first > last}
     */
    public static QuarterRange of(int first, int last) {
        return ImmutableQuarterRange.builder().first(first).last(last).build();
    }

    /**
     * Creates a range of one quarter.
     *
     * @param quarter the quarter, 1 to 4
     * @return the range, not null
     * @throws InvalidValueException if the quarter is outside 1..4
     */
    public static QuarterRange of(int quarter) {
        return of(quarter, quarter);
    }

    @Value.Check
    void check() {
        checkQuarter("first", first());
        checkQuarter("last", last());
        if (first() > last()) {
            throw new InvalidValueException("first quarter " + first() + " is after last quarter " + last(),
                    InvalidValueException.Reason.LAST_QUARTER_BEFORE_FIRST, "first", first(), "last", last());
        }
    }

    private static void checkQuarter(String which, int quarter) {
        if (quarter < FIRST_QUARTER || quarter > LAST_QUARTER) {
            throw new InvalidValueException(which + " quarter must be 1 to 4, was " + quarter,
                    InvalidValueException.Reason.QUARTER_OUT_OF_RANGE, "quarter", quarter);
        }
    }
}
