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

    /**
     * Returns the line in the file where the finding's value starts. A finding about something
     * the file lacks, such as {@code /milestones} in a file without milestones, keeps the pointer
     * to what is meant and takes the line of the nearest enclosing value the file does hold (here
     * the root object): that is where the missing part belongs.
     *
     * @return the line, from 1; empty for a policy built in memory and for a document the
     *         reader could not place (an empty file), not null
     */
    OptionalInt line();

    /**
     * Returns the column in the file where the finding's value starts, placed as {@link #line()}.
     *
     * @return the column, from 1; empty where the line is, not null
     */
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
