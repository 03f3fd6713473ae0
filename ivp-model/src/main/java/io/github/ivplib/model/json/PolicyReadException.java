package io.github.ivplib.model.json;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a policy document cannot be read, saying what is wrong and where.
 * <p>
 * The location is a JSON Pointer (RFC 6901) built from the JSON field names, so that it points
 * into the file a person edits, and the line and column where the parser knows them. What is
 * wrong is a {@link #problem()} with its {@link #arguments()}, worded for the person who edits
 * the file in Dutch or English by {@link #detail(Locale)}; the message is English, for
 * developers.
 * This class is immutable and thread-safe.
 */
public final class PolicyReadException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, in facts that can be worded in Dutch or English. */
    private final ReadDetail detail;
    /** The JSON Pointer of the offending value, "" for the whole document. */
    private final String pointer;
    /** The line of the offending value, from 1, or -1 if unknown. */
    private final int line;
    /** The column of the offending value, from 1, or -1 if unknown. */
    private final int column;

    /**
     * Creates the exception; only the reader does, since only it knows the words for a detail.
     *
     * @param detail what went wrong, not null
     * @param pointer the JSON Pointer of the offending value, "" for the whole document, not null
     * @param line the line, from 1, or -1 if unknown
     * @param column the column, from 1, or -1 if unknown
     * @param cause the underlying parser error, may be null
     */
    PolicyReadException(ReadDetail detail, String pointer, int line, int column, @Nullable Throwable cause) {
        super(format(detail.in(Locale.ENGLISH), pointer, line, column), cause);
        this.detail = detail;
        this.pointer = pointer;
        this.line = line;
        this.column = column;
    }

    private static String format(String detail, String pointer, int line, int column) {
        StringBuilder message = new StringBuilder(detail);
        message.append(" at ").append(pointer.isEmpty() ? "the document root" : pointer);
        if (line > 0) {
            message.append(" (line ").append(line);
            if (column > 0) {
                message.append(", column ").append(column);
            }
            message.append(')');
        }
        return message.toString();
    }

    /** @return what went wrong, not null */
    public ReadProblem problem() {
        return detail.problem();
    }

    /** @return the JSON Pointer of the offending value, "" for the whole document, not null */
    public String pointer() {
        return pointer;
    }

    /** @return the line, from 1, where the parser knows it */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /** @return the column, from 1, where the parser knows it */
    public OptionalInt column() {
        return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
    }

    /**
     * Returns the facts the detail names, by name, in reading order. Which there are depends on
     * the problem and on what the reader knows:
     * <ul>
     * <li>{@code field}: the field as the file spells it, for an unknown, duplicate or missing
     * field; {@code knownFields}: the fields its object may hold, quoted and sorted;
     * {@code fields}: every missing field of the object, where more than one is missing;</li>
     * <li>{@code expected}: the shape a value should have, such as {@code YEAR},
     * {@code DECIMAL}, {@code DATE} or {@code CONSTANT} (then {@code constants}: the allowed
     * constants, quoted); {@code found}: the value as written, text in quotes;</li>
     * <li>{@code reason}: the check an invalid value failed, an
     * {@link io.github.ivplib.model.InvalidValueException.Reason}, with the values it met;</li>
     * <li>{@code found} and {@code supported}: a schema version that cannot be read, and the
     * one that can;</li>
     * <li>{@code limit}: the safety limit exceeded ({@code DOCUMENT_LENGTH},
     * {@code NESTING_DEPTH}, {@code STRING_LENGTH}, {@code NAME_LENGTH}, {@code NUMBER_LENGTH},
     * {@code ELEMENT_COUNT} or {@code VALUE_COUNT}, after the methods of {@link ReadLimits})
     * and {@code maximum}: its value under the limits read with; the pointer is where the
     * parser stood, or for {@code ELEMENT_COUNT} the list or object that holds too many, the
     * line and column where the first value too many stands;</li>
     * <li>{@code originalMessage}: where only Jackson or the model can say what is wrong (a
     * syntax error, say), its words, in English.</li>
     * </ul>
     *
     * @return the arguments, may be empty, not null
     */
    public Map<String, String> arguments() {
        return detail.arguments();
    }

    /** @return what is wrong, in English, without the location, not null */
    public String detail() {
        return detail(Locale.ENGLISH);
    }

    /**
     * Returns what is wrong in words for the person who edits the file, without the location.
     * Where only Jackson can say what is wrong, its English words follow a sentence of ours.
     *
     * @param locale the language: Dutch unless English is asked for, not null
     * @return what is wrong, not null
     */
    public String detail(Locale locale) {
        return detail.in(locale);
    }
}
