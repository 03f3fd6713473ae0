package io.github.ivplib.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills message templates: every finding carries its message in each supported language.
 * <p>
 * Templates name their placeholders, {@code {year}}, rather than number them, so that a
 * translator sees what goes where and Dutch apostrophes ("thema's") need no escaping.
 */
final class Messages {

    static final String DUTCH = "nl";
    static final String ENGLISH = "en";
    static final List<Locale> LOCALES = List.of(new Locale(DUTCH), Locale.ENGLISH);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)}");

    private Messages() {
    }

    static String languageOf(Locale locale) {
        return ENGLISH.equals(locale.getLanguage()) ? ENGLISH : DUTCH;
    }

    static Map<String, String> render(Rule rule, String variant, Values values) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (Locale locale : LOCALES) {
            messages.put(locale.getLanguage(), fill(rule.messageTemplate(variant, locale), values));
        }
        return messages;
    }

    static String fill(String template, Values values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            String value = values.asMap().get(matcher.group(1));
            matcher.appendReplacement(text, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(text);
        return text.toString();
    }
}
