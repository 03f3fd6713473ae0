package io.github.ivplib.validation;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A check the validator makes, with a stable id and a default severity.
 * <p>
 * Implement {@link PolicyRule} for a check on one policy, {@link SeriesRule} for a check across
 * the policies of one municipality. Messages are templates with named placeholders such as
 * {@code {year}}, filled from the finding's {@link Values}; by default they come from the
 * resource bundle {@code messages} in the rule's own package (Dutch in
 * {@code messages.properties}, English in {@code messages_en.properties}), keyed by the rule
 * id, or by the id, a dot and a variant for a rule with more than one message. The same bundle
 * holds what the rule checks under {@code description.} and the id. On the module path, the
 * module of a local rule opens that package to {@code io.github.ivplib.validation}, which reads
 * the bundle from it: {@code opens com.example.rules to io.github.ivplib.validation;}.
 * <p>
 * Implementations must be immutable and thread-safe: one validator runs its rules from any
 * thread.
 */
public interface Rule {

    /**
     * Returns the stable id, such as {@code budget/table-sums}. A local rule's id starts with
     * its own namespace, such as {@code venlo/police-partner}.
     *
     * @return the id, not null
     */
    String id();

    /** @return the severity unless the validator is configured otherwise, not null */
    Severity defaultSeverity();

    /**
     * Returns the message template for a finding of this rule in a language.
     *
     * @param variant "" for the rule's main message, or the variant a finding names, not null
     * @param locale the language, Dutch or English, not null
     * @return the template, not null
     * @throws MissingResourceException if there is no such message
     */
    default String messageTemplate(String variant, Locale locale) {
        return messages(locale).getString(variant.isEmpty() ? id() : id() + "." + variant);
    }

    /**
     * Returns what the rule checks, in a sentence, for rule listings such as a SARIF log's rule
     * descriptors. By default it is the key {@code description.} and the id in the same bundle
     * as the messages.
     *
     * @param locale the language, Dutch or English, not null
     * @return the description, not null
     * @throws MissingResourceException if the rule has no description
     */
    default String description(Locale locale) {
        return messages(locale).getString("description." + id());
    }

    private ResourceBundle messages(Locale locale) {
        String baseName = getClass().getPackageName() + ".messages";
        return Messages.bundle(baseName, locale, getClass().getModule());
    }
}
