package io.github.ivplib.model.din;

/**
 * The lines along which a theme's efforts are worked out (lijnen van aanpak).
 */
public enum DinLine {
    /** Signaleren: see it early. */
    DETECT,
    /** Voorkomen: prevent it. */
    PREVENT,
    /** Begrenzen: contain and act on it. */
    CONTAIN
}
