package io.github.ivplib.model.budget;

/**
 * What a budget amendment line does.
 */
public enum LineKind {
    /** Lasten: an expense added to (or taken from) the budget. */
    EXPENSE,
    /** Baten: income added to (or taken from) the budget. */
    INCOME,
    /** Dekking: where the money for the change comes from. */
    COVERAGE
}
