package io.github.ivplib.validation;

/**
 * What a {@link PolicyRule} reports to, bound to that rule and the policy under validation.
 * <p>
 * One context serves one rule in one validation; it is not shared between threads.
 */
public interface RuleContext {

    /** @return the validator's settings, not null */
    ValidationSettings settings();

    /**
     * Reports a finding with the rule's main message.
     *
     * @param at where in the document, not null
     * @param values the values involved, in reading order, not null
     */
    default void report(Pointer at, Values values) {
        report("", at, values);
    }

    /**
     * Reports a finding with one of the rule's message variants.
     *
     * @param variant the message variant, "" for the main message, not null
     * @param at where in the document, not null
     * @param values the values involved, in reading order, not null
     */
    void report(String variant, Pointer at, Values values);
}
