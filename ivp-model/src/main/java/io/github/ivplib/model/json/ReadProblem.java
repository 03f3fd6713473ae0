package io.github.ivplib.model.json;

/**
 * What went wrong when a policy document could not be read.
 */
public enum ReadProblem {
    /** The text is not well-formed JSON, or there is content after the document. */
    SYNTAX,
    /** An object holds the same field twice. */
    DUPLICATE_FIELD,
    /** A field the model does not know, likely a typo. */
    UNKNOWN_FIELD,
    /** A required field is absent. */
    MISSING_FIELD,
    /** A value of the wrong type or format: text for a number, a fraction for a whole number, a bad date, an unknown constant, a null. */
    WRONG_TYPE,
    /** A value that cannot be built, such as a period that ends before it starts or a fifth quarter. */
    INVALID_VALUE,
    /** A schema version this library does not read. */
    SCHEMA_VERSION,
    /** The document exceeds a safety limit ({@link ReadLimits}): size, nesting depth, length of text or numbers, number of values. */
    LIMITS
}
