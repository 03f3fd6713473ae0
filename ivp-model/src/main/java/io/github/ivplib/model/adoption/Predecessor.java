package io.github.ivplib.model.adoption;

import java.util.Optional;

import org.immutables.value.Value;

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
public interface Predecessor {

    /** @return the title as the source names it, not null */
    String title();

    /** @return the period of the predecessor, may be empty */
    Optional<YearRange> period();

    /** @return the municipality that adopted it, where that is another one (before a merger), may be empty */
    Optional<String> municipality();

    /** @return its CVDR identifier, may be empty */
    Optional<String> cvdrId();

    /** @return a new builder, not null */
    static ImmutablePredecessor.Builder builder() {
        return ImmutablePredecessor.builder();
    }
}
