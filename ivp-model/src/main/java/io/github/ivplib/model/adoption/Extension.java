package io.github.ivplib.model.adoption;

import java.time.LocalDate;
import java.util.Optional;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import io.github.ivplib.model.governance.Actor;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A formal extension (verlenging) of a policy that would otherwise lapse.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExtension.class)
@JsonDeserialize(as = ImmutableExtension.class)
@JsonClassDescription("A formal extension (verlenging) of a policy that would otherwise lapse.")
public interface Extension {

    /** @return the new last day in force, not null */
    @JsonPropertyDescription("The new last day in force.")
    LocalDate until();

    /** @return who decided the extension, may be empty */
    @JsonPropertyDescription("Who decided the extension.")
    Optional<Actor> decidedBy();

    /** @return the date of the decision, may be empty */
    @JsonPropertyDescription("The date of the decision (besluitdatum).")
    Optional<LocalDate> decisionDate();

    /** @return a new builder, not null */
    static ImmutableExtension.Builder builder() {
        return ImmutableExtension.builder();
    }
}
