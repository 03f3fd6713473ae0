package io.github.ivplib.model.json;

import static io.github.ivplib.model.json.ReadFailures.MINIMAL;
import static io.github.ivplib.model.json.ReadFailures.readFailure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.ivplib.model.InvalidValueException;
import io.github.ivplib.model.PolicyPart;

/**
 * What the reader says is wrong with a document, in Dutch and in English: each problem and
 * each of its wordings, with the exact words.
 */
class ReadDetailsTest {

    private static final Locale DUTCH = new Locale("nl");
    /** A milestone to put before {@code "kind"} of {@link ReadFailures#MINIMAL}, with its quarters to replace. */
    private static final String MILESTONE = "\"milestones\": [{ \"id\": \"m\", \"year\": 2024, \"kind\": \"OTHER\","
            + " \"text\": \"t\", \"quarters\": QUARTERS }], \"kind\":";
    /** A budget amendment to put before {@code "kind"}, with the field names of its amounts to replace. */
    private static final String AMENDMENT = "\"budget\": { \"amendments\": [{ \"id\": \"a\", \"title\": \"t\","
            + " \"lines\": [{ \"programme\": \"p\", \"description\": \"d\", \"kind\": \"EXPENSE\","
            + " \"amounts\": { YEAR: 1 } }] }] }, \"kind\":";
    private static final String JACKSON_WORDS = "Unexpected token (START_ARRAY)";

    /** The detail in Dutch, then in English. */
    private static List<String> details(PolicyReadException e) {
        return List.of(e.detail(DUTCH), e.detail(Locale.ENGLISH));
    }

    private static List<String> details(String json) {
        return details(readFailure(json));
    }

    private static String withMilestoneQuarters(String quarters) {
        return MINIMAL.replace("\"kind\":", MILESTONE.replace("QUARTERS", quarters));
    }

    private static Properties bundle(String name) throws IOException {
        Properties words = new Properties();
        try (InputStream in = ReadDetail.class.getResourceAsStream(name)) {
            words.load(in);
        }
        return words;
    }

    // --- SYNTAX

    @Test
    void notWellFormedJsonIsToldInTheParsersEnglishAfterADutchSentence() {
        String json = MINIMAL.replace("\"kind\": \"INTEGRAL_SAFETY_PLAN\"", "\"kind\" \"INTEGRAL_SAFETY_PLAN\"");
        String parser = "Unexpected character ('\"' (code 34)): was expecting a colon to separate property name and value";

        assertThat(details(json)).containsExactly("de JSON-parser meldt in het Engels: " + parser, parser);
    }

    @Test
    void anEmptyDocumentIsTold() {
        assertThat(details("")).containsExactly("het document is leeg", "the document is empty");
    }

    @Test
    void contentAfterTheDocumentIsTold() {
        assertThat(details(MINIMAL + "\n{}"))
                .containsExactly("na het einde van het document staat nog tekst", "content after the end of the document");
    }

    // --- DUPLICATE_FIELD

    @Test
    void aDuplicateFieldIsToldByName() {
        assertThat(details(MINIMAL.replace("\"title\":", "\"title\": \"x\", \"title\":")))
                .containsExactly("het veld \"title\" staat twee keer in één object",
                        "field \"title\" appears twice in one object");
    }

    // --- UNKNOWN_FIELD

    @Test
    void anUnknownFieldIsToldByNameWithTheFieldsItsObjectMayHold() {
        assertThat(details(MINIMAL.replace("\"cbsCode\"", "\"cbsCdoe\"")))
                .containsExactly("onbekend veld \"cbsCdoe\"; bekende velden zijn \"cbsCode\", \"districts\", \"formerMunicipalities\", \"foundedOn\", \"name\"",
                        "unknown field \"cbsCdoe\"; known fields are \"cbsCode\", \"districts\", \"formerMunicipalities\", \"foundedOn\", \"name\"");
    }

    // --- MISSING_FIELD

    @Test
    void aMissingFieldIsToldByName() {
        assertThat(details(MINIMAL.replace(", \"cbsCode\": \"GM0957\"", "")))
                .containsExactly("het verplichte veld \"cbsCode\" ontbreekt", "missing required field \"cbsCode\"");
    }

