package io.github.ivplib.model.ave;

import java.util.List;
import java.util.Optional;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A case (casus) handled with the AVE model, with the phase transitions a tool recorded.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAveCase.class)
@JsonDeserialize(as = ImmutableAveCase.class)
@JsonClassDescription("A case (casus) handled with the AVE model, with the phase transitions a tool recorded.")
public interface AveCase {

    /** @return the id, unique among cases, not null */
    @JsonPropertyDescription("The id, unique among cases.")
    String id();

    /** @return the AVE theme the case falls under, may be empty */
    @JsonPropertyDescription("The AVE theme the case falls under.")
    Optional<String> theme();

    /** @return the transitions in the order they happened, not null */
    @JsonPropertyDescription("The phase transitions (opschalen, afschalen) in the order they happened.")
    List<PhaseTransition> transitions();

    /** @return a new builder, not null */
    static ImmutableAveCase.Builder builder() {
        return ImmutableAveCase.builder();
    }
}
