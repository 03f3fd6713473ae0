package io.github.ivplib.model.ave;

import java.time.LocalDate;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A case moving from one AVE phase to another (opschalen, afschalen).
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePhaseTransition.class)
@JsonDeserialize(as = ImmutablePhaseTransition.class)
@JsonClassDescription("A case moving from one AVE phase to another (opschalen, afschalen).")
public interface PhaseTransition {

    /** @return the day of the transition, not null */
    @JsonPropertyDescription("The day of the transition.")
    LocalDate date();

    /** @return the number of the phase the case leaves */
    @JsonPropertyDescription("The number of the phase the case leaves.")
    int fromPhase();

    /** @return the number of the phase the case enters */
    @JsonPropertyDescription("The number of the phase the case enters.")
    int toPhase();

    /** @return a new builder, not null */
    static ImmutablePhaseTransition.Builder builder() {
        return ImmutablePhaseTransition.builder();
    }
}
