package io.github.ivplib.model.adoption;

import java.util.List;
import java.util.Optional;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import io.github.ivplib.model.BoundedDate;
import io.github.ivplib.model.governance.Actor;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How the policy was adopted (vaststelling) and when it is in force (inwerkingtreding).
 * <p>
 * The period in the title, the council's decision date and the date of entry into force are
 * kept apart: real series of plans are adopted late, with retroactive effect, or extended.
 * Dates are kept as precisely as the source knows them ({@link BoundedDate}); dates a source
 * does not give are left empty rather than guessed.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAdoption.class)
@JsonDeserialize(as = ImmutableAdoption.class)
@JsonClassDescription("How the policy was adopted (vaststelling) and when it is in force (inwerkingtreding).")
public interface Adoption {

    /**
     * Returns who adopts the policy (vastgesteld door). Politiewet art. 38b requires the
     * council; validation reports any other body, and a record that does not say.
     *
     * @return the adopting body, may be empty where the record does not say
     */
    @JsonPropertyDescription("Who adopts the policy (vastgesteld door); Politiewet art. 38b requires the council. Absent where the record does not say.")
    Optional<Actor> adoptedBy();

    /** @return the date of the adopting decision (besluitdatum), as precisely as known, may be empty */
    @JsonPropertyDescription("The date of the adopting decision (besluitdatum): a day, a year, or bounds.")
    Optional<BoundedDate> decisionDate();

    /** @return the date the policy enters into force (inwerkingtreding), as precisely as known, may be empty */
    @JsonPropertyDescription("The date the policy enters into force (inwerkingtreding): a day, a year, or bounds.")
    Optional<BoundedDate> entryIntoForce();

    /**
     * Returns the date from which the policy applies retroactively (terugwerkende kracht tot),
     * earlier than its entry into force.
     *
     * @return the retroactive start, as precisely as known, may be empty
     */
    @JsonPropertyDescription("The date from which the policy applies retroactively (terugwerkende kracht tot): a day, a year, or bounds.")
    Optional<BoundedDate> retroactiveFrom();

    /**
     * Returns the last day the policy is in force (uitwerkingtreding). Where it is absent, the
     * policy stays in force until its successor enters into force, as a register entry without
     * an end date means.
     *
     * @return the last day in force, as precisely as known, may be empty
     */
    @JsonPropertyDescription("The last day the policy is in force (uitwerkingtreding): a day, a year, or bounds. Absent: in force until the successor enters into force.")
    Optional<BoundedDate> endDate();

    /** @return the formal extensions (verlengingen) of the policy, in order, not null */
    @JsonPropertyDescription("The formal extensions (verlengingen) of the policy, in order.")
    List<Extension> extensions();

    /** @return the date of the college's proposal to the council (raadsvoorstel), which the decision follows, may be empty */
    @JsonPropertyDescription("The date of the college's proposal to the council (raadsvoorstel), which the decision follows.")
    Optional<BoundedDate> collegeProposalDate();

    /** @return the date the document itself bears or was signed (datum document, ondertekening), may be empty */
    @JsonPropertyDescription("The date the document itself bears or was signed (datum document, ondertekening).")
    Optional<BoundedDate> documentDate();

    /** @return the id of the official publication, such as a gemeenteblad number, may be empty */
    @JsonPropertyDescription("The id of the official publication (bekendmaking), such as a gemeenteblad number.")
    Optional<String> publicationId();

    /** @return the date the policy was entered in the register it is recorded in (registratiedatum), which the decision precedes, may be empty */
    @JsonPropertyDescription("The date the policy was entered in the register it is recorded in (registratiedatum).")
    Optional<BoundedDate> registerDate();

    /**
     * Returns the dates that sources report, each with its source, where they are kept beside
     * (or instead of) the fields above, such as two budgets that disagree on the year of
     * adoption. A field above, where present, is the record's own answer.
     *
     * @return the reported dates, in the order the record gives them, not null
     */
    @JsonPropertyDescription("Dates as sources report them, each with its source, such as two budgets that disagree on the year of adoption.")
    List<ReportedDate> reportedDates();

    /** @return the CVDR identifier in the register of local regulations, such as "CVDR699067", may be empty */
    @JsonPropertyDescription("The CVDR identifier in the register of local regulations, such as \"CVDR699067\".")
    Optional<String> cvdrId();

    /** @return the legal basis (wettelijke grondslag) as published, may be empty */
    @JsonPropertyDescription("The legal basis (wettelijke grondslag) as published.")
    Optional<String> legalBasis();

    /** @return what the source says about the adoption that the fields above cannot hold, may be empty */
    @JsonPropertyDescription("What the source says about the adoption that the other fields cannot hold.")
    Optional<String> note();

    /** @return a new builder, not null */
    static ImmutableAdoption.Builder builder() {
        return ImmutableAdoption.builder();
    }
}
