package io.github.ivplib.model.theme;

import java.util.Optional;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A cross-cutting thread (rode draad): how all themes are approached, rather than what.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCrossCuttingThread.class)
@JsonDeserialize(as = ImmutableCrossCuttingThread.class)
@JsonClassDescription("A cross-cutting thread (rode draad): how all themes are approached, rather than what.")
public interface CrossCuttingThread {

    /** @return the id, unique within its kind, not null */
    @JsonPropertyDescription("The id, unique among cross-cutting threads.")
    String id();

    /** @return the name as the policy writes it, not null */
    @JsonPropertyDescription("The name as the policy writes it.")
    String name();

    /** @return what the policy says of it, may be empty */
    @JsonPropertyDescription("What the policy says of it.")
    Optional<String> description();

    /** @return a new builder, not null */
    static ImmutableCrossCuttingThread.Builder builder() {
        return ImmutableCrossCuttingThread.builder();
    }
}
