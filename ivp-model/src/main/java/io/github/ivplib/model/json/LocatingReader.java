package io.github.ivplib.model.json;

import java.util.Arrays;

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

    /** How much of a wrong root value a message shows. */
    private static final int SHOWN_LENGTH = 40;

    private LocatingReader() {
    }

    static LocatedPolicy read(ObjectReader reader, JsonParser parser) {
        PositionTable positions = new PositionTable();
        ObjectReadContext context = parser.objectReadContext();
        TokenBuffer buffer;
        try (parser) {
            buffer = buffer(parser, positions);
            requireEndOfInput(parser);
        } catch (JacksonIOException e) {
            if (e.getCause() instanceof Utf8Reader.NotUtf8Exception) {
                throw notUtf8((Utf8Reader.NotUtf8Exception) e.getCause());
            }
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

    private static TokenBuffer buffer(JsonParser parser, PositionTable positions) {
        TokenBuffer buffer = TokenBuffer.forBuffering(parser, parser.objectReadContext());
        if (parser.nextToken() == null) {
            throw new PolicyReadException(ReadDetail.of(ReadProblem.SYNTAX, "empty"), "", -1, -1, null);
        }
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw notAnObject(parser);
        }
        // The open objects and arrays: each one's noted value, and for an array the index of its next element (-1 for an object).
        int[] open = new int[16];
        int[] nextIndex = new int[16];
        int depth = 0;
        int field = -1;
        do {
            JsonToken token = parser.currentToken();
            int noted = -1;
            if (depth == 0) {
                TokenStreamLocation at = parser.currentTokenLocation();
                noted = positions.noteDocument(at.getLineNr(), at.getColumnNr());
            } else if (token.isStructEnd()) {
                depth--;
            } else if (nextIndex[depth - 1] < 0) {
                if (token == JsonToken.PROPERTY_NAME) {
                    TokenStreamLocation at = parser.currentTokenLocation();
                    field = positions.noteField(open[depth - 1], parser.currentName(), at.getLineNr(), at.getColumnNr());
                } else {
                    // A field's value stands at the field's name.
                    noted = field;
                }
            } else {
                TokenStreamLocation at = parser.currentTokenLocation();
                noted = positions.noteElement(open[depth - 1], nextIndex[depth - 1]++, at.getLineNr(), at.getColumnNr());
            }
            if (token.isStructStart()) {
                if (depth == open.length) {
                    open = Arrays.copyOf(open, depth * 2);
                    nextIndex = Arrays.copyOf(nextIndex, depth * 2);
                }
                open[depth] = noted;
                nextIndex[depth] = token == JsonToken.START_ARRAY ? 0 : -1;
                depth++;
            }
            buffer.copyCurrentEvent(parser);
        } while (depth > 0 && parser.nextToken() != null);
        return buffer;
    }

    /**
     * A document whose bytes are not UTF-8, placed at the first bad byte: refused rather than
     * read with replacement characters, since the policy read would not be the policy written.
     */
    private static PolicyReadException notUtf8(Utf8Reader.NotUtf8Exception e) {
        return new PolicyReadException(ReadDetail.of(ReadProblem.SYNTAX, "encoding"), "", e.line, e.column, e);
    }

    /** A document whose root is not an object: {@code null}, an array, a text or a number. */
    private static PolicyReadException notAnObject(JsonParser parser) {
        JsonToken token = parser.currentToken();
        String found = token == JsonToken.VALUE_NULL ? "null"
                : token == JsonToken.START_ARRAY ? "[...]"
                : token == JsonToken.VALUE_STRING ? ReadErrors.quote(shortened(parser.getString()))
                : shortened(parser.getString());
        TokenStreamLocation location = parser.currentTokenLocation();
        return new PolicyReadException(ReadDetail.of(ReadProblem.WRONG_TYPE, ReadDetail.FOUND,
                "expected", Shape.OBJECT, "found", found), "", location.getLineNr(), location.getColumnNr(), null);
    }

    /** A value as a message shows it: long ones cut, so that a message stays a line. */
    private static String shortened(String value) {
        return value.length() <= SHOWN_LENGTH ? value : value.substring(0, SHOWN_LENGTH) + "...";
    }

    private static void requireEndOfInput(JsonParser parser) {
        if (parser.nextToken() != null) {
            TokenStreamLocation location = parser.currentTokenLocation();
            throw new PolicyReadException(ReadDetail.of(ReadProblem.SYNTAX, "trailing"), "",
                    location.getLineNr(), location.getColumnNr(), null);
        }
    }
}
