package io.github.ivplib.model.ave;

import java.time.LocalDate;

import org.immutables.value.Value;

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
public interface PhaseTransition {

    /** @return the day of the transition, not null */
    LocalDate date();

    /** @return the phase number left */
    int from();

    /** @return the phase number entered */
    int to();

    /** @return a new builder, not null */
    static ImmutablePhaseTransition.Builder builder() {
        return ImmutablePhaseTransition.builder();
    }
}