    @Test
    void severalMissingFieldsAreToldByName() {
        assertThat(details(MINIMAL.replace("{ \"name\": \"Roermond\", \"cbsCode\": \"GM0957\" }", "{}")))
                .containsExactly("de verplichte velden \"name\", \"cbsCode\" ontbreken",
                        "missing required fields \"name\", \"cbsCode\"");
    }

    // --- WRONG_TYPE

    @Test
    void aValueOfTheWrongFormatIsToldWithWhatWasExpectedAndWhatWasFound() {
        assertThat(details(MINIMAL.replace("\"first\": 2024", "\"first\": 2024.5")))
                .containsExactly("verwacht wordt een jaartal van vier cijfers, zoals 2024, maar er staat 2024.5",
                        "expected a four-digit year number, such as 2024, but found 2024.5");
    }

    @Test
    void aValueOfTheWrongTypeIsToldWithWhatWasExpected() {
        assertThat(details(MINIMAL.replace("\"GM0957\"", "{}")))
                .containsExactly("verwacht wordt tekst tussen dubbele aanhalingstekens", "expected text in double quotes");
    }

    @Test
    void anUnknownConstantIsToldWithTheKnownOnes() {
        String constants = "\"COUNCIL\", \"COUNCIL_COMMITTEE\", \"EXECUTIVE_BOARD\", \"MAYOR\", \"LOCAL_TRIANGLE\","
                + " \"PROGRAMME_MANAGER\", \"MUNICIPAL_ORGANISATION\", \"STATISTICS_NETHERLANDS\", \"OTHER\"";

        assertThat(details(MINIMAL.replace("\"COUNCIL\"", "\"COLLEGE\"")))
                .containsExactly("verwacht wordt een van " + constants + ", maar er staat \"COLLEGE\"",
                        "expected one of " + constants + ", but found \"COLLEGE\"");
    }

    @Test
    void aDayThatDoesNotExistIsTold() {
        String json = MINIMAL.replace("{ \"adoptedBy\": \"COUNCIL\" }",
                "{ \"adoptedBy\": \"COUNCIL\", \"decisionDate\": \"2023-02-29\" }");

        assertThat(details(json))
                .containsExactly("verwacht wordt een datum die bestaat, zoals \"2024-02-22\", maar er staat \"2023-02-29\"",
                        "expected a date that exists, such as \"2024-02-22\", but found \"2023-02-29\"");
    }

    @Test
    void aFieldNameThatIsNoYearIsTold() {
        assertThat(details(MINIMAL.replace("\"kind\":", AMENDMENT.replace("YEAR", "\"20x4\""))))
                .containsExactly("verwacht wordt een jaartal van vier cijfers als veldnaam, zoals \"2024\", maar er staat \"20x4\"",
                        "expected a four-digit year as the field name, such as \"2024\", but found \"20x4\"");
    }

    @Test
    void aNullIsTold() {
        assertThat(details(MINIMAL.replace("\"GM0957\"", "null")))
                .containsExactly("null is niet toegestaan; laat een optioneel veld liever weg",
                        "null is not allowed; leave an optional field out instead");
    }

    // --- INVALID_VALUE

    @Test
    void aPeriodThatEndsBeforeItStartsIsToldWithItsYears() {
        assertThat(details(MINIMAL.replace("\"last\": 2027", "\"last\": 2023")))
                .containsExactly("het laatste jaar 2023 ligt voor het eerste jaar 2024",
                        "last year 2023 is before first year 2024");
    }

    @Test
    void aFifthQuarterIsTold() {
        assertThat(details(withMilestoneQuarters("{ \"first\": 5, \"last\": 5 }")))
                .containsExactly("kwartaal 5 bestaat niet", "there is no quarter 5");
    }

    @Test
    void quartersInTheWrongOrderAreTold() {
        assertThat(details(withMilestoneQuarters("{ \"first\": 3, \"last\": 2 }")))
                .containsExactly("het eerste kwartaal 3 ligt na het laatste kwartaal 2",
                        "first quarter 3 is after last quarter 2");
    }

