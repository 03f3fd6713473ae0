package io.github.ivplib.model.goal;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/**
 * The direction a policy wants an indicator to move in (gewenste ontwikkeling).
 */
@JsonClassDescription("The direction a policy wants an indicator to move in (gewenste ontwikkeling): stijgen, dalen or ten minste handhaven.")
public enum Direction {
    /** Stijgen: the target lies above the baseline. */
    INCREASE,
    /** Dalen: the target lies below the baseline. */
    DECREASE,
    /** Ten minste handhaven: the target holds a level ("at least 7,2"). */
    MAINTAIN
}
