package io.github.ivplib.model.ave;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/**
 * How much direction over their own situation a citizen keeps (regievermogen van de burger),
 * from most to least; the order of the constants is that order.
 */
@JsonClassDescription("How much direction over their own situation a citizen keeps (regievermogen van de burger), from most to least: totale regie, hulp nodig, overname van de regie.")
public enum SelfDirection {
    /** Totale (zelf)regie: the citizen directs. */
    FULL,
    /** Hulp of ondersteuning nodig: the citizen directs with help. */
    SUPPORTED,
    /** (Tijdelijke) overname van de regie: others direct, in the interest of citizen and safety. */
    TAKEN_OVER
}
