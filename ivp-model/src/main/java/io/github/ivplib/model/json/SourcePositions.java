package io.github.ivplib.model.json;

import java.util.Optional;

/**
 * Where each value of a policy document starts in its text: the line and column of every JSON
 * Pointer, so that a finding about {@code /themes/2/kind} can point a person at line 41.
 * <p>
 * A field is positioned at its name, an array element at its first character.
 * This class is immutable and thread-safe.
 */
public final class SourcePositions {

    /** Filled by the reader before this is made, never changed after. */
    private final PositionTable table;

    SourcePositions(PositionTable table) {
        this.table = table;
    }

    /**
     * Returns where the value at a pointer starts, or, for a pointer to something the document
     * does not hold (a missing field), where its nearest enclosing value starts.
     *
     * @param pointer a JSON Pointer, "" for the whole document, not null
     * @return the position, empty only if the document is empty, not null
     */
    public Optional<SourcePosition> locate(String pointer) {
        return table.locate(pointer);
    }

    /** @return the number of positioned values */
    public int size() {
        return table.size();
    }
}
