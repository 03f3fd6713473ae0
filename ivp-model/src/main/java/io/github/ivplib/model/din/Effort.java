package io.github.ivplib.model.din;

import java.util.List;
import java.util.Optional;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An effort or activity (inspanning, activiteit) in a DIN, carried by partners or municipal units.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEffort.class)
@JsonDeserialize(as = ImmutableEffort.class)
@JsonClassDescription("An effort or activity (inspanning, activiteit) in a DIN, carried by partners or municipal units.")
public interface Effort {

    /** @return the id, unique among efforts, not null */
    @JsonPropertyDescription("The id, unique among efforts.")
    String id();

    /** @return the effort as the policy words it, not null */
    @JsonPropertyDescription("The effort as the policy words it.")
    String text();

    /** @return the line of approach the effort belongs to, may be empty */
    @JsonPropertyDescription("The line of approach (lijn van aanpak) the effort belongs to.")
    Optional<DinLine> line();

    /** @return the ids of the results the effort contributes to, not null */
    @JsonPropertyDescription("The ids of the results (resultaten) the effort contributes to.")
    List<String> resultIds();

    /** @return the ids of the partners who carry the effort (trekker, uitvoerder), not null */
    @JsonPropertyDescription("The ids of the partners who carry the effort (trekker, uitvoerder).")
    List<String> carrierIds();

    /** @return a new builder, not null */
    static ImmutableEffort.Builder builder() {
        return ImmutableEffort.builder();
    }
}
