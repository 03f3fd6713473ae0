package io.github.ivplib.validation;

import java.time.Clock;
import java.util.Set;

import io.github.ivplib.validation.budget.TaskFields;

import org.immutables.value.Value;

/**
 * The thresholds and reference data rules read, set on the {@link Validator.Builder}.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public interface ValidationSettings {

    /** The CCV advises focus: more strategic themes than this earn a warning by default. */
    int DEFAULT_MAX_STRATEGIC_THEMES = 5;

    /** @return the most strategic themes before {@code themes/focus} warns */
    @Value.Default
    default int maxStrategicThemes() {
        return DEFAULT_MAX_STRATEGIC_THEMES;
    }

    /** @return the clock that gives the reference date of {@code politiewet-38b/readopted-within-four-years}, not null */
    @Value.Default
    default Clock clock() {
        return Clock.systemDefaultZone();
    }

    /** @return the BBV task field codes (taakvelden) that {@code budget/task-field-known} accepts, not null */
    @Value.Default
    default Set<String> knownTaskFields() {
        return TaskFields.BBV;
    }

    /** @return the default settings, not null */
    static ValidationSettings defaults() {
        return ImmutableValidationSettings.builder().build();
    }
}
