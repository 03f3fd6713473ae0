package io.github.ivplib.validation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.github.ivplib.model.json.PolicyJson;
import io.github.ivplib.model.json.ReadLimits;
import io.github.ivplib.validation.Finding;
import io.github.ivplib.validation.ValidPolicy;
import io.github.ivplib.validation.Validator;

/**
 * The one finding of a document that cannot be read, for each reading rule: its message reads
 * Dutch all through in a Dutch report and English in an English one, and its values are the
 * reader's facts.
 */
class ReadingFindingsTest {

    private static final Locale DUTCH = new Locale("nl");
    private static final String VALID = PolicyJson.write(ValidPolicy.policy());
    private static final String MUNICIPALITY_CODE = "\"cbsCode\": \"GM9999\"";
    private static final String TITLE = "\"title\": \"Integraal Veiligheidsplan 2024-2027\"";
    private static final String PERIOD_END = "\"last\": 2027";
    /** A title one character beyond the reader's limit on text. */
    private static final String LONG_TITLE = "\"title\": \"" + "x".repeat(ReadLimits.defaults().maxStringLength() + 1) + "\"";

    private static Finding findingOf(String json) {
        List<Finding> findings = Validator.defaults().validate(json, null).findings();
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    /** The finding's message in Dutch, then in English. */
    private static List<String> messages(String json) {
        Finding finding = findingOf(json);
        return List.of(finding.message(DUTCH), finding.message(Locale.ENGLISH));
    }

    @Test
    void notWellFormedJsonLeadsWithDutchBeforeTheParsersEnglish() {
        String parser = "Unexpected character ('\"' (code 34)): was expecting a colon to separate property name and value";

        assertThat(messages(VALID.replace("\"kind\": \"INTEGRAL_SAFETY_PLAN\"", "\"kind\" \"INTEGRAL_SAFETY_PLAN\"")))
                .containsExactly("Het bestand is geen geldige JSON (de JSON-parser meldt in het Engels: " + parser + ").",
                        "The file is not well-formed JSON (" + parser + ").");
    }

    @Test
    void aDuplicateField() {
        assertThat(messages(VALID.replace(TITLE, "\"title\": \"x\", " + TITLE))).containsExactly(
                "Het veld 'title' staat twee keer in hetzelfde object; het tweede zou het eerste stilzwijgend vervangen.",
                "The field 'title' appears twice in one object; the second would silently replace the first.");
    }

    @Test
    void anUnknownField() {
        assertThat(messages(VALID.replaceFirst(MUNICIPALITY_CODE, "\"cbsCdoe\": \"GM9999\""))).containsExactly(
                "Het veld 'cbsCdoe' is onbekend, waarschijnlijk een typefout (onbekend veld \"cbsCdoe\"; bekende velden"
                        + " zijn \"cbsCode\", \"districts\", \"formerMunicipalities\", \"foundedOn\", \"name\").",
                "The field 'cbsCdoe' is unknown, likely a typo (unknown field \"cbsCdoe\"; known fields are \"cbsCode\","
                        + " \"districts\", \"formerMunicipalities\", \"foundedOn\", \"name\").");
    }

    @Test
    void aMissingField() {
        assertThat(messages(VALID.replaceFirst(MUNICIPALITY_CODE + ",", "")))
                .containsExactly("Het verplichte veld 'cbsCode' ontbreekt.", "The required field 'cbsCode' is missing.");
    }

    @Test
    void aValueOfTheWrongType() {
        assertThat(messages(VALID.replace("\"first\": 2024,", "\"first\": \"2024\","))).containsExactly(
                "Het veld 'first' heeft een waarde van het verkeerde type of formaat (verwacht wordt een jaartal van"
                        + " vier cijfers, zoals 2024, maar er staat \"2024\").",
                "The field 'first' has a value of the wrong type or format (expected a four-digit year number, such as"
                        + " 2024, but found \"2024\").");
    }

    @Test
    void aSchemaVersionTheLibraryDoesNotRead() {
        assertThat(messages(VALID.replace("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"2.0\""))).containsExactly(
                "Deze schemaversie kan de bibliotheek niet lezen (deze bibliotheek leest schemaversie \"1.0\", niet \"2.0\").",
                "The library cannot read this schema version (this library reads schema version \"1.0\", not \"2.0\").");
    }

    @Test
    void aSafetyLimit() {
        assertThat(messages(VALID.replace(TITLE, LONG_TITLE))).containsExactly(
                "Het bestand overschrijdt een veiligheidsgrens (een tekst is langer dan de grens van 100000 tekens).",
                "The file exceeds a safety limit (a text is longer than the limit of 100000 characters).");
    }

    @Test
    void aValueThatCannotExist() {
        assertThat(messages(VALID.replace(PERIOD_END, "\"last\": 2023"))).containsExactly(
                "Het veld 'period' heeft een waarde die niet kan bestaan (het laatste jaar 2023 ligt voor het eerste"
                        + " jaar 2024).",
                "The field 'period' has a value that cannot exist (last year 2023 is before first year 2024).");
    }

    @Test
    void aFifthQuarter() {
        assertThat(messages(VALID.replaceFirst("\"first\": 1,\n        \"last\": 1", "\"first\": 5,\n        \"last\": 5")))
                .containsExactly("Kwartalen lopen van 1 tot en met 4 en het eerste kwartaal ligt niet na het laatste"
                                + " (kwartaal 5 bestaat niet).",
                        "Quarters run from 1 to 4 and the first quarter is not after the last (there is no quarter 5).");
    }

    @Test
    void theValuesAreTheReadersFactsNotItsWords() {
        Finding finding = findingOf(VALID.replaceFirst(MUNICIPALITY_CODE, "\"cbsCdoe\": \"GM9999\""));

        assertThat(finding.values()).containsExactly(entry("field", "cbsCdoe"),
                entry("knownFields", "\"cbsCode\", \"districts\", \"formerMunicipalities\", \"foundedOn\", \"name\""));
    }

    @Test
    void aWrongTypeHasTheExpectedShapeAndTheValueFoundAsValues() {
        Finding finding = findingOf(VALID.replace("\"first\": 2024,", "\"first\": \"2024\","));

        assertThat(finding.values()).containsExactly(entry("field", "first"), entry("expected", "YEAR"),
                entry("found", "\"2024\""));
    }

    @Test
    void aSafetyLimitHasTheLimitAndItsMaximumAsValues() {
        Finding finding = findingOf(VALID.replace(TITLE, LONG_TITLE));

        assertThat(finding.values()).containsExactly(entry("field", "title"), entry("limit", "STRING_LENGTH"),
                entry("maximum", "100000"));
    }
}
