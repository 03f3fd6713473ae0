package io.github.ivplib.model.adoption;

import java.util.Optional;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import io.github.ivplib.model.BoundedDate;
import io.github.ivplib.model.governance.Actor;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A formal extension (verlenging) of a policy that would otherwise lapse, or that has lapsed.
 * <p>
 * Whether it renews the goals under Politiewet art. 38b is for validation: an extension the
 * council decides does, one of another body does not.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExtension.class)
@JsonDeserialize(as = ImmutableExtension.class)
@JsonClassDescription("A formal extension (verlenging) of a policy that would otherwise lapse.")
public interface Extension {

    /** @return the new last day in force, as precisely as known, not null */
    @JsonPropertyDescription("The new last day in force: a day, a year, or bounds.")
    BoundedDate until();

    /** @return who decided the extension, may be empty */
    @JsonPropertyDescription("Who decided the extension.")
    Optional<Actor> decidedBy();

    /**
     * Returns the date of the decision. An extension decided after the policy lapsed covers
     * from its decision on, not the days between.
     *
     * @return the decision date, as precisely as known, may be empty
     */
    @JsonPropertyDescription("The date of the decision (besluitdatum): a day, a year, or bounds.")
    Optional<BoundedDate> decisionDate();

    /** @return what the source says about the extension that the fields above cannot hold, may be empty */
    @JsonPropertyDescription("What the source says about the extension that the other fields cannot hold.")
    Optional<String> note();

    /** @return a new builder, not null */
    static ImmutableExtension.Builder builder() {
        return ImmutableExtension.builder();
    }
}
