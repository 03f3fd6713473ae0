package io.github.ivplib.validation.properties;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.ivplib.model.generators.Draw;
import io.github.ivplib.model.json.PolicyJson;
import io.github.ivplib.model.json.ReadLimits;

/**
 * A small change to the text of a valid policy, as {@link PolicyJson} writes it, that the reader
 * refuses with one finding of one reading rule. The patterns rely on the writer's layout: fields
 * in the model's order, two spaces a level, one field a line, text escaped but for line separators.
 */
enum JsonMutation {

    NOT_WELL_FORMED("json/syntax", json -> true, JsonMutation::notWellFormed),
    FIELD_TWICE("json/duplicate-field", json -> true,
            (json, draw) -> json.replaceFirst("^\\{\n", "{\n  \"title\": \"Nog een titel\",\n")),
    UNKNOWN_FIELD("json/unknown-field", json -> true,
            (json, draw) -> json.replaceFirst("^\\{\n", "{\n  \"titel\": \"Een tikfout\",\n")),
    REQUIRED_FIELD_MISSING("json/missing-field", json -> true,
            (json, draw) -> json.replaceFirst("\n  \"" + draw.pick("title", "kind") + "\": [^\n]*\n", "\n")),
    WRONG_TYPE("json/wrong-type", json -> true, (json, draw) -> draw.chance(0.5)
            ? json.replaceFirst("\"first\": ([0-9]{4})", "\"first\": \"$1\"")
            : json.replaceFirst("\n  \"kind\": \"[A-Z_]+\"", "\n  \"kind\": \"VEILIGHEIDSPLAN\"")),
    SCHEMA_VERSION_UNKNOWN("json/schema-version", json -> true,
            (json, draw) -> json.replaceFirst("\"schemaVersion\": \"[^\"]*\"", "\"schemaVersion\": \"9.9\"")),
    TEXT_TOO_LONG("json/limits", json -> true, (json, draw) -> json.replaceFirst("\n  \"title\": [^\n]*\n",
            "\n  \"title\": \"" + "a".repeat(ReadLimits.defaults().maxStringLength() + 1) + "\",\n")),
    PERIOD_ENDS_BEFORE_IT_STARTS("json/invalid-value", json -> true, JsonMutation::periodEndsBeforeItStarts),
    QUARTER_FIVE("pc-cycle/quarter-range", JsonMutation::hasQuarters, JsonMutation::quarterFive);

    private static final Pattern QUARTERS = Pattern.compile("(\"quarters\": \\{\\s*\"first\": )[1-4]");
    private static final Pattern PERIOD = Pattern.compile("\"period\": \\{\\s*\"first\": ([0-9]{4}),\\s*\"last\": [0-9]{4}");

    private final String expected;
    private final Predicate<String> appliesTo;
    private final BiFunction<String, Draw, String> change;

    JsonMutation(String expected, Predicate<String> appliesTo, BiFunction<String, Draw, String> change) {
        this.expected = expected;
        this.appliesTo = appliesTo;
        this.change = change;
    }

    /** @return whether the change can be made to the text, not null */
    boolean appliesTo(String json) {
        return appliesTo.test(json);
    }

    /** @return the changed text, not null */
    String apply(String json, Draw draw) {
        return change.apply(json, draw);
    }

    /** @return the id of the one rule whose finding the reader reports, not null */
    String expected() {
        return expected;
    }

    /** The closing brace gone, one too many, or a stray letter before a line's first token. */
    private static String notWellFormed(String json, Draw draw) {
        switch (draw.between(0, 2)) {
            case 0:
                return json.substring(0, json.lastIndexOf('}'));
            case 1:
                return json + "}";
            default:
                List<String> lines = List.of(json.split("\n", -1));
                int line = draw.between(1, lines.size() - 2);
                String text = lines.get(line);
                int indent = text.length() - text.stripLeading().length();
                StringBuilder changed = new StringBuilder();
                for (int i = 0; i < lines.size(); i++) {
                    changed.append(i == line ? text.substring(0, indent) + "x" + text.substring(indent) : lines.get(i));
                    if (i < lines.size() - 1) {
                        changed.append('\n');
                    }
                }
                return changed.toString();
        }
    }

    private static boolean hasQuarters(String json) {
        return QUARTERS.matcher(json).find();
    }

    private static String quarterFive(String json, Draw draw) {
        return QUARTERS.matcher(json).replaceFirst("$1" + 5);
    }

    private static String periodEndsBeforeItStarts(String json, Draw draw) {
        Matcher period = PERIOD.matcher(json);
        if (!period.find()) {
            throw new IllegalStateException("the writer no longer writes the period as this mutation expects");
        }
        int first = Integer.parseInt(period.group(1));
        return period.replaceFirst("\"period\": {\n    \"first\": " + first + ",\n    \"last\": " + (first - 1));
    }
}
