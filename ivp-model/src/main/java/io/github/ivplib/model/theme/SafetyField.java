package io.github.ivplib.model.theme;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/**
 * The five safety fields (veiligheidsvelden) of the CCV / VNG Kernbeleid Veiligheid.
 */
@JsonClassDescription("One of the five safety fields (veiligheidsvelden) of the CCV / VNG Kernbeleid Veiligheid.")
public enum SafetyField {
    /** 1. Veilige woon- en leefomgeving. */
    SAFE_LIVING_ENVIRONMENT,
    /** 2. Bedrijvigheid en veiligheid. */
    BUSINESS_AND_SAFETY,
    /** 3. Jeugd en veiligheid. */
    YOUTH_AND_SAFETY,
    /** 4. Fysieke veiligheid. */
    PHYSICAL_SAFETY,
    /** 5. Integriteit en veiligheid. */
    INTEGRITY_AND_SAFETY
}
