package io.github.ivplib.model.json;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with a document that cannot be read, as facts: the problem, which of its
 * wordings applies, and the values that wording names (a field name, the known fields, the
 * expected shape, a limit).
 * <p>
 * The bundle {@code details} beside this class (Dutch, and English in {@code details_en}) is
 * the one place that words reading problems, keyed by the problem, or by the problem, a dot and
 * the variant. Its templates name their placeholders as the validator's messages do:
 * {@code {field}}, and {@code {expected:Shape}} for the label {@code Shape.YEAR} of the value.
 */
record ReadDetail(ReadProblem problem, String variant, Map<String, String> arguments) implements Serializable {

    /** The variant of a {@link ReadProblem#WRONG_TYPE} that names the value found as well as the one expected. */
    static final String FOUND = "found";
    /** The variant of a problem that only Jackson or the model can describe, in its English words. */
    static final String UNEXPECTED = "unexpected";
    /** The argument that holds those English words. */
    static final String ORIGINAL_MESSAGE = "originalMessage";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)(?::([A-Za-z]+))?}");
    private static final String BUNDLE = ReadDetail.class.getPackageName() + ".details";

    /**
     * Names what is wrong.
     *
     * @param problem the problem, not null
     * @param variant "" for the problem's main wording, or one of its variants, not null
     * @param namesAndValues the arguments, names and values alternating, not null
     * @return the detail, not null
     */
    static ReadDetail of(ReadProblem problem, String variant, Object... namesAndValues) {
        Map<String, String> arguments = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            arguments.put(String.valueOf(namesAndValues[i]), String.valueOf(namesAndValues[i + 1]));
        }
        return new ReadDetail(problem, variant, Collections.unmodifiableMap(arguments));
    }

    /** A problem only Jackson or the model can describe: its English words, after words of ours in Dutch. */
    static ReadDetail unexpected(ReadProblem problem, String originalMessage) {
        return of(problem, UNEXPECTED, ORIGINAL_MESSAGE, originalMessage);
    }

    /**
     * Words the detail in a language: Dutch unless English is asked for.
     *
     * @param locale the language, not null
     * @return the words, not null
     */
    String in(Locale locale) {
        // Dutch is the bundle without a suffix, asked for as the root locale so that no default
        // locale of the JVM takes its place: a named module may not pass a control preventing that.
        ResourceBundle words = ResourceBundle.getBundle(BUNDLE,
                "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT, ReadDetail.class.getModule());
        return fill(words.getString(variant.isEmpty() ? problem.name() : problem.name() + "." + variant), words);
    }

    private String fill(String template, ResourceBundle words) {
        return PLACEHOLDER.matcher(template).replaceAll(placeholder -> {
            String value = arguments.get(placeholder.group(1));
            String shown = value == null ? placeholder.group()
                    : placeholder.group(2) == null ? value
                    : fill(words.getString(placeholder.group(2) + "." + value), words);
            return Matcher.quoteReplacement(shown);
        });
    }
}
