package io.github.ivplib.model.governance;

import java.util.Optional;

import org.immutables.value.Value;

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
public interface Partner {

    /** @return the id, unique among partners, not null */
    String id();

    /** @return the name as the policy writes it, not null */
    String name();

    /** @return what kind of partner it is, not null */
    PartnerKind kind();

    /** @return what the policy says of the partner's role, may be empty */
    Optional<String> description();

    /** @return a new builder, not null */
    static ImmutablePartner.Builder builder() {
        return ImmutablePartner.builder();
    }
}
