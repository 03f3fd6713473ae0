package io.github.ivplib.model.keyfigure;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/**
 * How exact a source says a figure is.
 */
@JsonClassDescription("How exact a source says a figure is: exact, ten minste, ruim or ongeveer.")
public enum Qualifier {
    /** The figure as stated. */
    EXACT,
    /** Ten minste: the figure is a lower bound. */
    AT_LEAST,
    /** Ruim: a little more than the figure. */
    MORE_THAN,
    /** Rond de, ongeveer: about the figure. */
    APPROXIMATELY
}
