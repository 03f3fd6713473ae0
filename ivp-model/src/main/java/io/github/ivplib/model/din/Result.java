package io.github.ivplib.model.din;

import java.util.List;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A result or benefit (resultaat, baat) in a DIN: what the efforts yield on the way to a goal.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableResult.class)
@JsonDeserialize(as = ImmutableResult.class)
@JsonClassDescription("A result or benefit (resultaat, baat) in a DIN: what the efforts yield on the way to a goal.")
public interface Result {

    /** @return the id, unique among results, not null */
    @JsonPropertyDescription("The id, unique among results.")
    String id();

    /** @return the result as the policy words it, not null */
    @JsonPropertyDescription("The result as the policy words it.")
    String text();

    /** @return the ids of the goals the result serves, not null */
    @JsonPropertyDescription("The ids of the goals (doelen) the result serves.")
    List<String> goalIds();

    /** @return a new builder, not null */
    static ImmutableResult.Builder builder() {
        return ImmutableResult.builder();
    }
}
