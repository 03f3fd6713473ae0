package io.github.ivplib.model.din;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/**
 * The lines along which a theme's efforts are worked out (lijnen van aanpak).
 */
@JsonClassDescription("A line along which a theme's efforts are worked out (lijn van aanpak): signaleren, voorkomen or begrenzen.")
public enum DinLine {
    /** Signaleren: see it early. */
    DETECT,
    /** Voorkomen: prevent it. */
    PREVENT,
    /** Begrenzen: contain and act on it. */
    CONTAIN
}
