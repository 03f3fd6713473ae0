package io.github.ivplib.model.theme;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A safety theme of the policy: a prioritised strategic theme (geprioriteerd thema,
 * strategische prioriteit) or a baseline theme done regardless of priority (basisveiligheid,
 * going concern).
 * <p>
 * Goals name the themes they serve; a theme does not list its goals, so that one goal can
 * serve several themes and is written once.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTheme.class)
@JsonDeserialize(as = ImmutableTheme.class)
@JsonClassDescription("A safety theme of the policy (geprioriteerd thema, basisveiligheid): a prioritised strategic theme or a baseline theme done regardless of priority.")
public interface Theme {

    /** @return the id, unique among themes, not null */
    @JsonPropertyDescription("The id, unique among themes.")
    String id();

    /** @return whether the theme is strategic or baseline, not null */
    @JsonPropertyDescription("Whether the theme is strategic (geprioriteerd) or baseline (basisveiligheid).")
    ThemeKind kind();

    /** @return the name as the policy writes it, not null */
    @JsonPropertyDescription("The name as the policy writes it.")
    String name();

    /** @return the CCV safety field (veiligheidsveld), where the policy places the theme in one, may be empty */
    @JsonPropertyDescription("The CCV safety field (veiligheidsveld), where the policy places the theme in one.")
    Optional<SafetyField> safetyField();

    /** @return what the policy says the theme is about, may be empty */
    @JsonPropertyDescription("What the policy says the theme is about.")
    Optional<String> description();

    /** @return the sub-themes (deelthema's) the policy distinguishes, not null */
    @JsonPropertyDescription("The sub-themes (deelthema's) the policy distinguishes.")
    List<SubTheme> subThemes();

    /** @return the approach in outline (aanpak op hoofdlijnen), one entry per point, not null */
    @JsonPropertyDescription("The approach in outline (aanpak op hoofdlijnen), one entry per point.")
    List<String> approach();

    /**
     * Returns how many goals the policy says the theme has, where the source states a number
     * ("vier doelen") without listing them all.
     *
     * @return the declared number of goals, may be empty
     */
    @JsonPropertyDescription("How many goals the policy says the theme has, where it states a number (\"vier doelen\") without listing them all.")
    OptionalInt declaredGoalCount();

    /** @return a new builder, not null */
    static ImmutableTheme.Builder builder() {
        return ImmutableTheme.builder();
    }
}
