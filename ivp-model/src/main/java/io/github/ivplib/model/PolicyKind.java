package io.github.ivplib.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/**
 * What the municipality calls its safety policy document (soort document).
 * <p>
 * Politiewet art. 38b names no document; the kinds are what municipalities customarily write.
 */
@JsonClassDescription("What the municipality calls its safety policy document (soort document): integraal veiligheidsplan, integraal veiligheidsbeleid, kadernota veiligheid, meerjarenprogramma or other.")
public enum PolicyKind {
    /** Integraal veiligheidsplan (IVP). */
    INTEGRAL_SAFETY_PLAN,
    /** Integraal veiligheidsbeleid (IVB). */
    INTEGRAL_SAFETY_POLICY,
    /** Kadernota veiligheid. */
    SAFETY_FRAMEWORK_MEMO,
    /** Meerjarenprogramma veiligheid. */
    MULTI_YEAR_PROGRAMME,
    /** Any other document in which the council adopts its safety goals. */
    OTHER
}
