package io.github.ivplib.model.json;

import static io.github.ivplib.model.json.ReadFailures.MINIMAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.github.ivplib.model.SafetyPolicy;

/**
 * Input that is no policy document at all is refused with a located, bilingual reason, and
 * nothing is read differently from how it was written.
 */
class MalformedInputTest {

    private static final Locale DUTCH = new Locale("nl");
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** A continuation byte with no lead byte: never valid UTF-8. */
    private static final byte LONE_CONTINUATION = (byte) 0x80;
    /** The lead byte of a two-byte sequence, which the end of input then cuts off. */
    private static final byte CUT_LEAD = (byte) 0xC3;

    @Test
    void nullAtTheRootIsToldAsNotAnObject() {
        PolicyReadException e = readFailure("null");

        assertThat(e.detail(Locale.ENGLISH)).isEqualTo("expected an object, but found null");
        assertThat(e.pointer()).isEmpty();
        assertThat(e.line()).hasValue(1);
        assertThat(e.column()).hasValue(1);
    }

    @Test
    void anArrayAtTheRootIsToldAsNotAnObject() {
        assertThat(readFailure("  [1, 2]").detail(Locale.ENGLISH)).isEqualTo("expected an object, but found [...]");
    }

    @Test
    void aTextAtTheRootIsToldShortened() {
        PolicyReadException e = readFailure("\"" + "x".repeat(100) + "\"");

        assertThat(e.detail(Locale.ENGLISH)).isEqualTo("expected an object, but found \"" + "x".repeat(40) + "...\"");
    }

    @Test
    void aNumberAtTheRootIsToldInDutchToo() {
        assertThat(readFailure("42").detail(DUTCH)).isEqualTo("verwacht wordt een object, maar er staat 42");
    }

    @Test
    void invalidUtf8InsideATextIsRefusedWhereItStands() {
        byte[] document = withBytesInTitle(LONE_CONTINUATION);

        PolicyReadException e = readFailure(document);

        assertThat(e.detail(Locale.ENGLISH)).startsWith("the text is not valid UTF-8");
        assertThat(e.line()).hasValue(6);
        assertThat(e.column()).hasValue(13);
    }

    @Test
    void invalidUtf8AfterCharactersOfSeveralBytesStandsAtItsColumnInCharacters() {
        // é, € and a clef: 2, 3 and 4 bytes, 1, 1 and 2 characters.
        byte[] wide = "\u00e9\u20ac\ud834\udd1e".getBytes(StandardCharsets.UTF_8);
        byte[] document = withBytesInTitle(concat(wide, new byte[] {LONE_CONTINUATION}));

        PolicyReadException e = readFailure(document);

        assertThat(e.detail(Locale.ENGLISH)).startsWith("the text is not valid UTF-8");
        assertThat(e.line()).hasValue(6);
        assertThat(e.column()).hasValue(13 + 4);
    }

    @Test
    void utf8CutOffAtTheEndIsRefused() {
        byte[] cut = (MINIMAL.substring(0, MINIMAL.length() - 1)).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        document.writeBytes(cut);
        document.write(CUT_LEAD);

        assertThat(readFailure(document.toByteArray()).detail(Locale.ENGLISH)).startsWith("the text is not valid UTF-8");
    }

    @Test
    void aUtf16FileIsRefusedWithWhatToDo() {
        byte[] utf16 = MINIMAL.getBytes(StandardCharsets.UTF_16);

        assertThat(readFailure(utf16).detail(DUTCH)).contains("sla een bestand in UTF-16");
    }

    @Test
    void aByteOrderMarkIsPassedOver() {
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        document.writeBytes(BYTE_ORDER_MARK);
        document.writeBytes(MINIMAL.getBytes(StandardCharsets.UTF_8));

        assertThat(PolicyJson.read(new ByteArrayInputStream(document.toByteArray())).id()).isEqualTo("test-ivp-2024-2027");
    }

