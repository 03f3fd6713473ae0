package io.github.ivplib.model.theme;

import java.util.Optional;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A risk or caveat (kanttekening, risico) the policy names for its execution.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRisk.class)
@JsonDeserialize(as = ImmutableRisk.class)
@JsonClassDescription("A risk or caveat (kanttekening, risico) the policy names for its execution.")
public interface Risk {

    /** @return the id, unique within its kind, not null */
    @JsonPropertyDescription("The id, unique among risks.")
    String id();

    /** @return the name as the policy writes it, not null */
    @JsonPropertyDescription("The name as the policy writes it.")
    String name();

    /** @return what the policy says of it, may be empty */
    @JsonPropertyDescription("What the policy says of it.")
    Optional<String> description();

    /** @return a new builder, not null */
    static ImmutableRisk.Builder builder() {
        return ImmutableRisk.builder();
    }
}
