package io.github.ivplib.model.adoption;

import java.util.Optional;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import io.github.ivplib.model.YearRange;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A policy this one replaces (voorganger). A merged municipality's plan may replace two.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePredecessor.class)
@JsonDeserialize(as = ImmutablePredecessor.class)
@JsonClassDescription("A policy this one replaces (voorganger); a merged municipality's plan may replace two.")
public interface Predecessor {

    /** @return the title as the source names it, where it does, may be empty */
    @JsonPropertyDescription("The title as the source names it, where it does.")
    Optional<String> title();

    /** @return the period of the predecessor, may be empty */
    @JsonPropertyDescription("The period (looptijd) of the predecessor.")
    Optional<YearRange> period();

    /** @return the municipality that adopted it, where that is another one (before a merger), may be empty */
    @JsonPropertyDescription("The municipality that adopted it, where that is another one (before a merger).")
    Optional<String> municipality();

    /** @return its CVDR identifier, may be empty */
    @JsonPropertyDescription("Its CVDR identifier.")
    Optional<String> cvdrId();

    /** @return a new builder, not null */
    static ImmutablePredecessor.Builder builder() {
        return ImmutablePredecessor.builder();
    }
}
