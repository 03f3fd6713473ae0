package io.github.ivplib.model.governance;

import java.util.Optional;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

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
@JsonClassDescription("A role in the governance of the policy (rol en verantwoordelijkheid), as the policy assigns it.")
public interface GovernanceRole {

    /** @return who holds the role, not null */
    @JsonPropertyDescription("Who holds the role.")
    Actor actor();

    /** @return the role as the policy names it, such as "bestuurlijke coördinatie", not null */
    @JsonPropertyDescription("The role as the policy names it, such as \"bestuurlijke coördinatie\".")
    String role();

    /** @return what the role is responsible for, may be empty */
    @JsonPropertyDescription("What the role is responsible for (verantwoordelijkheden).")
    Optional<String> responsibilities();

    /** @return a new builder, not null */
    static ImmutableGovernanceRole.Builder builder() {
        return ImmutableGovernanceRole.builder();
    }
}
