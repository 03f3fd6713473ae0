package io.github.ivplib.model.governance;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/**
 * The kind of a partner in safety (soort partner).
 */
@JsonClassDescription("The kind of a partner in safety (soort partner), such as politie, Openbaar Ministerie, RIEC or Zorg- en Veiligheidshuis.")
public enum PartnerKind {
    /** Politie. */
    POLICE,
    /** Openbaar Ministerie. */
    PUBLIC_PROSECUTOR,
    /** Regionaal Informatie- en Expertisecentrum. */
    RIEC,
    /** Zorg- en Veiligheidshuis. */
    CARE_AND_SAFETY_HOUSE,
    /** Veiligheidsregio. */
    SAFETY_REGION,
    /** Woningcorporatie. */
    HOUSING_CORPORATION,
    /** Zorg- en welzijnspartner, jongerenwerk. */
    CARE_AND_WELFARE,
    /** Onderwijs. */
    EDUCATION,
    /** Reclassering. */
    PROBATION_SERVICE,
    /** Belastingdienst. */
    TAX_AUTHORITY,
    /** Bewoners en ondernemers. */
    RESIDENTS_AND_BUSINESSES,
    /** Regionaal samenwerkingsverband, such as a Regio Deal. */
    REGIONAL_PARTNERSHIP,
    /** A unit of the municipality itself (team, cluster, stadstoezicht). */
    MUNICIPAL_UNIT,
    /** Adviesbureau. */
    ADVISORY_FIRM,
    /** Any other partner. */
    OTHER
}
