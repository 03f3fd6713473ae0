package io.github.ivplib.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Thrown when a value is built from parts that cannot go together or lie outside their range,
 * such as a period (looptijd) whose last year is before its first.
 * <p>
 * Besides its message, which is for developers, it says which check failed and the values it
 * met, so that the JSON reader can tell the person who edits the file in Dutch or English.
 * This class is immutable and thread-safe.
 */
public final class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Which check a value failed; each names the arguments it carries. */
    public enum Reason {
        /** A range of years whose last year is before its first: arguments {@code first}, {@code last}. */
        LAST_YEAR_BEFORE_FIRST,
        /** A year outside 1000..9999: argument {@code year}. */
        YEAR_NOT_FOUR_DIGITS,
        /** A quarter outside 1..4: argument {@code quarter}. */
        QUARTER_OUT_OF_RANGE,
        /** A range of quarters whose first quarter is after its last: arguments {@code first}, {@code last}. */
        LAST_QUARTER_BEFORE_FIRST,
        /** A bounded date with neither bound. */
        BOUNDS_MISSING,
        /** A bounded date whose latest day is before its earliest: arguments {@code notBefore}, {@code notAfter}. */
        BOUNDS_REVERSED,
        /** A record that says it leaves out a part every record carries: argument {@code part}. */
        PART_ALWAYS_RECORDED,
        /** A record that says it leaves out a part it carries: argument {@code part}. */
        PART_NOT_RECORDED_BUT_PRESENT,
        /** A set whose document gives an element more than once: argument {@code element}, as written. */
        DUPLICATE_ELEMENT
    }

    /** Which rule of the model the value breaks. */
    private final Reason reason;
    /** The reason's arguments by name. */
    private final Map<String, String> arguments;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, for developers, not null
     * @param reason which check failed, not null
     * @param namesAndValues the reason's arguments, names and values alternating, not null
     * @throws IllegalArgumentException if the arguments do not come in pairs
     */
    public InvalidValueException(String message, Reason reason, Object... namesAndValues) {
        super(message);
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs, got "
                    + namesAndValues.length + " arguments");
        }
        this.reason = Objects.requireNonNull(reason, "reason");
        Map<String, String> named = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            named.put(String.valueOf(namesAndValues[i]), String.valueOf(namesAndValues[i + 1]));
        }
        this.arguments = Collections.unmodifiableMap(named);
    }

    /** @return which check failed, not null */
    public Reason reason() {
        return reason;
    }

    /** @return the values the check met by name, in the order given, not null */
    public Map<String, String> arguments() {
        return arguments;
    }
}
