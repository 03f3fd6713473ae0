package io.github.ivplib.validation;

import io.github.ivplib.model.SafetyPolicy;

/**
 * What a {@link SeriesRule} reports to: each finding goes to the report of the policy it
 * concerns.
 * <p>
 * One context serves one rule in one validation; it is not shared between threads.
 */
public interface SeriesContext {

    /** @return the validator's settings, not null */
    ValidationSettings settings();

    /**
     * Reports a finding against one policy of the series.
     *
     * @param policy the policy the finding belongs to, one of the series, not null
     * @param variant the message variant, "" for the main message, not null
     * @param at where in that policy's document, not null
     * @param values the values involved, in reading order, not null
     */
    void report(SafetyPolicy policy, String variant, Pointer at, Values values);
}
