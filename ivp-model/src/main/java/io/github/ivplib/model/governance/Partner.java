package io.github.ivplib.model.governance;

import java.util.Optional;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A partner in safety (ketenpartner, strategische partner), inside or outside the municipality.
 * <p>
 * Efforts in a DIN name their carriers by partner id.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePartner.class)
@JsonDeserialize(as = ImmutablePartner.class)
@JsonClassDescription("A partner in safety (ketenpartner, strategische partner), inside or outside the municipality.")
public interface Partner {

    /** @return the id, unique among partners, not null */
    @JsonPropertyDescription("The id, unique among partners.")
    String id();

    /** @return the name as the policy writes it, not null */
    @JsonPropertyDescription("The name as the policy writes it.")
    String name();

    /** @return what kind of partner it is, not null */
    @JsonPropertyDescription("What kind of partner it is (soort partner).")
    PartnerKind kind();

    /** @return what the policy says of the partner's role, may be empty */
    @JsonPropertyDescription("What the policy says of the partner's role.")
    Optional<String> description();

    /** @return a new builder, not null */
    static ImmutablePartner.Builder builder() {
        return ImmutablePartner.builder();
    }
}
