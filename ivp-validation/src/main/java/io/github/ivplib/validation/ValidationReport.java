package io.github.ivplib.validation;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.immutables.value.Value;

import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What a validation of one policy document found (validatierapport).
 * <p>
 * Findings come in a fixed order: by severity (errors first), rule id, and location, so that
 * two runs over the same document give the same report.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableValidationReport.class)
@JsonDeserialize(as = ImmutableValidationReport.class)
public interface ValidationReport {

    /** @return where the document came from, such as its file path, may be empty */
    Optional<String> source();

    /** @return the id of the policy, where the document could be read, may be empty */
    Optional<String> policyId();

    /** @return the version of the rule catalogue the report was made with, not null */
    String ruleSetVersion();

    /** @return the language of {@link #message(Finding)}: "nl" (the default) or "en", not null */
    @Value.Default
    default String language() {
        return Messages.DUTCH;
    }

    /** @return the findings in their fixed order, not null */
    List<Finding> findings();

    /**
     * Counts the findings per severity, every severity present, for a summary line.
     *
     * @return the count per severity, errors first, not null
     */
    @Value.Derived
    default Map<Severity, Long> counts() {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, count(severity));
        }
        return counts;
    }

    /**
     * Returns a finding's message in the report's language.
     *
     * @param finding a finding, not null
     * @return the message, not null
     */
    default String message(Finding finding) {
        return finding.message(Locale.forLanguageTag(language()));
    }

    /**
     * Counts the findings of a severity.
     *
     * @param severity the severity, not null
     * @return the number of findings with exactly that severity
     */
    default long count(Severity severity) {
        return findings().stream().filter(f -> f.severity() == severity).count();
    }

    /** @return whether any finding is an error */
    default boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /**
     * Tells whether any finding is at least as serious as a level, as a CI gate asks.
     *
     * @param level the least severity that counts, not null
     * @return true if a finding reaches the level
     */
    default boolean hasFindingsAtLeast(Severity level) {
        return findings().stream().anyMatch(f -> f.severity().isAtLeast(level));
    }
}
