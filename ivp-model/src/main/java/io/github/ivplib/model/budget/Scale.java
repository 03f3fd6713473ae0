package io.github.ivplib.model.budget;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/**
 * The unit a budget table's amounts are written in (bedragen in euro's, bedragen x € 1.000).
 */
@JsonClassDescription("The unit a budget table's amounts are written in: euros (bedragen in euro's) or thousands of euros (bedragen x € 1.000).")
public enum Scale {
    /** Bedragen in euro's: at most two decimals (cents). */
    EUROS(BigDecimal.ONE, 2),
    /** Bedragen x € 1.000: rounded per cell, at most five decimals (cents of a thousand). */
    THOUSANDS_OF_EUROS(BigDecimal.valueOf(1000), 5);

    private final BigDecimal euros;
    private final int maxFractionDigits;

    Scale(BigDecimal euros, int maxFractionDigits) {
        this.euros = euros;
        this.maxFractionDigits = maxFractionDigits;
    }

    /** @return how many euros one unit of this scale is, not null */
    public BigDecimal euros() {
        return euros;
    }

    /** @return the most decimals an amount in this scale can have without fractions of a cent */
    public int maxFractionDigits() {
        return maxFractionDigits;
    }
}
