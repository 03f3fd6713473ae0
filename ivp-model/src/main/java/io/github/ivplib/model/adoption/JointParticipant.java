package io.github.ivplib.model.adoption;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import io.github.ivplib.model.municipality.Municipality;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Another municipality that adopts the same document (deelnemende gemeente van een gezamenlijk
 * plan): each council adopts the goals for its own municipality, so each has its own adoption.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableJointParticipant.class)
@JsonDeserialize(as = ImmutableJointParticipant.class)
@JsonClassDescription("Another municipality that adopts the same document (deelnemende gemeente van een gezamenlijk plan), with its own council's adoption.")
public interface JointParticipant {

    /** @return the municipality, not null */
    @JsonPropertyDescription("The municipality (gemeente).")
    Municipality municipality();

    /** @return how and when its council adopted the document, not null */
    @JsonPropertyDescription("How and when its council adopted the document and it is in force there.")
    Adoption adoption();

    /** @return a new builder, not null */
    static ImmutableJointParticipant.Builder builder() {
        return ImmutableJointParticipant.builder();
    }
}
