package io.github.ivplib.model.theme;

import java.util.Optional;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A precondition (randvoorwaarde) for reaching the goals, such as supporting policy (flankerend beleid) or the information position.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePrecondition.class)
@JsonDeserialize(as = ImmutablePrecondition.class)
@JsonClassDescription("A precondition (randvoorwaarde) for reaching the goals, such as supporting policy (flankerend beleid) or the information position.")
public interface Precondition {

    /** @return the id, unique within its kind, not null */
    @JsonPropertyDescription("The id, unique among preconditions.")
    String id();

    /** @return the name as the policy writes it, not null */
    @JsonPropertyDescription("The name as the policy writes it.")
    String name();

    /** @return what the policy says of it, may be empty */
    @JsonPropertyDescription("What the policy says of it.")
    Optional<String> description();

    /** @return a new builder, not null */
    static ImmutablePrecondition.Builder builder() {
        return ImmutablePrecondition.builder();
    }
}
