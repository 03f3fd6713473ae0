package io.github.ivplib.model.json;

import java.util.HashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.util.TokenBuffer;

/**
 * Reads a document in one pass over its text: the tokens are buffered while the position of
 * every JSON Pointer is noted, then bound to the model from the buffer. Errors found while
 * binding are placed with those positions, since the buffer itself has none.
 */
final class LocatingReader {

    private LocatingReader() {
    }

    static LocatedPolicy read(ObjectReader reader, JsonParser parser) {
        Map<String, SourcePosition> positions = new HashMap<>();
        ObjectReadContext context = parser.objectReadContext();
        TokenBuffer buffer;
        try (parser) {
            buffer = buffer(parser, positions);
            requireEndOfInput(parser);
        } catch (JacksonIOException e) {
            throw e;
        } catch (JacksonException e) {
            throw ReadErrors.translate(e, new SourcePositions(positions), parser);
        }
        SourcePositions located = new SourcePositions(positions);
        try (JsonParser buffered = buffer.asParser(context)) {
            return new LocatedPolicy(reader.readValue(buffered), located);
        } catch (JacksonException e) {
            throw ReadErrors.translate(e, located);
        }
    }

    private static TokenBuffer buffer(JsonParser parser, Map<String, SourcePosition> positions) {
        TokenBuffer buffer = TokenBuffer.forBuffering(parser, parser.objectReadContext());
        if (parser.nextToken() == null) {
            throw new PolicyReadException(ReadDetail.of(ReadProblem.SYNTAX, "empty"), "", -1, -1, null);
        }
        int depth = 0;
        do {
            JsonToken token = parser.currentToken();
            if (token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
                note(parser, positions);
            }
            buffer.copyCurrentEvent(parser);
            if (token.isStructStart()) {
                depth++;
            } else if (token.isStructEnd()) {
                depth--;
            }
        } while (depth > 0 && parser.nextToken() != null);
        return buffer;
    }

    private static void note(JsonParser parser, Map<String, SourcePosition> positions) {
        TokenStreamLocation location = parser.currentTokenLocation();
        if (location.getLineNr() > 0 && location.getColumnNr() > 0) {
            String pointer = parser.streamReadContext().pathAsPointer().toString();
            positions.putIfAbsent(pointer, new SourcePosition(location.getLineNr(), location.getColumnNr()));
        }
    }

    private static void requireEndOfInput(JsonParser parser) {
        if (parser.nextToken() != null) {
            TokenStreamLocation location = parser.currentTokenLocation();
            throw new PolicyReadException(ReadDetail.of(ReadProblem.SYNTAX, "trailing"), "",
                    location.getLineNr(), location.getColumnNr(), null);
        }
    }
}
