package io.github.ivplib.model.cycle;

import java.time.Year;
import java.util.Optional;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import io.github.ivplib.model.YearRange;
import io.github.ivplib.model.governance.Actor;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A milestone of the planning and control cycle (mijlpaal in de P&amp;C-cyclus), such as the
 * college adopting an implementation plan in the first quarter of 2023.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMilestone.class)
@JsonDeserialize(as = ImmutableMilestone.class)
@JsonClassDescription("A milestone of the planning and control cycle (mijlpaal in de P&C-cyclus), such as the college adopting an implementation plan.")
public interface Milestone {

    /** @return the id, unique among milestones, not null */
    @JsonPropertyDescription("The id, unique among milestones.")
    String id();

    /** @return the year the milestone falls in, not null */
    @JsonPropertyDescription("The year the milestone falls in.")
    Year year();

    /** @return the quarters it falls in, where the policy says, may be empty */
    @JsonPropertyDescription("The quarters (kwartalen) it falls in, where the policy says.")
    Optional<QuarterRange> quarters();

    /** @return what happens at the milestone, not null */
    @JsonPropertyDescription("What happens at the milestone.")
    MilestoneKind kind();

    /** @return who acts, where the policy says, may be empty */
    @JsonPropertyDescription("Who acts, where the policy says.")
    Optional<Actor> actor();

    /**
     * Returns the years the adopted document covers, for the adoption of a policy or an
     * implementation plan ("uitvoeringsplan 2023-2024").
     *
     * @return the years covered, may be empty
     */
    @JsonPropertyDescription("The years the adopted document covers, such as an implementation plan (uitvoeringsplan) for 2023-2024.")
    Optional<YearRange> covers();

    /** @return the milestone as the policy words it, not null */
    @JsonPropertyDescription("The milestone as the policy words it.")
    String text();

    /** @return a new builder, not null */
    static ImmutableMilestone.Builder builder() {
        return ImmutableMilestone.builder();
    }
}
