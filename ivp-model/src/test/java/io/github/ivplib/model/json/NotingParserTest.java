package io.github.ivplib.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every way data binding may move through a document notes the values it passes: the policy's
 * own types use some, a custom deserializer may use any.
 */
class NotingParserTest {

    private static final String DOCUMENT = "{\"a\": {\"b\": [1, 2], \"c\": \"x\"}, \"d\": true}";
    /** The root, a, b and its two elements, c, and d. */
    private static final int VALUES = 7;

    private final SourcePositions.Recorder recorder = new SourcePositions.Recorder();

    private JsonParser noting(String json) {
        JsonParser parser = JsonMapper.builder().build().createParser(json);
        return new NotingParser(parser, reader -> parser, recorder, ReadLimits.defaults());
    }

    @Test
    void skippingAValueNotesWhatItHolds() {
        try (JsonParser parser = noting(DOCUMENT)) {
            parser.nextToken();
            parser.nextToken();
            parser.nextToken();

            parser.skipChildren();

            assertThat(parser.currentToken()).isEqualTo(JsonToken.END_OBJECT);
            assertThat(parser.nextName()).isEqualTo("d");
        }
        assertThat(recorder.positions().locate("/a/c")).map(SourcePosition::column).hasValue(DOCUMENT.indexOf("\"c\"") + 1);
    }

    @Test
    void skippingAScalarMovesNowhere() {
        try (JsonParser parser = noting("[1, 2]")) {
            parser.nextToken();
            parser.nextToken();

            assertThat(parser.skipChildren().currentToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
            assertThat(parser.nextToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
        }
    }

    @Test
    void nextValueGivesTheValuesWithoutTheirNames() {
        List<JsonToken> tokens = new ArrayList<>();
        try (JsonParser parser = noting(DOCUMENT)) {
            for (JsonToken token = parser.nextValue(); token != null; token = parser.nextValue()) {
                tokens.add(token);
            }
        }
        assertThat(tokens).containsExactly(JsonToken.START_OBJECT, JsonToken.START_OBJECT, JsonToken.START_ARRAY,
                JsonToken.VALUE_NUMBER_INT, JsonToken.VALUE_NUMBER_INT, JsonToken.END_ARRAY, JsonToken.VALUE_STRING,
                JsonToken.END_OBJECT, JsonToken.VALUE_TRUE, JsonToken.END_OBJECT);
    }

    @Test
    void nextValuePassesOverFieldNamesAndNotesThem() {
        try (JsonParser parser = noting(DOCUMENT)) {
            JsonToken token = parser.nextValue();
            while (token != null) {
                token = parser.nextValue();
            }
        }
        assertThat(recorder.count()).isEqualTo(VALUES);
    }

    @Test
    void nextNameWithTheNameExpectedNotesIt() {
        try (JsonParser parser = noting(DOCUMENT)) {
            parser.nextToken();

            assertThat(parser.nextName(new SerializedString("a"))).isTrue();
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            assertThat(parser.nextName(new SerializedString("c"))).isFalse();
        }
        assertThat(recorder.positions().locate("/a/b")).map(SourcePosition::column).hasValue(DOCUMENT.indexOf("\"b\"") + 1);
    }

    @Test
    void aFieldTwiceInAnObjectIsRefusedAtTheSecond() {
        String json = "{\"a\": 1, \"b\": 2, \"a\": 3}";

        PolicyReadException e = catchThrowableOfType(PolicyReadException.class, () -> readAll(json));

        assertThat(e.problem()).isEqualTo(ReadProblem.DUPLICATE_FIELD);
        assertThat(e.arguments()).containsEntry("field", "a");
        assertThat(e.pointer()).isEqualTo("/a");
        assertThat(e.column()).hasValue(json.lastIndexOf("\"a\"") + 1);
    }

    @Test
    void theSameNameInOtherObjectsIsNoDuplicate() {
        readAll("{\"a\": {\"a\": 1, \"b\": {\"a\": 2}}, \"b\": [{\"a\": 3}, {\"a\": 4}]}");

        assertThat(recorder.positions().locate("/b/1/a")).isPresent();
    }

    @Test
    void aFieldTwiceInAnObjectOfManyFieldsIsRefused() {
        // Fields noted before the object had many, and after.
        for (String repeated : List.of("f2", "f18")) {
            String json = "{" + fields(0, 20) + ", \"" + repeated + "\": 0}";

            PolicyReadException e = catchThrowableOfType(PolicyReadException.class,
                    () -> readAll(json, new SourcePositions.Recorder()));

            assertThat(e).as(repeated).isNotNull();
            assertThat(e.pointer()).isEqualTo("/" + repeated);
        }
    }

    @Test
    void aFieldTwiceInANestedObjectOfManyFieldsIsRefused() {
        String json = "{\"a\": 1, \"o\": {" + fields(0, 20) + ", \"f18\": 0}}";

        PolicyReadException e = catchThrowableOfType(PolicyReadException.class, () -> readAll(json));

        assertThat(e).isNotNull();
        assertThat(e.pointer()).isEqualTo("/o/f18");
    }

    @Test
    void objectsOfManyFieldsBesideEachOtherHoldTheSameNames() {
        readAll("{\"a\": {" + fields(0, 20) + "}, \"b\": {" + fields(0, 20) + "}, " + fields(0, 20) + "}");

        assertThat(recorder.positions().locate("/f19")).isPresent();
    }

    /** Fields "f{from}" up to "f{to - 1}", of value 0. */
    private static String fields(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> "\"f" + i + "\": 0").collect(Collectors.joining(", "));
    }

    private void readAll(String json) {
        readAll(json, recorder);
    }

    private static void readAll(String json, SourcePositions.Recorder recorder) {
        JsonParser parser = JsonMapper.builder().build().createParser(json);
        try (JsonParser noting = new NotingParser(parser, reader -> parser, recorder, ReadLimits.defaults())) {
            while (noting.nextToken() != null) {
                // Every token is noted as it passes.
            }
        }
    }
}
