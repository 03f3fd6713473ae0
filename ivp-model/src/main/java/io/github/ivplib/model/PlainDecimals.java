package io.github.ivplib.model;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Keeps the model's decimals at a scale a policy document can write. A document writes a figure
 * as a plain decimal, such as 1000 or 115000.50, whose digits after the point are its scale; code
 * can make the same number with a negative scale, as {@code stripTrailingZeros()} makes 1E+3 of
 * 1000, which no plain decimal spells. The value types keep such a figure at scale 0, the same
 * number as a document writes it, so that writing and reading a policy gives an equal value.
 * <p>
 * Public only because the value types live in several packages. This class is thread-safe.
 */
public final class PlainDecimals {

    private PlainDecimals() {
    }

    /**
     * @param value a decimal, not null
     * @return whether a plain decimal spells it with its scale: a scale of 0 or more
     */
    public static boolean isPlain(BigDecimal value) {
        return value.scale() >= 0;
    }

    /**
     * @param value a decimal, not null
     * @return the same number at a scale a plain decimal spells: the value itself, or at scale 0, not null
     */
    public static BigDecimal plain(BigDecimal value) {
        return isPlain(value) ? value : value.setScale(0);
    }

    /**
     * @param amounts amounts per year, not null
     * @return whether every amount is plain
     */
    public static boolean arePlain(Map<Year, BigDecimal> amounts) {
        return amounts.values().stream().allMatch(PlainDecimals::isPlain);
    }

    /**
     * @param amounts amounts per year, not null
     * @return the same amounts, each plain, ordered by year, not null
     */
    public static SortedMap<Year, BigDecimal> plain(Map<Year, BigDecimal> amounts) {
        SortedMap<Year, BigDecimal> plain = new TreeMap<>();
        amounts.forEach((year, amount) -> plain.put(year, plain(amount)));
        return plain;
    }
}
