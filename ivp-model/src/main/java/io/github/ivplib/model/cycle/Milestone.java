package io.github.ivplib.model.cycle;

import java.time.Year;
import java.util.Optional;

import org.immutables.value.Value;

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
public interface Milestone {

    /** @return the id, unique among milestones, not null */
    String id();

    /** @return the year the milestone falls in, not null */
    Year year();

    /** @return the quarters it falls in, where the policy says, may be empty */
    Optional<QuarterRange> quarters();

    /** @return what happens at the milestone, not null */
    MilestoneKind kind();

    /** @return who acts, where the policy says, may be empty */
    Optional<Actor> actor();

    /**
     * Returns the years the adopted document covers, for the adoption of a policy or an
     * implementation plan ("uitvoeringsplan 2023-2024").
     *
     * @return the years covered, may be empty
     */
    Optional<YearRange> covers();

    /** @return the milestone as the policy words it, not null */
    String text();

    /** @return a new builder, not null */
    static ImmutableMilestone.Builder builder() {
        return ImmutableMilestone.builder();
    }
}
