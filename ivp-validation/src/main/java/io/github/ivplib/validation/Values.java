package io.github.ivplib.validation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values a finding is about, in the order a person reads them, as text: a year, the
 * expected and the actual amount, the difference.
 * <p>
 * Decimals are written in plain notation, everything else with {@code toString()}.
 * This class is immutable and thread-safe.
 */
public final class Values {

    /** No values. */
    public static final Values NONE = new Values(Map.of());

    private final Map<String, String> entries;

    private Values(Map<String, String> entries) {
        this.entries = entries;
    }

    /**
     * Creates values from name-value pairs.
     *
     * @param namesAndValues names and values alternating, names not null, values not null
     * @return the values, not null
     * @throws IllegalArgumentException if the arguments do not come in pairs
     */
    public static Values of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs, got "
                    + namesAndValues.length + " arguments");
        }
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            entries.put(String.valueOf(namesAndValues[i]), text(namesAndValues[i + 1]));
        }
        return new Values(Collections.unmodifiableMap(entries));
    }

    private static String text(Object value) {
        if (value instanceof BigDecimal) {
            return ((BigDecimal) value).toPlainString();
        }
        return String.valueOf(value);
    }

    /**
     * Returns these values followed by more; a name they hold keeps its place and takes the new value.
     *
     * @param more the values to add by name, in order, not null
     * @return the values, not null
     */
    Values with(Map<String, String> more) {
        Map<String, String> entries = new LinkedHashMap<>(this.entries);
        entries.putAll(more);
        return new Values(Collections.unmodifiableMap(entries));
    }

    /** @return the values by name, in order, not null */
    public Map<String, String> asMap() {
        return entries;
    }
}
