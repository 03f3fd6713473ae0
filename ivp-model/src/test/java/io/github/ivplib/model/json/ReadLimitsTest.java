package io.github.ivplib.model.json;

import static io.github.ivplib.model.json.ReadFailures.MINIMAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.ivplib.model.SafetyPolicy;

/**
 * The safety limits: each can be set, each holds for every way a document comes in, and a
 * document beyond one is refused naming the limit, its maximum and where it was exceeded.
 */
class ReadLimitsTest {

    private static final Locale DUTCH = new Locale("nl");

    @TempDir
    static Path dir;

    /** A way in: the document as text, bytes, a character stream, a byte stream or a file. */
    private interface InputKind extends Function<String, SafetyPolicy> {
    }

    static Stream<Arguments> inputKinds() {
        return Stream.of(
                Arguments.of("text", (InputKind) json -> reader().read(json)),
                Arguments.of("bytes", (InputKind) json -> reader().read(json.getBytes(StandardCharsets.UTF_8))),
                Arguments.of("character stream", (InputKind) json -> reader().read(new StringReader(json))),
                Arguments.of("byte stream", (InputKind) json -> reader()
                        .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))),
                Arguments.of("file", (InputKind) json -> {
                    try {
                        Path file = Files.writeString(Files.createTempFile(dir, "policy", ".json"), json);
                        return reader().read(file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
    }

    /** Limits far below the defaults, so that small documents exceed them. */
    private static final ReadLimits SMALL = ReadLimits.defaults()
            .withMaxDocumentLength(2_000)
            .withMaxNestingDepth(4)
            .withMaxStringLength(40)
            .withMaxNameLength(20)
            .withMaxNumberLength(6)
            .withMaxElementCount(8)
            .withMaxValueCount(30);

    /**
     * A list one element longer than {@link #SMALL} allows, in a field the policy has: the reader
     * stops at a field it does not know, before what that field holds.
     */
    private static final String NINE_ELEMENTS = "\"goals\": [{\"themeIds\": [\"1\", \"2\", \"3\", \"4\", \"5\", \"6\", \"7\", \"8\", \"99\"]}]";

    /** Goals of five values each, after the seven values before them and their own field: the 31st is the fifth's text. */
    private static final String THIRTY_ONE_VALUES = "\"goals\": ["
            + String.join(", ", Collections.nCopies(6, "{\"id\": \"g\", \"text\": \"t\", \"themeIds\": [\"a\"]}")) + "]";

    private static PolicyReader reader() {
        return PolicyJson.reader(SMALL);
    }

    private static String withField(String field) {
        return MINIMAL.replace("\"title\":", field + ", \"title\":");
    }

    static Stream<Arguments> beyondEachLimit() {
        return Stream.of(
                Arguments.of("DOCUMENT_LENGTH", " ".repeat(2_000) + MINIMAL, "2000"),
                Arguments.of("NESTING_DEPTH", withField("\"indicators\": [{\"measurements\": [{}]}]"), "4"),
                Arguments.of("STRING_LENGTH", MINIMAL.replace("Integraal Veiligheidsplan 2024-2027", "x".repeat(41)), "40"),
                Arguments.of("NAME_LENGTH", withField("\"" + "n".repeat(21) + "\": 1"), "20"),
                Arguments.of("NUMBER_LENGTH", withField("\"x\": 1234567"), "6"),
                Arguments.of("ELEMENT_COUNT", withField(NINE_ELEMENTS), "8"),
                Arguments.of("VALUE_COUNT", withField(THIRTY_ONE_VALUES), "30"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("beyondEachLimit")
    void eachLimitCanBeSetAndNamesItselfAndItsMaximum(String limit, String json, String maximum) {
        PolicyReadException e = catchThrowableOfType(PolicyReadException.class, () -> reader().read(json));

        assertThat(e.problem()).isEqualTo(ReadProblem.LIMITS);
        assertThat(e.arguments()).containsExactly(entry("limit", limit), entry("maximum", maximum));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("beyondEachLimit")
    void whatExceedsASmallerLimitIsWithinTheDefaults(String limit, String json,
            String maximum) {
        PolicyReadException e = catchThrowableOfType(PolicyReadException.class, () -> PolicyJson.read(json));

        assertThat(e == null ? null : e.problem()).isNotEqualTo(ReadProblem.LIMITS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputKinds")
    void theElementCountHoldsForEveryWayIn(String kind, InputKind read) {
        PolicyReadException e = catchThrowableOfType(PolicyReadException.class,
                () -> read.apply(withField(NINE_ELEMENTS)));

        assertThat(e.arguments()).containsEntry("limit", "ELEMENT_COUNT");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputKinds")
    void theDocumentLengthHoldsForEveryWayIn(String kind, InputKind read) {
        PolicyReadException e = catchThrowableOfType(PolicyReadException.class,
                () -> read.apply(" ".repeat(2_000) + MINIMAL));

        assertThat(e.arguments()).containsEntry("limit", "DOCUMENT_LENGTH");
    }

    @Test
    void aListWithAnElementTooManyIsToldAtTheListAndPlacedAtThatElement() {
        String json = withField(NINE_ELEMENTS);

        PolicyReadException e = catchThrowableOfType(PolicyReadException.class, () -> reader().read(json));

        assertThat(e.pointer()).isEqualTo("/goals/0/themeIds");
        assertThat(e.line()).hasValue(6);
        assertThat(e.column()).hasValue(json.split("\n")[5].indexOf("\"99\"") + 1);
    }

    @Test
    void aListOfObjectsWithAnElementTooManyExceedsTheElementCount() {
        String nine = String.join(", ", Collections.nCopies(9, "{\"id\": \"p\", \"name\": \"n\"}"));

        PolicyReadException e = catchThrowableOfType(PolicyReadException.class,
                () -> PolicyJson.reader(ReadLimits.defaults().withMaxElementCount(8))
                        .read(withField("\"preconditions\": [" + nine + "]")));

        assertThat(e.arguments()).containsEntry("limit", "ELEMENT_COUNT");
        assertThat(e.pointer()).isEqualTo("/preconditions");
    }

    @Test
    void anObjectWithAFieldTooManyExceedsTheElementCount() {
        // The root of MINIMAL has seven fields.
        PolicyReadException e = catchThrowableOfType(PolicyReadException.class,
                () -> reader().read(withField("\"goals\": [], \"risks\": []")));

        assertThat(e.pointer()).isEmpty();
        assertThat(e.arguments()).containsEntry("limit", "ELEMENT_COUNT");
    }

    @Test
    void theValueTooManyIsWhereTheValueCountIsExceeded() {
        PolicyReadException e = catchThrowableOfType(PolicyReadException.class,
                () -> reader().read(withField(THIRTY_ONE_VALUES)));

        assertThat(e.pointer()).isEqualTo("/goals/4/text");
    }

    @Test
    void theNewLimitsAreToldInDutchAndEnglish() {
        PolicyReadException e = catchThrowableOfType(PolicyReadException.class,
                () -> reader().read(withField(NINE_ELEMENTS)));

        assertThat(e.detail(DUTCH)).isEqualTo("een lijst of object heeft meer elementen dan de grens van 8");
        assertThat(e.detail(Locale.ENGLISH)).isEqualTo("a list or object has more elements than the limit of 8");
    }

    @Test
    void aTextOfExactlyTheLimitIsRead() {
        String title = "x".repeat(40);

        assertThat(reader().read(MINIMAL.replace("Integraal Veiligheidsplan 2024-2027", title)).title()).isEqualTo(title);
    }

    @Test
    void aNameOfExactlyTheLimitIsWithinIt() {
        PolicyReadException e = catchThrowableOfType(PolicyReadException.class,
                () -> reader().read(withField("\"" + "n".repeat(20) + "\": 1")));

        assertThat(e.problem()).isEqualTo(ReadProblem.UNKNOWN_FIELD);
    }

    @Test
    void aLargerLimitAcceptsWhatTheDefaultRefuses() {
        String title = "x".repeat(ReadLimits.defaults().maxStringLength() + 1);
        String json = MINIMAL.replace("Integraal Veiligheidsplan 2024-2027", title);

        PolicyReader larger = PolicyJson.reader(ReadLimits.defaults().withMaxStringLength(200_000));

        assertThat(larger.read(json).title()).isEqualTo(title);
    }

    @Test
    void aStreamThatNeverEndsIsRefusedAtTheDocumentLength() {
        InputStream endless = new InputStream() {
            private boolean opened;

            @Override
            public int read() {
                if (!opened) {
                    opened = true;
                    return '{';
                }
                return ' ';
            }
        };

        PolicyReadException e = catchThrowableOfType(PolicyReadException.class, () -> reader().read(endless));

        assertThat(e.arguments()).containsEntry("limit", "DOCUMENT_LENGTH");
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        ReadLimits defaults = ReadLimits.defaults();

        assertThat(new long[] {defaults.maxDocumentLength(), defaults.maxNestingDepth(), defaults.maxStringLength(),
                defaults.maxNameLength(), defaults.maxNumberLength(), defaults.maxElementCount(),
                defaults.maxValueCount()})
                .containsExactly(16L * 1024 * 1024, 64, 100_000, 200, 50, 10_000, 50_000);
    }

    @Test
    void theStaticMethodsReadUnderTheDefaults() {
        assertThat(PolicyJson.reader(ReadLimits.defaults()).limits()).isEqualTo(ReadLimits.defaults());
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertThatThrownBy(() -> ReadLimits.defaults().withMaxElementCount(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxElementCount must be at least 1, was 0");
    }

    @Test
    void limitsWithTheSameValuesAreEqual() {
        assertThat(ReadLimits.defaults().withMaxValueCount(5).withMaxValueCount(50_000))
                .isEqualTo(ReadLimits.defaults())
                .hasSameHashCodeAs(ReadLimits.defaults());
    }
}