    @Test
    void nonAsciiTextIsReadAsWritten() {
        String title = "Veiligheid in één oogopslag: Ærø";
        String document = MINIMAL.replace("Integraal Veiligheidsplan 2024-2027", title);

        assertThat(PolicyJson.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))).title())
                .isEqualTo(title);
    }

    @Test
    void anEmptyDocumentIsToldAsEmpty() {
        PolicyReadException e = readFailure("");

        assertThat(e.detail(Locale.ENGLISH)).isEqualTo("the document is empty");
        assertThat(e.pointer()).isEmpty();
    }

    @Test
    void whitespaceOnlyIsToldAsEmpty() {
        assertThat(readFailure(" \n\t\r\n ").detail(DUTCH)).isEqualTo("het document is leeg");
    }

    @Test
    void anEmptyFileIsToldAsEmpty() {
        assertThat(readFailure(new byte[0]).detail(Locale.ENGLISH)).isEqualTo("the document is empty");
    }

    @Test
    void aDocumentCutOffIsASyntaxErrorAtItsEnd() {
        PolicyReadException e = readFailure(MINIMAL.substring(0, MINIMAL.indexOf("\"title\"")));

        assertThat(e.problem()).isEqualTo(ReadProblem.SYNTAX);
        assertThat(e.line()).hasValue(6);
    }

    @Test
    void aByteOrderMarkBeforeTextIsPassedOver() {
        assertThat(PolicyJson.read("\uFEFF" + MINIMAL).id()).isEqualTo("test-ivp-2024-2027");
    }

    @Test
    void aByteOrderMarkInBytesIsPassedOver() {
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        document.writeBytes(BYTE_ORDER_MARK);
        document.writeBytes(MINIMAL.getBytes(StandardCharsets.UTF_8));

        assertThat(PolicyJson.read(document.toByteArray()).id()).isEqualTo("test-ivp-2024-2027");
    }

    @Test
    void aUtf16FileWithoutByteOrderMarkIsToldAsUtf16() {
        PolicyReadException e = readFailure(MINIMAL.getBytes(StandardCharsets.UTF_16LE));

        assertThat(e.detail(Locale.ENGLISH)).startsWith("the text holds a NUL byte");
        assertThat(e.line()).hasValue(1);
        assertThat(e.column()).hasValue(2);
    }

    @Test
    void nanIsASyntaxErrorWhereItStands() {
        PolicyReadException e = readFailure(MINIMAL.replace("\"first\": 2024", "\"first\": NaN"));

        assertThat(e.problem()).isEqualTo(ReadProblem.SYNTAX);
        assertThat(e.line()).hasValue(7);
    }

    @Test
    void infinityIsASyntaxError() {
        assertThat(readFailure(MINIMAL.replace("\"first\": 2024", "\"first\": -Infinity")).problem())
                .isEqualTo(ReadProblem.SYNTAX);
    }

    @Test
    void aYearWithAnExponentIsTheWrongType() {
        PolicyReadException e = readFailure(MINIMAL.replace("\"first\": 2024", "\"first\": 2.024e3"));

        assertThat(e.arguments()).containsExactly(entry("expected", "YEAR"), entry("found", "2.024e3"));
        assertThat(e.pointer()).isEqualTo("/period/first");
    }

    @Test
    void aYearWithAHugeExponentIsTheWrongTypeWithoutBeingComputed() {
        PolicyReadException e = readFailure(MINIMAL.replace("\"first\": 2024", "\"first\": 1e999999999"));

        assertThat(e.arguments()).containsEntry("found", "1e999999999");
    }

    @Test
    void aFiveDigitYearIsTheWrongType() {
        assertThat(readFailure(MINIMAL.replace("\"first\": 2024", "\"first\": 20240")).arguments())
                .containsExactly(entry("expected", "YEAR"), entry("found", "20240"));
    }

    @Test
    void yearZeroIsTheWrongType() {
        assertThat(readFailure(MINIMAL.replace("\"first\": 2024", "\"first\": 0")).arguments())
                .containsExactly(entry("expected", "YEAR"), entry("found", "0"));
    }

    @Test
    void aNumberOfFourHundredDigitsExceedsTheNumberLength() {
        PolicyReadException e = readFailure(MINIMAL.replace("\"first\": 2024", "\"first\": " + "9".repeat(400)));

        assertThat(e.arguments()).containsExactly(entry("limit", "NUMBER_LENGTH"), entry("maximum", "50"));
        assertThat(e.line()).hasValue(7);
    }

    @Test
    void anAmountWithAnExponentIsTheWrongType() {
        PolicyReadException e = readFailure(withBudgetAmount("1.15e5"));

        assertThat(e.arguments()).containsExactly(entry("expected", "DECIMAL"), entry("found", "1.15e5"));
        assertThat(e.pointer()).isEqualTo("/budget/amendments/0/lines/0/amounts/2024");
    }

    @Test
    void aYearTwiceAmongTwentyAmountsIsRefusedAtTheSecond() {
        String years = IntStream.rangeClosed(2000, 2019).mapToObj(year -> "\"" + year + "\": 1")
                .collect(Collectors.joining(", "));

        PolicyReadException e = readFailure(withBudgetAmount("1, " + years + ", \"2010\": 2"));

        assertThat(e.problem()).isEqualTo(ReadProblem.DUPLICATE_FIELD);
        assertThat(e.pointer()).isEqualTo("/budget/amendments/0/lines/0/amounts/2010");
    }

    @Test
    void anAmountOfFourHundredDigitsExceedsTheNumberLength() {
        assertThat(readFailure(withBudgetAmount("9".repeat(400))).arguments())
                .containsEntry("limit", "NUMBER_LENGTH");
    }

    @Test
    void anAmountOfFiftyDigitsKeepsEveryDigit() {
        String amount = "1234567890123456789012345678901234567890.123456789";

        assertThat(PolicyJson.write(PolicyJson.read(withBudgetAmount(amount)))).contains("\"2024\": " + amount);
    }

    @Test
    void aDateThatDoesNotExistIsTheWrongType() {
        assertThat(readFailure(withDecisionDate("2023-02-30")).arguments())
                .containsExactly(entry("expected", "EXISTING_DATE"), entry("found", "\"2023-02-30\""));
    }

    @Test
    void aDateOfYearZeroIsRefused() {
        PolicyReadException e = readFailure(withDecisionDate("0000-01-01"));

        assertThat(e.problem()).isEqualTo(ReadProblem.INVALID_VALUE);
        assertThat(e.arguments()).containsEntry("reason", "YEAR_NOT_FOUR_DIGITS");
    }

    @Test
    void aDateOfAFiveDigitYearIsTheWrongType() {
        assertThat(readFailure(withDecisionDate("12024-01-01")).arguments())
                .containsExactly(entry("expected", "DATE"), entry("found", "\"12024-01-01\""));
    }

    @Test
    void aDuplicateFieldFiveLevelsDeepIsToldWhereItStands() {
        PolicyReadException e = readFailure(MINIMAL.replace("\"title\":",
                "\"indicators\": [{\"measurements\": [{\"year\": 2020, \"year\": 2021}]}], \"title\":"));

        assertThat(e.problem()).isEqualTo(ReadProblem.DUPLICATE_FIELD);
        assertThat(e.pointer()).isEqualTo("/indicators/0/measurements/0/year");
        assertThat(e.line()).hasValue(6);
        assertThat(e.column()).as("the quote that opens the second name").hasValue(51);
    }

    @Test
    void anEscapedControlCharacterIsReadAndWrittenBackExactly() {
        String json = MINIMAL.replace("Integraal Veiligheidsplan", "Integraal\\u0000Veiligheids\\u001fplan");

        SafetyPolicy policy = PolicyJson.read(json);

        assertThat(policy.title()).isEqualTo("Integraal\u0000Veiligheids\u001fplan 2024-2027");
        assertThat(PolicyJson.write(policy)).contains("\"Integraal\\u0000Veiligheids\\u001Fplan 2024-2027\"");
        assertThat(PolicyJson.read(PolicyJson.write(policy))).isEqualTo(policy);
    }

    @Test
    void aRawControlCharacterIsASyntaxErrorWhereItStands() {
        PolicyReadException e = readFailure(MINIMAL.replace("Integraal Veiligheidsplan", "Integraal\u0001Veiligheidsplan"));

        assertThat(e.problem()).isEqualTo(ReadProblem.SYNTAX);
        assertThat(e.line()).hasValue(6);
    }

    @Test
    void aLoneSurrogateIsRefusedSinceNoFileCouldHoldIt() {
        PolicyReadException e = readFailure(MINIMAL.replace("Integraal Veiligheidsplan", "Integraal \\ud800 plan"));

        assertThat(e.detail(Locale.ENGLISH)).startsWith("the text escapes half of a character");
        assertThat(e.pointer()).isEqualTo("/title");
        assertThat(e.line()).hasValue(6);
    }

    @Test
    void aLoneSurrogateInBytesIsRefusedAlsoBeyondTheFirstBufferRead() {
        String json = MINIMAL.replace("\"title\":", " ".repeat(20_000) + "\"title\":")
                .replace("Integraal Veiligheidsplan", "Integraal \\ud800 plan");

        PolicyReadException e = readFailure(json.getBytes(StandardCharsets.UTF_8));

        assertThat(e.detail(Locale.ENGLISH)).startsWith("the text escapes half of a character");
        assertThat(e.pointer()).isEqualTo("/title");
    }

    @Test
    void aLoneHighSurrogateAtTheEndOfATextIsRefused() {
        PolicyReadException e = readFailure(MINIMAL.replace("Integraal Veiligheidsplan 2024-2027", "Integraal \\ud800"));

        assertThat(e.detail(Locale.ENGLISH)).startsWith("the text escapes half of a character");
    }

    @Test
    void aHighSurrogateFollowedByALetterIsRefused() {
        PolicyReadException e = readFailure(MINIMAL.replace("Integraal Veiligheidsplan", "Integraal \\ud800x"));

        assertThat(e.detail(Locale.ENGLISH)).startsWith("the text escapes half of a character");
    }

    @Test
    void aLoneSurrogateInAFieldNameIsRefusedAsInAText() {
        String json = MINIMAL.replace("\"title\":", "\"x\\udc00\": 1, \"title\":");

        assertThat(readFailure(json).detail(Locale.ENGLISH)).startsWith("the text escapes half of a character");
        assertThat(readFailure(json.getBytes(StandardCharsets.UTF_8)).detail(Locale.ENGLISH))
                .startsWith("the text escapes half of a character");
    }

    @Test
    void aPairOfSurrogateEscapesIsOneCharacter() {
        String json = MINIMAL.replace("Integraal Veiligheidsplan", "Integraal \\ud83d\\ude00 plan");

        assertThat(PolicyJson.read(json).title()).isEqualTo("Integraal \uD83D\uDE00 plan 2024-2027");
    }

    @Test
    void aPartNamedTwiceAsNotRecordedIsRefusedAtTheSecond() {
        PolicyReadException e = readFailure(MINIMAL.replace("\"title\":", "\"notRecorded\": [\"THEMES\", \"THEMES\"], \"title\":"));

        assertThat(e.problem()).isEqualTo(ReadProblem.INVALID_VALUE);
        assertThat(e.pointer()).isEqualTo("/notRecorded/1");
        assertThat(e.arguments()).containsExactly(entry("reason", "DUPLICATE_ELEMENT"), entry("element", "\"THEMES\""));
        assertThat(e.detail(DUTCH)).isEqualTo("\"THEMES\" staat meer dan eens in de lijst; elk element hoort er één keer in");
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static byte[] withBytesInTitle(byte... bytes) {
        String[] halves = MINIMAL.split("Integraal Veiligheidsplan", 2);
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        document.writeBytes(halves[0].getBytes(StandardCharsets.UTF_8));
        document.writeBytes(bytes);
        document.writeBytes(halves[1].getBytes(StandardCharsets.UTF_8));
        return document.toByteArray();
    }

    /** The minimal policy with a budget of one line, whose amount for 2024 is written as given. */
    private static String withBudgetAmount(String amount) {
        return MINIMAL.replace("\"title\":", "\"budget\": {\"amendments\": [{\"id\": \"wijziging\", \"title\": \"Wijziging\","
                + " \"scale\": \"EUROS\", \"years\": {\"first\": 2024, \"last\": 2024}, \"lines\": [{\"description\": \"Toezicht\","
                + " \"programme\": \"Programma 1 Veiligheid\", \"kind\": \"EXPENSE\", \"amounts\": {\"2024\": " + amount + "}}]}]}, \"title\":");
    }

    /** The minimal policy with its adoption's decision date written as given. */
    private static String withDecisionDate(String date) {
        return MINIMAL.replace("\"adoptedBy\": \"COUNCIL\"", "\"adoptedBy\": \"COUNCIL\", \"decisionDate\": \"" + date + "\"");
    }

    private static PolicyReadException readFailure(String json) {
        return catchThrowableOfType(PolicyReadException.class, () -> PolicyJson.read(json));
    }

    private static PolicyReadException readFailure(byte[] document) {
        return catchThrowableOfType(PolicyReadException.class, () -> PolicyJson.read(new ByteArrayInputStream(document)));
    }
}
