package io.github.ivplib.model.json;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The safety limits under which a document is read, so that no input, however made, exhausts
 * the memory of the service that reads it. A document beyond one of them is refused with a
 * {@link PolicyReadException} of problem {@link ReadProblem#LIMITS}, whose arguments name the
 * limit and its maximum, before the rest of it is read.
 * <p>
 * The defaults lie far above any real policy: the Venlo document of the examples is 39 KB,
 * holds 670 values and its longest list has 20 elements. Every limit holds for every way of
 * reading: text, bytes, streams (counted as they are read, never read whole first) and files.
 * Together they bound what one document can take: the length bounds its text, the value count
 * what the reader keeps of each value (some 30 bytes) and what validating it can find (a
 * finding per value, at worst). Under the defaults, reading and validating any document fits
 * a 256 MB heap: the build checks so with 100 MB files of one long text, of one long list, of
 * many lists and of many texts, with a document nested 100,000 levels deep, and with a policy
 * within every limit whose every value is a finding.
 * <p>
 * Read under other limits with {@link PolicyJson#reader(ReadLimits)}:
 * <pre>{@code
 * PolicyReader reader = PolicyJson.reader(ReadLimits.defaults().withMaxDocumentLength(1024 * 1024));
 * }</pre>
 * This class is immutable and thread-safe.
 */
public final class ReadLimits {

    private static final ReadLimits DEFAULTS = new ReadLimits(new long[] {16L * 1024 * 1024, 64, 100_000, 200, 50,
        10_000, 50_000});

    /** The maximum of each {@link Limit}, by its ordinal. */
    private final long[] maxima;

    private ReadLimits(long[] maxima) {
        this.maxima = maxima;
    }

    /**
     * Returns the limits {@link PolicyJson}'s static methods read under: 16 MiB per document,
     * nesting depth 64, 100,000 characters per text, 200 per field name, 50 per number, 10,000
     * elements per list or fields per object, and 50,000 values per document.
     *
     * @return the default limits, not null
     */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /**
     * @return the most characters a document may have (bytes for a document given as bytes,
     *         as Jackson counts them); 16 MiB by default
     */
    public long maxDocumentLength() {
        return maximum(Limit.DOCUMENT_LENGTH);
    }

    /** @return the deepest nesting of objects and arrays; 64 by default, where a policy needs about ten */
    public int maxNestingDepth() {
        return (int) maximum(Limit.NESTING_DEPTH);
    }

    /** @return the most characters of one text value; 100,000 by default */
    public int maxStringLength() {
        return (int) maximum(Limit.STRING_LENGTH);
    }

    /** @return the most characters of one field name; 200 by default */
    public int maxNameLength() {
        return (int) maximum(Limit.NAME_LENGTH);
    }

    /** @return the most characters of one number; 50 by default */
    public int maxNumberLength() {
        return (int) maximum(Limit.NUMBER_LENGTH);
    }

    /**
     * @return the most elements one array, or fields one object, may hold; 10,000 by default,
     *         where a policy's longest list has some dozens (its districts, its indicators) and
     *         the largest municipality has some 500 neighbourhoods
     */
    public int maxElementCount() {
        return (int) maximum(Limit.ELEMENT_COUNT);
    }

    /**
     * @return the most values (objects, arrays, texts, numbers, booleans) a whole document may
     *         hold; 50,000 by default, 75 times the Venlo document's. This limit bounds the
     *         memory for a document of many small values, which the document length alone does
     *         not: a value costs the reader some 30 bytes and may cost the validator a finding,
     *         and a report of 50,000 findings still fits a 256 MB heap in every format of the
     *         command line (one of 66,000 did not in SARIF)
     */
    public int maxValueCount() {
        return (int) maximum(Limit.VALUE_COUNT);
    }

    /**
     * @param max the most characters a document may have, at least 1
     * @return these limits with that one changed, not null
     * @throws IllegalArgumentException if {@code max} is less than 1
     */
    public ReadLimits withMaxDocumentLength(long max) {
        return with(Limit.DOCUMENT_LENGTH, "maxDocumentLength", max);
    }

    /**
     * @param max the deepest nesting of objects and arrays, at least 1
     * @return these limits with that one changed, not null
     * @throws IllegalArgumentException if {@code max} is less than 1
     */
    public ReadLimits withMaxNestingDepth(int max) {
        return with(Limit.NESTING_DEPTH, "maxNestingDepth", max);
    }

    /**
     * @param max the most characters of one text value, at least 1
     * @return these limits with that one changed, not null
     * @throws IllegalArgumentException if {@code max} is less than 1
     */
    public ReadLimits withMaxStringLength(int max) {
        return with(Limit.STRING_LENGTH, "maxStringLength", max);
    }

    /**
     * @param max the most characters of one field name, at least 1
     * @return these limits with that one changed, not null
     * @throws IllegalArgumentException if {@code max} is less than 1
     */
    public ReadLimits withMaxNameLength(int max) {
        return with(Limit.NAME_LENGTH, "maxNameLength", max);
    }

    /**
     * @param max the most characters of one number, at least 1
     * @return these limits with that one changed, not null
     * @throws IllegalArgumentException if {@code max} is less than 1
     */
    public ReadLimits withMaxNumberLength(int max) {
        return with(Limit.NUMBER_LENGTH, "maxNumberLength", max);
    }

    /**
     * @param max the most elements one array, or fields one object, may hold, at least 1
     * @return these limits with that one changed, not null
     * @throws IllegalArgumentException if {@code max} is less than 1
     */
    public ReadLimits withMaxElementCount(int max) {
        return with(Limit.ELEMENT_COUNT, "maxElementCount", max);
    }

    /**
     * @param max the most values a whole document may hold, at least 1
     * @return these limits with that one changed, not null
     * @throws IllegalArgumentException if {@code max} is less than 1
     */
    public ReadLimits withMaxValueCount(int max) {
        return with(Limit.VALUE_COUNT, "maxValueCount", max);
    }

    private ReadLimits with(Limit limit, String name, long max) {
        if (max < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + max);
        }
        long[] changed = maxima.clone();
        changed[limit.ordinal()] = max;
        return new ReadLimits(changed);
    }

    /** The maximum of one limit, by the name a {@link PolicyReadException} gives it. */
    long maximum(Limit limit) {
        return maxima[limit.ordinal()];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReadLimits && Arrays.equals(maxima, ((ReadLimits) other).maxima);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(maxima);
    }

    @Override
    public String toString() {
        return "ReadLimits" + Arrays.stream(Limit.values()).map(limit -> limit + "=" + maximum(limit))
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
