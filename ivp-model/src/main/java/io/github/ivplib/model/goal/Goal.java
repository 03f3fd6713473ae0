package io.github.ivplib.model.goal;

import java.util.List;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A safety goal (doel, doelstelling) the council adopts; Politiewet art. 38b requires at least one.
 * <p>
 * A goal is measurable when one of its indicators has a baseline and a target, each with a
 * year. Validation reports goals that are not.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGoal.class)
@JsonDeserialize(as = ImmutableGoal.class)
@JsonClassDescription("A safety goal (doel, doelstelling) the council adopts; Politiewet art. 38b requires at least one.")
public interface Goal {

    /** @return the id, unique among goals, not null */
    @JsonPropertyDescription("The id, unique among goals.")
    String id();

    /** @return the goal as the policy words it, not null */
    @JsonPropertyDescription("The goal as the policy words it.")
    String text();

    /** @return the ids of the themes the goal serves; empty for a goal of the whole policy, not null */
    @JsonPropertyDescription("The ids of the themes the goal serves; empty for a goal of the whole policy.")
    List<String> themeIds();

    /** @return the ids of the indicators that measure the goal, not null */
    @JsonPropertyDescription("The ids of the indicators that measure the goal.")
    List<String> indicatorIds();

    /** @return a new builder, not null */
    static ImmutableGoal.Builder builder() {
        return ImmutableGoal.builder();
    }
}
