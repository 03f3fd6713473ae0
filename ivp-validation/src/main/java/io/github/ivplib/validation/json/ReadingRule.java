package io.github.ivplib.validation.json;

import io.github.ivplib.model.json.PolicyReadException;
import io.github.ivplib.model.json.ReadProblem;
import io.github.ivplib.validation.Rule;
import io.github.ivplib.validation.Severity;

/**
 * The rules about reading a policy file: each problem the reader can meet, with its id.
 * <p>
 * A file that cannot be read yields exactly one finding of one of these rules, with the line,
 * column and pointer the reader knows, or, for a file that cannot be opened at all, the path. {@code pc-cycle/quarter-range} lives here because the
 * model refuses a quarter outside 1..4 when it is built, so the reader is where it is met.
 */
public enum ReadingRule implements Rule {

    /** Not well-formed JSON, or content after the document. */
    SYNTAX("json/syntax"),
    /** An object holds the same field twice (added by this library). */
    DUPLICATE_FIELD("json/duplicate-field"),
    /** A field the model does not know, likely a typo. */
    UNKNOWN_FIELD("json/unknown-field"),
    /** A required field is absent. */
    MISSING_FIELD("json/missing-field"),
    /** A value of the wrong type or format. */
    WRONG_TYPE("json/wrong-type"),
    /** A schema version the library does not read. */
    SCHEMA_VERSION("json/schema-version"),
    /** The input exceeds a safety limit. */
    LIMITS("json/limits"),
    /** A value that cannot be built, such as a period that ends before it starts (added by this library). */
    INVALID_VALUE("json/invalid-value"),
    /** Quarters are 1..4 and a milestone's first quarter is not after its last. */
    QUARTER_RANGE("pc-cycle/quarter-range"),
    /**
     * A path that is no file that can be read: a directory, a pipe, a broken or looping link, a
     * file or directory the system will not give (added by this library). Its value
     * {@code reason} says which; it is never a {@link PolicyReadException}, since nothing was read.
     */
    UNREADABLE("json/unreadable");

    private final String id;

    ReadingRule(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    /**
     * Returns the rule a reading failure breaks.
     *
     * @param failure the failure, not null
     * @return the rule, not null
     */
    public static ReadingRule of(PolicyReadException failure) {
        ReadProblem problem = failure.problem();
        switch (problem) {
            case SYNTAX:
                return SYNTAX;
            case DUPLICATE_FIELD:
                return DUPLICATE_FIELD;
            case UNKNOWN_FIELD:
                return UNKNOWN_FIELD;
            case MISSING_FIELD:
                return MISSING_FIELD;
            case WRONG_TYPE:
                return WRONG_TYPE;
            case SCHEMA_VERSION:
                return SCHEMA_VERSION;
            case LIMITS:
                return LIMITS;
            case INVALID_VALUE:
                return failure.pointer().endsWith("/quarters") ? QUARTER_RANGE : INVALID_VALUE;
            default:
                throw new IllegalArgumentException("unknown read problem " + problem);
        }
    }
}
