package io.github.ivplib.model.theme;

import java.util.List;
import java.util.Optional;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

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
@JsonClassDescription("A part of a theme the policy treats on its own (deelthema), such as \"mensenhandel\" within \"ondermijnende criminaliteit\".")
public interface SubTheme {

    /** @return the name as the policy writes it, not null */
    @JsonPropertyDescription("The name as the policy writes it.")
    String name();

    /** @return what the policy says the sub-theme is about, may be empty */
    @JsonPropertyDescription("What the policy says the sub-theme is about.")
    Optional<String> description();

    /** @return the approach in outline for this sub-theme, one entry per point, not null */
    @JsonPropertyDescription("The approach in outline (aanpak op hoofdlijnen), one entry per point.")
    List<String> approach();

    /** @return a new builder, not null */
    static ImmutableSubTheme.Builder builder() {
        return ImmutableSubTheme.builder();
    }
}
