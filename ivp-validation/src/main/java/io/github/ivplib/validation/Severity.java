package io.github.ivplib.validation;

/**
 * How serious a finding is (ernst).
 */
public enum Severity {
    /** Fout: the document is wrong or unlawful. */
    ERROR,
    /** Waarschuwing: probably wrong, or weak practice. */
    WARNING,
    /** Informatie: a finding worth showing. */
    INFO;

    /**
     * Tells whether this severity is at least as serious as another.
     *
     * @param other the severity to compare with, not null
     * @return true if this is {@code other} or more serious
     */
    public boolean isAtLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
