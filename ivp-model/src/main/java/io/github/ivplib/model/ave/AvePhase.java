package io.github.ivplib.model.ave;

import java.util.List;
import java.util.Optional;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One phase of the AVE model (AVE-fase), from 1 (green) to 4 (dark red).
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAvePhase.class)
@JsonDeserialize(as = ImmutableAvePhase.class)
@JsonClassDescription("One phase of the AVE model (AVE-fase), from 1 (green) to 4 (dark red).")
public interface AvePhase {

    /** @return the phase number as the policy gives it; validation requires exactly 1 to 4 */
    @JsonPropertyDescription("The phase number as the policy gives it; validation requires 1 to 4.")
    int number();

    /** @return how much direction the citizen keeps in this phase (regievermogen), not null */
    @JsonPropertyDescription("How much direction the citizen keeps in this phase (regievermogen).")
    SelfDirection selfDirection();

    /** @return who holds which direction in this phase, not null, empty where the policy names no holder */
    @JsonPropertyDescription("Who holds which direction in this phase (regieverdeling).")
    List<DirectionAssignment> direction();

    /**
     * Returns that who holds direction in this phase is agreed per case, where the policy says
     * so instead of, or besides, naming holders.
     *
     * @return the per-case arrangement, may be empty
     */
    @JsonPropertyDescription("That who holds direction in this phase is agreed per case (per fase wordt afgesproken wie de regie voert).")
    Optional<DirectionAgreedPerCase> directionAgreedPerCase();

    /** @return what the policy says of the phase, may be empty */
    @JsonPropertyDescription("What the policy says of the phase.")
    Optional<String> description();

    /** @return a new builder, not null */
    static ImmutableAvePhase.Builder builder() {
        return ImmutableAvePhase.builder();
    }
}
