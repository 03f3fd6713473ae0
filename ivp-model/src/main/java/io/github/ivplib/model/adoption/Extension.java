package io.github.ivplib.model.adoption;

import java.time.LocalDate;
import java.util.Optional;

import org.immutables.value.Value;

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
public interface Extension {

    /** @return the new last day in force, not null */
    LocalDate until();

    /** @return who decided the extension, may be empty */
    Optional<Actor> decidedBy();

    /** @return the date of the decision, may be empty */
    Optional<LocalDate> decisionDate();

    /** @return a new builder, not null */
    static ImmutableExtension.Builder builder() {
        return ImmutableExtension.builder();
    }
}
