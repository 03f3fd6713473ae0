package io.github.ivplib.model.json;

import java.util.Optional;
import java.util.Set;

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

    /**
     * Returns these positions less those of some fields of the document, for one who keeps only
     * part of a large document, such as what a series of policies needs.
     *
     * @param fields names of fields of the document's object, such as "themes", not null
     * @return the positions without those fields' values and what they hold, not null
     */
    public SourcePositions withoutFields(Set<String> fields) {
        return new SourcePositions(table.without(fields));
    }

    /** @return the number of positioned values */
    public int size() {
        return table.size();
    }
}
