package io.github.ivplib.model.ave;

/**
 * The kinds of direction and responsibility assigned per AVE phase.
 */
public enum DirectionKind {
    /** Regie, where the policy does not say which kind. */
    DIRECTION,
    /** Casusregie: direction over the individual case. */
    CASE_DIRECTION,
    /** Procesregie: direction over the process between partners. */
    PROCESS_DIRECTION,
    /** Operationele verantwoordelijkheid. */
    OPERATIONAL_RESPONSIBILITY,
    /** Bestuurlijke verantwoordelijkheid. */
    ADMINISTRATIVE_RESPONSIBILITY
}
