package io.github.ivplib.model.json;

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

    /** Opens the parser of a document; Jackson may already refuse it here, for its length. */
    @FunctionalInterface
    interface Source {
        JsonParser open(ObjectReader reader);
    }

    static LocatedPolicy read(ObjectReader reader, Source source, ReadLimits limits) {
        SourcePositions.Recorder recorder = new SourcePositions.Recorder();
        JsonParser parser;
        try {
            parser = source.open(reader);
        } catch (JacksonIOException e) {
            throw e;
        } catch (JacksonException e) {
            throw ReadErrors.translate(e, recorder.positions(), null, limits);
        }
        ObjectReadContext context = parser.objectReadContext();
        TokenBuffer buffer;
        try (parser) {
            buffer = buffer(parser, recorder, limits);
            requireEndOfInput(parser);
        } catch (JacksonIOException e) {
            if (e.getCause() instanceof Utf8Reader.NotUtf8Exception) {
                throw notUtf8((Utf8Reader.NotUtf8Exception) e.getCause());
            }
            throw e;
        } catch (JacksonException e) {
            throw ReadErrors.translate(e, recorder.positions(), parser, limits);
        }
        SourcePositions located = recorder.positions();
        try (JsonParser buffered = buffer.asParser(context)) {
            return new LocatedPolicy(reader.readValue(buffered), located);
        } catch (JacksonException e) {
            throw ReadErrors.translate(e, located, null, limits);
        }
    }

    private static TokenBuffer buffer(JsonParser parser, SourcePositions.Recorder recorder, ReadLimits limits) {
        TokenBuffer buffer = TokenBuffer.forBuffering(parser, parser.objectReadContext());
        if (parser.nextToken() == null) {
            throw new PolicyReadException(ReadDetail.of(ReadProblem.SYNTAX, "empty"), "", -1, -1, null);
        }
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw notAnObject(parser);
        }
        int depth = 0;
        do {
            JsonToken token = parser.currentToken();
            if (token.isStructEnd()) {
                recorder.close();
                depth--;
            } else {
                TokenStreamLocation location = parser.currentTokenLocation();
                boolean added = token == JsonToken.PROPERTY_NAME
                        ? recorder.name(parser.currentName(), location.getLineNr(), location.getColumnNr())
                        : recorder.value(token.isStructStart(), location.getLineNr(), location.getColumnNr());
                if (added) {
                    requireWithinCounts(parser, recorder, limits);
                }
                requireWellFormedText(parser, token, limits);
                if (token.isStructStart()) {
                    depth++;
                }
            }
            buffer.copyCurrentEvent(parser);
        } while (depth > 0 && parser.nextToken() != null);
        return buffer;
    }

    /**
     * Refuses a text or field name longer than the limits allow, or one that escapes half of a
     * character. Jackson checks their length only as its buffer grows, which bounds memory but
     * lets a short text pass a small limit; and it takes {@code "\\ud800"} for a character,
     * which no UTF-8 file can hold, so that writing the policy would change it.
     */
    private static void requireWellFormedText(JsonParser parser, JsonToken token, ReadLimits limits) {
        boolean name = token == JsonToken.PROPERTY_NAME;
        if (!name && token != JsonToken.VALUE_STRING) {
            return;
        }
        String text = name ? parser.currentName() : parser.getString();
        if (text.length() > (name ? limits.maxNameLength() : limits.maxStringLength())) {
            throw exceeded(parser, name ? Limit.NAME_LENGTH : Limit.STRING_LENGTH, limits, pointer(parser));
        }
        if (hasLoneSurrogate(text)) {
            TokenStreamLocation location = parser.currentTokenLocation();
            throw new PolicyReadException(ReadDetail.of(ReadProblem.SYNTAX, "surrogate"), pointer(parser),
                    location.getLineNr(), location.getColumnNr(), null);
        }
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** The pointer of where the parser stands, made only for an error, since it costs as much as the value is deep. */
    private static String pointer(JsonParser parser) {
        return parser.streamReadContext().pathAsPointer().toString();
    }

    private static PolicyReadException exceeded(JsonParser parser, Limit limit, ReadLimits limits, String pointer) {
        TokenStreamLocation location = parser.currentTokenLocation();
        return new PolicyReadException(limit.exceeded(limits), pointer, location.getLineNr(), location.getColumnNr(),
                null);
    }

    /**
     * Refuses a document as soon as one object or array, or the whole, holds more values than
     * the limits allow: Jackson's own limits bound each value and the depth, these the number.
     */
    private static void requireWithinCounts(JsonParser parser, SourcePositions.Recorder recorder, ReadLimits limits) {
        Limit exceeded = recorder.innermostSize() > limits.maxElementCount() ? Limit.ELEMENT_COUNT
                : recorder.count() > limits.maxValueCount() ? Limit.VALUE_COUNT
                : null;
        if (exceeded != null) {
            String value = pointer(parser);
            // An element too many is told of its list, placed where it stands.
            throw exceeded(parser, exceeded, limits,
                    exceeded == Limit.ELEMENT_COUNT ? value.substring(0, value.lastIndexOf('/')) : value);
        }
    }

    /**
     * A document whose bytes are not UTF-8, placed at the first bad byte: refused rather than
     * read with replacement characters, since the policy read would not be the policy written.
     */
    private static PolicyReadException notUtf8(Utf8Reader.NotUtf8Exception e) {
        return new PolicyReadException(ReadDetail.of(ReadProblem.SYNTAX, e.nul ? "nul" : "encoding"), "", e.line,
                e.column, e);
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
