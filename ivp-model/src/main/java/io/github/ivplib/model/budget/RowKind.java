package io.github.ivplib.model.budget;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/**
 * What a row of a balance table is.
 */
@JsonClassDescription("What a row of a balance table is: opening balance (beginsaldo), mutation (mutatie), subtotal (subtotaal) or closing balance (eindsaldo).")
public enum RowKind {
    /** Beginsaldo, such as "Saldo primitieve begroting". */
    OPENING_BALANCE,
    /** Mutatie: a change to the balance. */
    MUTATION,
    /** Subtotaal, such as "Saldo na mutaties": the sum of the rows since the previous balance. */
    SUBTOTAL,
    /** Eindsaldo: the balance after all mutations. */
    CLOSING_BALANCE
}
