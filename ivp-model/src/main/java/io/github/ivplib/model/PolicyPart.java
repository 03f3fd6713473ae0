package io.github.ivplib.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/**
 * A part of a policy document (onderdeel), as a record may leave it out and as a rule reads it.
 * <p>
 * A register entry built from metadata may carry only a policy's identity and adoption; it says
 * so with {@link SafetyPolicy#notRecorded()}, and rules that read the parts it leaves out are not
 * run on it, rather than report as absent what the record simply does not hold.
 */
@JsonClassDescription("A part of a policy document (onderdeel), as a record may leave it out (notRecorded) and as a rule reads it.")
public enum PolicyPart {
    /** The id, kind, title and period (looptijd). Every record carries it. */
    IDENTITY,
    /** The municipality and its districts. Every record carries it. */
    MUNICIPALITY,
    /** The adoption (vaststelling) and the predecessors. Every record carries it, as far as it is known. */
    ADOPTION,
    /** The ambition, themes, cross-cutting threads, preconditions and risks. */
    THEMES,
    /** The goals (doelen) and their indicators. */
    GOALS,
    /** The DIN networks. */
    DIN_NETWORKS,
    /** The partners and governance roles. */
    GOVERNANCE,
    /** The milestones of the planning and control cycle. */
    CYCLE,
    /** The AVE escalation model. */
    AVE,
    /** The financial consequences. */
    BUDGET,
    /** The key figures (kerncijfers). */
    KEY_FIGURES;

    /**
     * Returns whether a record may say it does not carry this part.
     *
     * @return false for identity, municipality and adoption, which make a record, true otherwise
     */
    public boolean mayBeLeftOut() {
        return this != IDENTITY && this != MUNICIPALITY && this != ADOPTION;
    }
}
