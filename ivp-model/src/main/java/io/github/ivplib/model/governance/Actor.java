package io.github.ivplib.model.governance;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/**
 * A body or office that decides or acts in the policy cycle (bestuursorgaan, functionaris).
 * <p>
 * Used for who adopts a policy, who acts at a milestone and which governance roles a policy
 * describes. Competence (the council adopts the policy, the college the implementation plans)
 * is a rule of validation, not of this type.
 */
@JsonClassDescription("A body or office that decides or acts in the policy cycle (bestuursorgaan, functionaris), such as the gemeenteraad, the college or the burgemeester.")
public enum Actor {
    /** Gemeenteraad: adopts the safety goals (Politiewet art. 38b) and controls their execution. */
    COUNCIL,
    /** Raadscommissie: prepares council decisions. */
    COUNCIL_COMMITTEE,
    /** College van burgemeester en wethouders: executes the policy and adopts implementation plans. */
    EXECUTIVE_BOARD,
    /** Burgemeester: public order, administrative coordination of safety. */
    MAYOR,
    /** Lokale driehoek: mayor, public prosecutor and police. */
    LOCAL_TRIANGLE,
    /** Programmamanager: official coordination of the safety programme. */
    PROGRAMME_MANAGER,
    /** Ambtelijke organisatie: the municipal staff, such as a safety team. */
    MUNICIPAL_ORGANISATION,
    /** Centraal Bureau voor de Statistiek, which conducts the Veiligheidsmonitor. */
    STATISTICS_NETHERLANDS,
    /** Anyone else. */
    OTHER
}
