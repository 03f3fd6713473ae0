package io.github.ivplib.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/**
 * How a figure stands for the value it gives: exactly, as a bound, or roughly ("ten minste 7,2",
 * "ten hoogste 90", "meer dan 70 %", "ongeveer 3.000").
 * <p>
 * Shared by key figures (kerncijfers) and by an indicator's baselines, targets, district
 * minimums and measurements, which all write figures this way.
 */
@JsonClassDescription("How a figure stands for the value it gives: exact, ten minste, ten hoogste, meer dan (ruim), minder dan or ongeveer.")
public enum Qualifier {
    /** Precies: the figure as stated. */
    EXACT,
    /** Ten minste, minimaal: the figure is a lower bound. */
    AT_LEAST,
    /** Ten hoogste, maximaal: the figure is an upper bound. */
    AT_MOST,
    /** Meer dan, ruim: more than the figure. */
    MORE_THAN,
    /** Minder dan: less than the figure. */
    LESS_THAN,
    /** Rond de, ongeveer: about the figure. */
    APPROXIMATELY
}
