package io.github.ivplib.model.theme;

/**
 * Whether a theme is prioritised or part of the baseline.
 */
public enum ThemeKind {
    /** Geprioriteerd thema, strategische prioriteit: few, with goals. */
    STRATEGIC,
    /** Basisveiligheid, going concern: done regardless of priority. */
    BASELINE
}
