package io.github.ivplib.model.ave;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/**
 * The kinds of direction and responsibility assigned per AVE phase.
 */
@JsonClassDescription("A kind of direction or responsibility assigned per AVE phase: regie, casusregie, procesregie, operationele or bestuurlijke verantwoordelijkheid.")
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
