package io.github.ivplib.model.governance;

import java.util.Optional;

import org.immutables.value.Value;

import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A role in the governance of the policy (rol en verantwoordelijkheid), as the policy assigns it.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGovernanceRole.class)
@JsonDeserialize(as = ImmutableGovernanceRole.class)
public interface GovernanceRole {

    /** @return who holds the role, not null */
    Actor actor();

    /** @return the role as the policy names it, such as "bestuurlijke coördinatie", not null */
    String role();

    /** @return what the role is responsible for, may be empty */
    Optional<String> responsibilities();

    /** @return a new builder, not null */
    static ImmutableGovernanceRole.Builder builder() {
        return ImmutableGovernanceRole.builder();
    }
}
