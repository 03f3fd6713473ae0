package io.github.ivplib.model.theme;

import java.util.Optional;

import org.immutables.value.Value;

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
public interface Risk {

    /** @return the id, unique within its kind, not null */
    String id();

    /** @return the name as the policy writes it, not null */
    String name();

    /** @return what the policy says of it, may be empty */
    Optional<String> description();

    /** @return a new builder, not null */
    static ImmutableRisk.Builder builder() {
        return ImmutableRisk.builder();
    }
}
