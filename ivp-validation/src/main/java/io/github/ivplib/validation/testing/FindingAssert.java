package io.github.ivplib.validation.testing;

import java.util.Locale;
import java.util.Objects;

import org.assertj.core.api.AbstractAssert;

import io.github.ivplib.validation.Finding;
import io.github.ivplib.validation.Severity;

import org.jspecify.annotations.Nullable;

/**
 * AssertJ assertions on one {@link Finding}; reach it from a report with
 * {@link ValidationReportAssert#hasSingleFinding(String, String)}, or start with
 * {@link PolicyAssertions#assertThat(Finding)}.
 * <p>
 * Every failure message says what was expected and shows the finding as one line
 * ({@code severity rule-id pointer values}, the line and column where known, and the message),
 * with the source of its report where it came from one.
 * <p>
 * Like every AssertJ assertion object, an instance is meant for one chain in one thread.
 */
public final class FindingAssert extends AbstractAssert<FindingAssert, Finding> {

    /** The source of the report the finding came from, or null for a finding on its own. */
    private final @Nullable String source;
    private final Locale language;

    /**
     * Creates the assertion; {@link PolicyAssertions#assertThat(Finding)} reads better.
     *
     * @param actual the finding to check, may be null (every assertion then fails)
     */
    public FindingAssert(@Nullable Finding actual) {
        this(actual, null, Listing.DEFAULT_LANGUAGE);
    }

    FindingAssert(@Nullable Finding actual, @Nullable String source, Locale language) {
        super(actual, FindingAssert.class);
        this.source = source;
        this.language = language;
    }

    /**
     * Verifies the finding's severity.
     *
     * @param severity the expected severity, not null
     * @return this assertion, not null
     */
    public FindingAssert hasSeverity(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        isNotNull();
        if (actual.severity() != severity) {
            fail("Expecting severity " + severity + ", but was " + actual.severity() + ".");
        }
        return myself;
    }

    /**
     * Verifies one of the values the finding carries.
     *
     * @param name the name of the value, such as "year", not null
     * @param value the expected value as the finding writes it, such as "2025", not null
     * @return this assertion, not null
     */
    public FindingAssert hasValue(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        isNotNull();
        String found = actual.values().get(name);
        if (found == null) {
            fail("Expecting value " + name + "=" + value + ", but the finding has no value " + name + ".");
        } else if (!found.equals(value)) {
            fail("Expecting value " + name + "=" + value + ", but was " + name + "=" + found + ".");
        }
        return myself;
    }

    /**
     * Verifies that the finding's message in a language contains a text.
     *
     * @param locale the language of the message: English, or Dutch for any other, not null
     * @param text the text the message contains, not null
     * @return this assertion, not null
     */
    public FindingAssert hasMessageContaining(Locale locale, String text) {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(text, "text");
        isNotNull();
        String message = actual.message(locale);
        if (!message.contains(text)) {
            String languageName = "en".equals(locale.getLanguage()) ? "English" : "Dutch";
            fail("Expecting the " + languageName + " message to contain \""
                    + text + "\", but it is \"" + message + "\".");
        }
        return myself;
    }

    private void fail(String expectation) {
        // The message is a format; passed as its argument, a '%' in a finding stays as written.
        failWithMessage("%s", expectation + "\n" + Listing.finding(actual, source, language));
    }
}
