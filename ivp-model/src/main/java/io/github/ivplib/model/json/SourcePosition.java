package io.github.ivplib.model.json;

/**
 * A place in the text of a document: line and column, both from 1.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class SourcePosition {

    private final int line;
    private final int column;

    /**
     * Creates a position.
     *
     * @param line the line, from 1
     * @param column the column, from 1
     * @throws IllegalArgumentException if either is less than 1
     */
    public SourcePosition(int line, int column) {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column count from 1, were " + line + ", " + column);
        }
        this.line = line;
        this.column = column;
    }

    /** @return the line, from 1 */
    public int line() {
        return line;
    }

    /** @return the column, from 1 */
    public int column() {
        return column;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourcePosition && ((SourcePosition) other).line == line
                && ((SourcePosition) other).column == column;
    }

    @Override
    public int hashCode() {
        return 31 * line + column;
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
