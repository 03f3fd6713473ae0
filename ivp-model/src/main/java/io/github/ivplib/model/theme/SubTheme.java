package io.github.ivplib.model.theme;

import java.util.List;
import java.util.Optional;

import org.immutables.value.Value;

import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A part of a theme the policy treats on its own (deelthema), such as "mensenhandel" within
 * "ondermijnende criminaliteit".
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSubTheme.class)
@JsonDeserialize(as = ImmutableSubTheme.class)
public interface SubTheme {

    /** @return the name as the policy writes it, not null */
    String name();

    /** @return what the policy says the sub-theme is about, may be empty */
    Optional<String> description();

    /** @return the approach in outline for this sub-theme, one entry per point, not null */
    List<String> approach();

    /** @return a new builder, not null */
    static ImmutableSubTheme.Builder builder() {
        return ImmutableSubTheme.builder();
    }
}
