package io.github.ivplib.model.goal;

/**
 * The direction a policy wants an indicator to move in (gewenste ontwikkeling).
 */
public enum Direction {
    /** Stijgen: the target lies above the baseline. */
    INCREASE,
    /** Dalen: the target lies below the baseline. */
    DECREASE,
    /** Ten minste handhaven: the target holds a level ("at least 7,2"). */
    MAINTAIN
}
