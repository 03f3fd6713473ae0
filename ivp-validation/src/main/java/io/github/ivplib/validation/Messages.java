package io.github.ivplib.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Fills message templates: every finding carries its message in each supported language.
 * <p>
 * Templates name their placeholders, {@code {year}}, rather than number them, so that a
 * translator sees what goes where and Dutch apostrophes ("thema's") need no escaping. A
 * placeholder with a type, {@code {adoptedBy:Actor}}, shows the value's label in the message's
 * language ("het college van burgemeester en wethouders" for {@code EXECUTIVE_BOARD}) from the
 * {@code labels} bundle, keyed {@code Type.VALUE}; the finding's values keep the constant, which
 * is what the file says. A number the file holds, {@code {value:Decimal}}, is written with the
 * language's decimal separator: 6,2 in Dutch, 6.2 in English.
 */
final class Messages {

    static final String DUTCH = "nl";
    static final String ENGLISH = "en";
    static final List<Locale> LOCALES = List.of(new Locale(DUTCH), Locale.ENGLISH);

    private static final String LABELS = Messages.class.getPackageName() + ".labels";
    /** The placeholder type of a number the file holds, such as a report mark or an amount. */
    private static final String DECIMAL = "Decimal";

    private Messages() {
    }

    /**
     * Loads the Dutch or English bundle of a module. Dutch is the bundle without a language
     * suffix, asked for as the root locale so that no default locale of the JVM takes its place;
     * a control that prevents that fallback cannot be used, since a named module may not pass one.
     */
    static ResourceBundle bundle(String baseName, Locale locale, Module module) {
        return ResourceBundle.getBundle(baseName, ENGLISH.equals(languageOf(locale)) ? Locale.ENGLISH : Locale.ROOT, module);
    }

    static String languageOf(Locale locale) {
        return ENGLISH.equals(locale.getLanguage()) ? ENGLISH : DUTCH;
    }

    /**
     * Renders a finding's message in each language from the values it shows in that language:
     * a rule's finding shows the same values in each, a reading finding adds the reader's
     * {@code {detail}}, which the reader words in each.
     */
    static Map<String, String> render(Rule rule, String variant, Function<Locale, Values> valuesIn) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (Locale locale : LOCALES) {
            messages.put(locale.getLanguage(), fill(rule.messageTemplate(variant, locale), valuesIn.apply(locale), locale));
        }
        return messages;
    }

    /**
     * Fills the placeholders of a template: {@code {name}} or {@code {name:Type}}, a name of
     * letters and digits and a type of letters; anything else between braces is text. Scanned
     * by hand rather than by a regular expression, which took a third of validating Venlo.
     */
    static String fill(String template, Values values, Locale locale) {
        StringBuilder text = new StringBuilder(template.length() + 32);
        int done = 0;
        int open = template.indexOf('{');
        while (open >= 0) {
            int close = placeholderEnd(template, open);
            if (close < 0) {
                open = template.indexOf('{', open + 1);
                continue;
            }
            String placeholder = template.substring(open + 1, close);
            int colon = placeholder.indexOf(':');
            String value = values.asMap().get(colon < 0 ? placeholder : placeholder.substring(0, colon));
            text.append(template, done, open).append(value == null ? template.substring(open, close + 1)
                    : label(colon < 0 ? null : placeholder.substring(colon + 1), value, locale));
            done = close + 1;
            open = template.indexOf('{', done);
        }
        return text.append(template, done, template.length()).toString();
    }

    /** Where the placeholder a brace opens closes, or -1 if the brace opens none. */
    private static int placeholderEnd(String template, int open) {
        int nameEnd = lettersOrDigits(template, open + 1, true);
        if (nameEnd == open + 1) {
            return -1;
        }
        int end = nameEnd;
        if (end < template.length() && template.charAt(end) == ':') {
            end = lettersOrDigits(template, end + 1, false);
            if (end == nameEnd + 1) {
                return -1;
            }
        }
        return end < template.length() && template.charAt(end) == '}' ? end : -1;
    }

    /** Where a run of ASCII letters, and digits if asked, that starts at a place ends. */
    private static int lettersOrDigits(String text, int from, boolean digits) {
        int end = from;
        while (end < text.length() && isAsciiLetterOrDigit(text.charAt(end), digits)) {
            end++;
        }
        return end;
    }

    private static boolean isAsciiLetterOrDigit(char c, boolean digits) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || digits && c >= '0' && c <= '9';
    }

    private static String label(@Nullable String type, String value, Locale locale) {
        if (type == null) {
            return value;
        }
        if (DECIMAL.equals(type)) {
            return decimal(value, locale);
        }
        ResourceBundle labels = bundle(LABELS, locale, Messages.class.getModule());
        String key = type + "." + value;
        return labels.containsKey(key) ? labels.getString(key) : value;
    }

    /**
     * Dutch writes a decimal comma, as the documents do ("6,7"); no digits are grouped, so that
     * an amount reads digit for digit as the file has it and a Dutch grouping dot is never
     * mistaken for a decimal point.
     */
    private static String decimal(String value, Locale locale) {
        return DUTCH.equals(languageOf(locale)) ? value.replace('.', ',') : value;
    }
}
