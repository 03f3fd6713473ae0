package io.github.ivplib.model.ave;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Who holds a kind of direction in an AVE phase (regieverdeling), such as process direction
 * with the Zorg- en Veiligheidshuis.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDirectionAssignment.class)
@JsonDeserialize(as = ImmutableDirectionAssignment.class)
@JsonClassDescription("Who holds a kind of direction in an AVE phase (regieverdeling), such as process direction with the Zorg- en Veiligheidshuis.")
public interface DirectionAssignment {

    /** @return the kind of direction, not null */
    @JsonPropertyDescription("The kind of direction (regie) or responsibility.")
    DirectionKind kind();

    /** @return who holds it, as the policy names them, not null */
    @JsonPropertyDescription("Who holds it, as the policy names them.")
    String holder();

    /**
     * Creates an assignment.
     *
     * @param kind the kind of direction, not null
     * @param holder who holds it, not null
     * @return the assignment, not null
     */
    static DirectionAssignment of(DirectionKind kind, String holder) {
        return ImmutableDirectionAssignment.builder().kind(kind).holder(holder).build();
    }
}
