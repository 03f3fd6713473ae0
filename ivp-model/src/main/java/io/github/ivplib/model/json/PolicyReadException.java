package io.github.ivplib.model.json;

import java.util.OptionalInt;

/**
 * Thrown when a policy document cannot be read, saying what is wrong and where.
 * <p>
 * The location is a JSON Pointer (RFC 6901) built from the JSON field names, so that it points
 * into the file a person edits, and the line and column where the parser knows them.
 * This class is immutable and thread-safe.
 */
public final class PolicyReadException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final ReadProblem problem;
    private final String pointer;
    private final int line;
    private final int column;
    private final String detail;

    /**
     * Creates the exception.
     *
     * @param problem what went wrong, not null
     * @param pointer the JSON Pointer of the offending value, "" for the whole document, not null
     * @param line the line, from 1, or -1 if unknown
     * @param column the column, from 1, or -1 if unknown
     * @param detail what is wrong, in words for the person who edits the file, not null
     * @param cause the underlying parser error, may be null
     */
    public PolicyReadException(ReadProblem problem, String pointer, int line, int column,
            String detail, Throwable cause) {
        super(format(pointer, line, column, detail), cause);
        this.problem = problem;
        this.pointer = pointer;
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    private static String format(String pointer, int line, int column, String detail) {
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
        return problem;
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

    /** @return what is wrong, without the location, not null */
    public String detail() {
        return detail;
    }
}