    @Test
    void boundsInTheWrongOrderAreToldWithTheirDays() {
        assertThat(details(MINIMAL.replace("\"adoptedBy\": \"COUNCIL\"",
                "\"adoptedBy\": \"COUNCIL\", \"decisionDate\": { \"notBefore\": \"2024-03-01\", \"notAfter\": \"2024-02-01\" }")))
                .containsExactly("notAfter 2024-02-01 ligt voor notBefore 2024-03-01",
                        "notAfter 2024-02-01 is before notBefore 2024-03-01");
    }

    @Test
    void aPartEveryRecordCarriesCannotBeDeclaredNotRecorded() {
        assertThat(details(MINIMAL.replace("\"kind\":", "\"notRecorded\": [\"ADOPTION\"], \"kind\":")))
                .containsExactly("het onderdeel ADOPTION staat in elk record en kan niet als niet vastgelegd worden opgegeven",
                        "part ADOPTION is in every record and cannot be declared not recorded");
    }

    @Test
    void aPartDeclaredNotRecordedThatTheRecordCarriesIsTold() {
        assertThat(details(MINIMAL.replace("\"kind\":", "\"notRecorded\": [\"THEMES\"], \"ambition\": \"Veilig\", \"kind\":")))
                .containsExactly("het onderdeel THEMES heet niet vastgelegd, maar het record bevat het wel",
                        "part THEMES is declared not recorded, but the record carries it");
    }

    @Test
    void partsLeftOutAreReadAsTheRecordSaysThem() {
        assertThat(PolicyJson.read(MINIMAL.replace("\"kind\":", "\"notRecorded\": [\"THEMES\", \"GOALS\"], \"kind\":"))
                .notRecorded()).containsExactlyInAnyOrder(PolicyPart.THEMES, PolicyPart.GOALS);
    }

    // --- SCHEMA_VERSION

    @Test
    void aSchemaVersionThisLibraryDoesNotReadIsToldWithTheOneItReads() {
        assertThat(details(MINIMAL.replace("\"1.0\"", "\"2.0\"")))
                .containsExactly("deze bibliotheek leest schemaversie \"1.0\", niet \"2.0\"",
                        "this library reads schema version \"1.0\", not \"2.0\"");
    }

    @Test
    void aSchemaVersionThatIsNotTextIsTold() {
        assertThat(details(MINIMAL.replace("\"1.0\"", "1.0")))
                .containsExactly("de schemaversie is tekst, zoals \"1.0\"", "the schema version is text, such as \"1.0\"");
    }

    // --- LIMITS

