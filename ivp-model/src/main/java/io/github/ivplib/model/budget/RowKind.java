package io.github.ivplib.model.budget;

/**
 * What a row of a balance table is.
 */
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
