package io.github.ivplib.model;

import java.util.List;

/**
 * Thrown when a value is built without one or more of its required fields.
 * <p>
 * The JSON reader turns this into an error that names the path of each missing field.
 * This class is immutable and thread-safe.
 */
public final class MissingFieldException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** The names of the missing fields, as in the JSON document. */
    private final List<String> fieldNames;

    /**
     * Creates the exception for the fields that were not set.
     *
     * @param fieldNames the names of the missing fields, as in the JSON document, not null
     */
    public MissingFieldException(String... fieldNames) {
        super("missing required field(s): " + String.join(", ", fieldNames));
        this.fieldNames = List.of(fieldNames);
    }

    /**
     * Returns the names of the missing fields, in the order the type declares them.
     *
     * @return the field names, not null, not empty
     */
    public List<String> fieldNames() {
        return fieldNames;
    }
}
