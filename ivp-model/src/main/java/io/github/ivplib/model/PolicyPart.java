package io.github.ivplib.model;

import java.util.List;

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
    IDENTITY("schemaVersion", "id", "kind", "title", "period", "notRecorded"),
    /** The municipality and its districts. Every record carries it. */
    MUNICIPALITY("municipality"),
    /**
     * The adoption (vaststelling) and the predecessors, and the other councils of a joint plan with
     * their adoptions. Every record carries it, as far as it is known.
     */
    ADOPTION("adoption", "predecessors", "jointParticipants"),
    /** The ambition, themes, cross-cutting threads, preconditions and risks. */
    THEMES("ambition", "themes", "threads", "preconditions", "risks"),
    /** The goals (doelen) and their indicators. */
    GOALS("goals", "indicators"),
    /** The DIN networks. */
    DIN_NETWORKS("dinNetworks"),
    /** The partners and governance roles. */
    GOVERNANCE("partners", "roles"),
    /** The milestones of the planning and control cycle. */
    CYCLE("milestones"),
    /** The AVE escalation model. */
    AVE("ave"),
    /** The financial consequences. */
    BUDGET("budget"),
    /** The key figures (kerncijfers). */
    KEY_FIGURES("keyFigures");

    private final List<String> fields;

    PolicyPart(String... fields) {
        this.fields = List.of(fields);
    }

    /** @return the fields of a policy document that hold this part, not null, not empty */
    public List<String> fields() {
        return fields;
    }

    /**
     * Returns whether a record may say it does not carry this part.
     *
     * @return false for identity, municipality and adoption, which make a record, true otherwise
     */
    public boolean mayBeLeftOut() {
        return this != IDENTITY && this != MUNICIPALITY && this != ADOPTION;
    }
}
