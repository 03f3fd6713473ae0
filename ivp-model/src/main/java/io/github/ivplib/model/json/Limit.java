package io.github.ivplib.model.json;

import java.util.Arrays;
import java.util.Optional;

/**
 * The safety limits of {@link ReadLimits}, by the names a {@link PolicyReadException} gives them
 * in its argument {@code limit}.
 */
enum Limit {
    /** {@link ReadLimits#maxDocumentLength()}. */
    DOCUMENT_LENGTH("Document length"),
    /** {@link ReadLimits#maxNestingDepth()}. */
    NESTING_DEPTH("Document nesting depth"),
    /** {@link ReadLimits#maxStringLength()}. */
    STRING_LENGTH("String value length"),
    /** {@link ReadLimits#maxNameLength()}. */
    NAME_LENGTH("Name length"),
    /** {@link ReadLimits#maxNumberLength()}. */
    NUMBER_LENGTH("Number value length"),
    /** {@link ReadLimits#maxElementCount()}, which this package counts itself. */
    ELEMENT_COUNT(null),
    /** {@link ReadLimits#maxValueCount()}, which this package counts itself. */
    VALUE_COUNT(null);

    /** How Jackson's message about the limit begins, since its exception names the limit in words only. */
    private final String jacksonMessageStart;

    Limit(String jacksonMessageStart) {
        this.jacksonMessageStart = jacksonMessageStart;
    }

    /** The limit a message of Jackson's tells of, if it is one of these. */
    static Optional<Limit> ofJacksonMessage(String message) {
        return Arrays.stream(values())
                .filter(limit -> limit.jacksonMessageStart != null && message.startsWith(limit.jacksonMessageStart))
                .findFirst();
    }

    /** What is wrong: this limit, exceeded, and its maximum under the limits read with. */
    ReadDetail exceeded(ReadLimits limits) {
        return ReadDetail.of(ReadProblem.LIMITS, name(), "limit", this, "maximum", limits.maximum(this));
    }
}
