package io.github.ivplib.model.ave;

import java.util.Optional;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * That who holds direction in an AVE phase is agreed per case (per fase wordt afgesproken wie
 * de regie voert), rather than fixed in the policy.
 * <p>
 * A policy that says so has answered who holds direction: it is settled when a case is in the
 * phase, by the partners, often following a worked-out model published elsewhere (Venlo's,
 * per theme, behind a link).
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDirectionAgreedPerCase.class)
@JsonDeserialize(as = ImmutableDirectionAgreedPerCase.class)
@JsonClassDescription("That who holds direction in an AVE phase is agreed per case (per fase wordt afgesproken wie de regie voert), rather than fixed in the policy.")
public interface DirectionAgreedPerCase {

    /** @return where the worked-out arrangement is published, such as a web address, may be empty */
    @JsonPropertyDescription("Where the worked-out arrangement is published (uitgewerkt model), such as a web address.")
    Optional<String> publishedAt();

    /** @return what the policy says of the arrangement, may be empty */
    @JsonPropertyDescription("What the policy says of the arrangement.")
    Optional<String> note();

    /** @return a new builder, not null */
    static ImmutableDirectionAgreedPerCase.Builder builder() {
        return ImmutableDirectionAgreedPerCase.builder();
    }
}
