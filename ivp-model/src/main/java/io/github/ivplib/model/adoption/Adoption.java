package io.github.ivplib.model.adoption;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import io.github.ivplib.model.governance.Actor;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How the policy was adopted (vaststelling) and when it is in force (inwerkingtreding).
 * <p>
 * The period in the title, the council's decision date and the date of entry into force are
 * kept apart: real series of plans are adopted late, with retroactive effect, or extended.
 * Dates a source does not give are left empty rather than guessed.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAdoption.class)
@JsonDeserialize(as = ImmutableAdoption.class)
@JsonClassDescription("How the policy was adopted (vaststelling) and when it is in force (inwerkingtreding).")
public interface Adoption {

    /**
     * Returns who adopts the policy (vastgesteld door). Politiewet art. 38b requires the
     * council; validation reports any other body.
     *
     * @return the adopting body, not null
     */
    @JsonPropertyDescription("Who adopts the policy (vastgesteld door); Politiewet art. 38b requires the council.")
    Actor adoptedBy();

    /** @return the date of the adopting decision (besluitdatum), may be empty */
    @JsonPropertyDescription("The date of the adopting decision (besluitdatum).")
    Optional<LocalDate> decisionDate();

    /** @return the date the policy enters into force (inwerkingtreding), may be empty */
    @JsonPropertyDescription("The date the policy enters into force (inwerkingtreding).")
    Optional<LocalDate> entryIntoForce();

    /**
     * Returns the date from which the policy applies retroactively (terugwerkende kracht tot),
     * earlier than its entry into force.
     *
     * @return the retroactive start, may be empty
     */
    @JsonPropertyDescription("The date from which the policy applies retroactively (terugwerkende kracht tot).")
    Optional<LocalDate> retroactiveFrom();

    /** @return the last day the policy is in force (uitwerkingtreding), may be empty */
    @JsonPropertyDescription("The last day the policy is in force (uitwerkingtreding).")
    Optional<LocalDate> endDate();

    /** @return the formal extensions (verlengingen) of the policy, in order, not null */
    @JsonPropertyDescription("The formal extensions (verlengingen) of the policy, in order.")
    List<Extension> extensions();

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