    static Stream<Arguments> limits() {
        return Stream.of(
                Arguments.of("document length", " ".repeat((int) ReadLimits.defaults().maxDocumentLength() + 1) + MINIMAL,
                        "het document is langer dan de grens van 16777216 tekens",
                        "the document is longer than the limit of 16777216 characters"),
                Arguments.of("text length", MINIMAL.replace("Integraal Veiligheidsplan 2024-2027",
                                "x".repeat(ReadLimits.defaults().maxStringLength() + 1)),
                        "een tekst is langer dan de grens van 100000 tekens",
                        "a text is longer than the limit of 100000 characters"),
                Arguments.of("name length", MINIMAL.replace("\"title\":",
                                "\"" + "n".repeat(ReadLimits.defaults().maxNameLength() + 1) + "\": 1, \"title\":"),
                        "een veldnaam is langer dan de grens van 200 tekens",
                        "a field name is longer than the limit of 200 characters"),
                Arguments.of("number length", MINIMAL.replace("\"first\": 2024",
                                "\"first\": " + "1".repeat(ReadLimits.defaults().maxNumberLength() + 1)),
                        "een getal is langer dan de grens van 50 tekens",
                        "a number is longer than the limit of 50 characters"),
                Arguments.of("element count", MINIMAL.replace("\"title\":", "\"goals\": [{\"themeIds\": ["
                                + "\"a\",".repeat(ReadLimits.defaults().maxElementCount()) + "\"a\"]}], \"title\":"),
                        "een lijst of object heeft meer elementen dan de grens van 10000",
                        "a list or object has more elements than the limit of 10000"),
                Arguments.of("value count", MINIMAL.replace("\"title\":", "\"goals\": ["
                                + ("{\"id\": \"g\", \"text\": \"t\", \"themeIds\": [" + "\"a\",".repeat(999) + "\"a\"]},")
                                        .repeat(ReadLimits.defaults().maxValueCount() / 1000) + "{}], \"title\":"),
                        "het document heeft meer waarden dan de grens van 50000",
                        "the document has more values than the limit of 50000"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limits")
    void aSafetyLimitIsToldWithItsValue(String limit, String json, String dutch, String english) {
        assertThat(details(json)).containsExactly(dutch, english);
    }

    /** No policy nests as deep as the default limit, and the reader stops at the first field it does not know. */
    @Test
    void theNestingDepthIsToldWithItsValue() {
        PolicyReader reader = PolicyJson.reader(ReadLimits.defaults().withMaxNestingDepth(4));
        String json = MINIMAL.replace("\"title\":", "\"indicators\": [{\"measurements\": [{}]}], \"title\":");

        assertThat(details(catchThrowableOfType(PolicyReadException.class, () -> reader.read(json))))
                .containsExactly("objecten en arrays zijn dieper genest dan de grens van 4 niveaus",
                        "objects and arrays are nested deeper than the limit of 4 levels");
    }

    // --- what only Jackson or the model can say

    static Stream<Arguments> onlyJacksonOrTheModelCanSay() {
        return Stream.of(
                Arguments.of(ReadProblem.WRONG_TYPE,
                        "verkeerd type of formaat; de JSON-bibliotheek meldt in het Engels: " + JACKSON_WORDS,
                        "wrong type or format: " + JACKSON_WORDS),
                Arguments.of(ReadProblem.INVALID_VALUE,
                        "ongeldige waarde; het model meldt in het Engels: " + JACKSON_WORDS,
                        "invalid value: " + JACKSON_WORDS),
                Arguments.of(ReadProblem.LIMITS,
                        "het document overschrijdt een veiligheidsgrens; de JSON-parser meldt in het Engels: " + JACKSON_WORDS,
                        "the document exceeds a safety limit: " + JACKSON_WORDS));
    }

    /** Where Jackson or the model meets a problem the reader does not know, such as a limit Jackson adds. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("onlyJacksonOrTheModelCanSay")
    void whatOnlyJacksonOrTheModelCanSayIsToldInItsEnglishAfterADutchSentence(ReadProblem problem, String dutch,
            String english) {
        ReadDetail detail = ReadDetail.unexpected(problem, JACKSON_WORDS);

        assertThat(List.of(detail.in(DUTCH), detail.in(Locale.ENGLISH))).containsExactly(dutch, english);
    }

    // --- the message and the words

    @Test
    void theMessageIsTheEnglishDetailWithWhereItIs() {
        PolicyReadException e = readFailure(MINIMAL.replace("\"cbsCode\"", "\"cbsCdoe\""));

        assertThat(e.getMessage()).isEqualTo("unknown field \"cbsCdoe\"; known fields are \"cbsCode\", \"districts\", \"formerMunicipalities\","
                + " \"foundedOn\", \"name\" at /municipality/cbsCdoe (line 4, column 41)");
    }

    @Test
    void aLanguageOtherThanEnglishIsToldInDutch() {
        PolicyReadException e = readFailure("");

        assertThat(e.detail(Locale.GERMAN)).isEqualTo(e.detail(DUTCH));
    }

    @Test
    void dutchAndEnglishWordTheSameThings() throws IOException {
        assertThat(bundle("details.properties").keySet()).isNotEmpty()
                .isEqualTo(bundle("details_en.properties").keySet());
    }

    @Test
    void everyProblemIsWorded() throws IOException {
        Set<Object> keys = bundle("details.properties").keySet();

        assertThat(ReadProblem.values()).allSatisfy(problem -> assertThat(keys)
                .anyMatch(key -> key.equals(problem.name()) || key.toString().startsWith(problem.name() + ".")));
    }

    @Test
    void everyShapeIsWorded() throws IOException {
        Set<Object> keys = bundle("details.properties").keySet();

        assertThat(Shape.values()).allSatisfy(shape -> assertThat(keys).contains("Shape." + shape.name()));
    }

    @Test
    void everyReasonForAnInvalidValueIsWorded() throws IOException {
        Set<Object> keys = bundle("details.properties").keySet();

        assertThat(InvalidValueException.Reason.values())
                .allSatisfy(reason -> assertThat(keys).contains("INVALID_VALUE." + reason.name()));
    }
}
