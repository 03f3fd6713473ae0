package io.github.ivplib.model.cycle;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/**
 * What happens at a milestone of the planning and control cycle.
 */
@JsonClassDescription("What happens at a milestone of the planning and control cycle: vaststelling of the policy or an uitvoeringsplan, the Veiligheidsmonitor, evaluatie, kennisname, verantwoording or other.")
public enum MilestoneKind {
    /** Vaststelling van het beleid door de gemeenteraad. */
    ADOPT_POLICY,
    /** Vaststelling van een uitvoeringsplan door het college. */
    ADOPT_IMPLEMENTATION_PLAN,
    /** Afname van de Veiligheidsmonitor (the survey). */
    SAFETY_MONITOR_SURVEY,
    /** Oplevering van de Veiligheidsmonitor (the results delivered). */
    SAFETY_MONITOR_DELIVERY,
    /** Tussentijdse of korte evaluatie, such as of an implementation plan. */
    INTERIM_EVALUATION,
    /** Evaluatie van het beleid at the end of its period. */
    POLICY_EVALUATION,
    /** Vaststelling van het opvolgende beleid door de gemeenteraad. */
    ADOPT_SUCCESSOR,
    /**
     * Kennisname door de gemeenteraad: the council takes note of a document another body adopts,
     * such as the implementation plan (part 2) the college adopts beside the council's strategic
     * frame (part 1).
     */
    TAKE_NOTE,
    /** Verantwoording through the municipal P&amp;C cycle (tussenrapportage, jaarstukken). */
    PROGRESS_REPORT,
    /** Anything else the cycle schedules. */
    OTHER
}
