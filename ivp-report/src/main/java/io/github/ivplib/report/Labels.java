package io.github.ivplib.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;

import io.github.ivplib.model.BoundedDate;
import io.github.ivplib.model.Qualifier;

/**
 * The page's words in one language, from the {@code labels} bundle beside this class, and the
 * way it writes dates and numbers in that language.
 * <p>
 * Placeholders are {@code {0}}, {@code {1}} ..., filled as text: not {@link java.text.MessageFormat},
 * which would format numbers by the platform and make Dutch apostrophes ("thema's") special.
 * This class is immutable and thread-safe.
 */
final class Labels {

    private final ResourceBundle bundle;
    private final String language;

    private Labels(ResourceBundle bundle, String language) {
        this.bundle = bundle;
        this.language = language;
    }

    /** Dutch unless English is asked for, as the validator's messages. */
    static Labels of(Locale locale) {
        String language = "en".equals(locale.getLanguage()) ? "en" : "nl";
        // Dutch is the bundle without a suffix, asked for as the root locale so that no default
        // locale of the JVM takes its place: a named module may not pass a control preventing that.
        ResourceBundle bundle = ResourceBundle.getBundle(Labels.class.getPackageName() + ".labels",
                "en".equals(language) ? Locale.ENGLISH : Locale.ROOT, Labels.class.getModule());
        return new Labels(bundle, language);
    }

    /** @return "nl" or "en", for the page's lang attribute and the findings' messages */
    String language() {
        return language;
    }

    Locale locale() {
        return new Locale(language);
    }

    String get(String key, Object... args) {
        String text = bundle.getString(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** The label of a model constant, keyed by its type's simple name. */
    String of(Enum<?> constant) {
        return get(constant.getDeclaringClass().getSimpleName() + "." + constant.name());
    }

    /** A day as ISO text: the form the findings' messages use, so the page and its findings read alike. */
    String day(LocalDate day) {
        return day.toString();
    }

    /** A date as precisely as it is known, saying so where only the year or bounds are. */
    String date(BoundedDate date) {
        switch (date.precision()) {
            case DAY:
                return day(date.day().orElseThrow());
            case YEAR:
                return get("date.year", date.year().orElseThrow());
            default:
                if (date.earliest().isPresent() && date.latest().isPresent()) {
                    return get("date.between", day(date.earliest().get()), day(date.latest().get()));
                }
                return date.earliest().isPresent() ? get("date.notBefore", day(date.earliest().get()))
                        : get("date.notAfter", day(date.latest().orElseThrow()));
        }
    }

    /** A figure as written in the language: a decimal comma in Dutch, exactly the digits the policy gives. */
    String number(BigDecimal value) {
        String plain = value.toPlainString();
        return "nl".equals(language) ? plain.replace('.', ',') : plain;
    }

    String number(BigDecimal value, Qualifier qualifier) {
        return get("Qualifier." + qualifier.name(), number(value));
    }
}
