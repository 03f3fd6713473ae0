package io.github.ivplib.model.theme;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/**
 * Whether a theme is prioritised or part of the baseline.
 */
@JsonClassDescription("Whether a theme is prioritised (geprioriteerd thema, strategische prioriteit) or part of the baseline (basisveiligheid, going concern).")
public enum ThemeKind {
    /** Geprioriteerd thema, strategische prioriteit: few, with goals. */
    STRATEGIC,
    /** Basisveiligheid, going concern: done regardless of priority. */
    BASELINE
}
