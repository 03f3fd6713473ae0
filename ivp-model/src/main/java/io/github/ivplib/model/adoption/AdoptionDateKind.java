package io.github.ivplib.model.adoption;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/**
 * Which date of an adoption a source reports.
 */
@JsonClassDescription("Which date of an adoption a source reports: besluitdatum, inwerkingtreding, terugwerkende kracht or uitwerkingtreding.")
public enum AdoptionDateKind {
    /** Besluitdatum: the date of the adopting decision. */
    DECISION,
    /** Inwerkingtreding: the date the policy enters into force. */
    ENTRY_INTO_FORCE,
    /** Terugwerkende kracht tot: the date the policy applies from retroactively. */
    RETROACTIVE_FROM,
    /** Uitwerkingtreding: the last day the policy is in force. */
    END
}
