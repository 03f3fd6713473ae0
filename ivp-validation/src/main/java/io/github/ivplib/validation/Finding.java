package io.github.ivplib.validation;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

import org.immutables.value.Value;

import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One thing the validator found (bevinding): which rule, how serious, where, about which values,
 * and what it means in Dutch and English.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFinding.class)
@JsonDeserialize(as = ImmutableFinding.class)
public interface Finding {

    /** @return the id of the rule, from the catalogue or a local namespace, not null */
    String ruleId();

    /** @return how serious the finding is, after any override, not null */
    Severity severity();

    /** @return the JSON Pointer (RFC 6901) into the policy document, "" for the whole document, not null */
    String pointer();

    /** @return the line in the file, from 1, where known */
    OptionalInt line();

    /** @return the column in the file, from 1, where known */
    OptionalInt column();

    /** @return the values involved by name, in reading order, such as year, expected, actual, not null */
    Map<String, String> values();

    /** @return the message by language code ("nl", "en"), not null */
    Map<String, String> messages();

    /**
     * Returns the message in a language, Dutch unless English is asked for.
     *
     * @param locale the language, not null
     * @return the message, not null
     */
    default String message(Locale locale) {
        String language = Messages.languageOf(locale);
        return messages().getOrDefault(language, messages().get(Messages.DUTCH));
    }
}
