package io.github.ivplib.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

import io.github.ivplib.model.SamplePolicy;

class SourcePositionsTest {

    private static final String JSON = PolicyJson.write(SamplePolicy.everyField());
    private static final SourcePositions POSITIONS = PolicyJson.readLocated(JSON).positions();
    private static final String ELEVEN_ELEMENTS = "{\"a\": [10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]}";

    private static SourcePosition positionOf(String text) {
        int offset = JSON.indexOf(text);
        String before = JSON.substring(0, offset);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = offset - before.lastIndexOf('\n');
        return new SourcePosition(line, column);
    }

    @Test
    void theDocumentStartsAtLineOneColumnOne() {
        assertThat(POSITIONS.locate("")).hasValue(new SourcePosition(1, 1));
    }

    @Test
    void aFieldStandsAtItsName() {
        assertThat(POSITIONS.locate("/title")).hasValue(positionOf("\"title\""));
    }

    @Test
    void anArrayElementStandsAtItsFirstCharacter() {
        int districts = JSON.indexOf("\"districts\"");
        int element = JSON.indexOf('{', districts);
        String before = JSON.substring(0, element);
        SourcePosition expected = new SourcePosition((int) before.chars().filter(c -> c == '\n').count() + 1,
                element - before.lastIndexOf('\n'));

        assertThat(POSITIONS.locate("/municipality/districts/0")).hasValue(expected);
    }

    @Test
    void aYearKeyedAmountStandsAtItsYear() {
        assertThat(POSITIONS.locate("/budget/amendments/0/lines/0/amounts/2025")).hasValue(positionOf("\"2025\""));
    }

    @Test
    void somethingTheDocumentDoesNotHoldStandsAtItsNearestEnclosingValue() {
        assertThat(POSITIONS.locate("/municipality/notThere/deeper")).isEqualTo(POSITIONS.locate("/municipality"));
    }

    @Test
    void aFieldTheRootObjectDoesNotHoldStandsAtTheRootObject() {
        // Blank lines before the document, so that the root object is not where an unknown place would be put.
        SourcePositions positions = PolicyJson.readLocated("\n\n  " + JSON).positions();

        assertThat(positions.locate("/notThere")).hasValue(new SourcePosition(3, 3));
    }

    @Test
    void anElementBeyondTheEndOfAnArrayStandsAtTheArray() {
        assertThat(POSITIONS.locate("/municipality/districts/99")).isEqualTo(POSITIONS.locate("/municipality/districts"));
    }

    @Test
    void anElementIsFoundByItsIndexAlsoPastTheTenth() {
        SourcePositions positions = positionsOf(ELEVEN_ELEMENTS);

        assertThat(positions.locate("/a/10")).map(SourcePosition::column).hasValue(ELEVEN_ELEMENTS.indexOf("20") + 1);
        assertThat(positions.locate("/a/1")).map(SourcePosition::column).hasValue(ELEVEN_ELEMENTS.indexOf("11") + 1);
        assertThat(positions.locate("/a/9")).map(SourcePosition::column).hasValue(ELEVEN_ELEMENTS.indexOf("19") + 1);
    }

    @Test
    void aSegmentThatIsNoIndexNamesNoElement() {
        SourcePositions positions = positionsOf(ELEVEN_ELEMENTS);

        // "01" and "+1" would be element 1 if read as numbers, which RFC 6901 does not allow, and 2^32 + 1 if
        // counted in an int.
        for (String segment : new String[] {"01", "00", "+1", "-0", "1x", "", "4294967297"}) {
            assertThat(positions.locate("/a/" + segment)).as(segment).isEqualTo(positions.locate("/a"));
        }
    }

    @Test
    void aValueNestedFortyDeepIsLocated() {
        String json = "[".repeat(40) + "1" + "]".repeat(40);

        assertThat(positionsOf(json).locate("/0".repeat(40))).map(SourcePosition::column).hasValue(41);
    }

    private static SourcePositions positionsOf(String json) {
        SourcePositions.Recorder recorder = new SourcePositions.Recorder();
        JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), json);
        try (JsonParser noting = new NotingParser(parser, reader -> parser, recorder, ReadLimits.defaults())) {
            while (noting.nextToken() != null) {
                // Every token is noted as it passes.
            }
        }
        return recorder.positions();
    }

    @Test
    void everyValueStandsWhereJacksonPlacesItsPointer() {
        Map<String, SourcePosition> jackson = jacksonPositions(JSON);

        assertThat(jackson).hasSizeGreaterThan(200).allSatisfy((pointer, position) ->
                assertThat(POSITIONS.locate(pointer)).as(pointer).hasValue(position));
        assertThat(POSITIONS.size()).isEqualTo(jackson.size());
    }

    @Test
    void columnsCountCharactersWhenADocumentOfManyLinesIsReadAsBytes() {
        // Two-, three- and four-byte characters (the last two characters of UTF-16) before the next field on their line.
        String wide = JSON.replace("\"name\": \"", "\"name\": \"\u00c9\u00e9n \u20ac \ud834\udd1e ")
                .replaceAll("(\"name\": \"[^\"]*\",)\n\\s*", "$1 ");

        assertSamePositionsAsText(wide);
    }

    @Test
    void columnsCountCharactersWhenTheWholeDocumentIsOneLineOfBytes() {
        String oneLine = JSON.replace("\"name\": \"", "\"name\": \"\u00e9\u00e9\u00e9 \ud834\udd1e\u20ac")
                .replaceAll("\n\\s*", "");

        assertSamePositionsAsText(oneLine);
    }

    /** Every value read from the UTF-8 bytes of a document stands where Jackson's parser of its text places it. */
    private static void assertSamePositionsAsText(String json) {
        SourcePositions fromBytes = PolicyJson.readLocated(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
                .positions();

        Map<String, SourcePosition> jackson = jacksonPositions(json);
        assertThat(jackson).hasSizeGreaterThan(200).allSatisfy((pointer, position) ->
                assertThat(fromBytes.locate(pointer)).as(pointer).hasValue(position));
    }

    private static Map<String, SourcePosition> jacksonPositions(String json) {
        Map<String, SourcePosition> jackson = new LinkedHashMap<>();
        try (JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (!token.isStructEnd()) {
                    TokenStreamLocation at = parser.currentTokenLocation();
                    jackson.putIfAbsent(parser.streamReadContext().pathAsPointer().toString(),
                            new SourcePosition(at.getLineNr(), at.getColumnNr()));
                }
            }
        }
        return jackson;
    }

    @Test
    void positionsWithoutSomeFieldsPlaceTheirValuesAtTheDocumentAndKeepTheRest() {
        SourcePositions kept = POSITIONS.withoutFields(Set.of("themes", "budget"));

        assertThat(kept.locate("/themes/0/name")).isEqualTo(POSITIONS.locate(""));
        assertThat(kept.locate("/budget")).isEqualTo(POSITIONS.locate(""));
        assertThat(kept.locate("/adoption/decisionDate")).isEqualTo(POSITIONS.locate("/adoption/decisionDate"));
        assertThat(kept.locate("/municipality/districts/0")).isEqualTo(POSITIONS.locate("/municipality/districts/0"));
        assertThat(kept.size()).isLessThan(POSITIONS.size());
    }
}
