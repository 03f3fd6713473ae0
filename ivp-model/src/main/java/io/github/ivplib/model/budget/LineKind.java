package io.github.ivplib.model.budget;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/**
 * What a budget amendment line does.
 */
@JsonClassDescription("What a budget amendment line does: an expense (lasten), income (baten) or coverage (dekking).")
public enum LineKind {
    /** Lasten: an expense added to (or taken from) the budget. */
    EXPENSE,
    /** Baten: income added to (or taken from) the budget. */
    INCOME,
    /** Dekking: where the money for the change comes from. */
    COVERAGE
}
