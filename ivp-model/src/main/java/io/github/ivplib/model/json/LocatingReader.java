package io.github.ivplib.model.json;

import java.io.InputStream;

import org.jspecify.annotations.Nullable;

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
 * binding are placed with those positions, since the buffer itself has none. Columns are
 * counted in characters, also where the parser reads bytes.
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

        /**
         * The column of a place the parser reports, counted in characters.
         *
         * @param location a place the parser reports, asked of in document order, not null
         * @return its column, counted in characters from 1, or what the parser gave if it knows none
         */
        default int column(TokenStreamLocation location) {
            return location.getColumnNr();
        }

        /**
         * The refusal of a document the parser read up to bytes that are not UTF-8, placed where
         * the parser stopped; null if the document was not refused.
         *
         * @param parser the parser, done reading, not null
         * @return the refusal, may be null
         */
        default @Nullable PolicyReadException refusal(JsonParser parser) {
            return null;
        }
    }

    /**
     * A document in UTF-8, parsed as bytes (twice as fast as parsing the characters decoded from
     * them) and checked to be UTF-8 on the way, whose columns are still counted in characters.
     */
    static Source utf8(InputStream in) {
        Utf8Stream stream = new Utf8Stream(in);
        return new Source() {
            @Override
            public JsonParser open(ObjectReader reader) {
                return reader.createParser(stream);
            }

            @Override
            public int column(TokenStreamLocation location) {
                int bytes = location.getColumnNr();
                return bytes < 1 || location.getByteOffset() < 0 ? bytes : stream.column(location.getByteOffset(), bytes);
            }

            @Override
            public @Nullable PolicyReadException refusal(JsonParser parser) {
                if (!stream.refused()) {
                    return null;
                }
                // The document seemed to the parser to end at the bad byte, so it stopped there.
                TokenStreamLocation location = parser.currentLocation();
                return new PolicyReadException(ReadDetail.of(ReadProblem.SYNTAX, stream.refusedNul() ? "nul" : "encoding"),
                        "", location.getLineNr(), column(location), null);
            }
        };
    }

    static LocatedPolicy read(ObjectReader reader, Source source, ReadLimits limits) {
        SourcePositions.Recorder recorder = new SourcePositions.Recorder();
        JsonParser parser;
        try {
            parser = source.open(reader);
        } catch (JacksonIOException e) {
            throw e;
        } catch (JacksonException e) {
            throw ReadErrors.translate(e, recorder.positions(), null, source, limits);
        }
        ObjectReadContext context = parser.objectReadContext();
        @Nullable TokenBuffer buffer = null;
        @Nullable PolicyReadException failure = null;
        try (parser) {
            buffer = buffer(parser, source, recorder, limits);
            requireEndOfInput(parser, source);
        } catch (JacksonIOException e) {
            throw e;
        } catch (JacksonException e) {
            failure = ReadErrors.translate(e, recorder.positions(), parser, source, limits);
        } catch (PolicyReadException e) {
            failure = e;
        }
        // A refusal of the bytes stands before whatever the parser made of the document they cut short.
        PolicyReadException refusal = source.refusal(parser);
        if (refusal != null || failure != null) {
            throw refusal != null ? refusal : failure;
        }
        SourcePositions located = recorder.positions();
        try (JsonParser buffered = buffer.asParser(context)) {
            return new LocatedPolicy(reader.readValue(buffered), located);
        } catch (JacksonException e) {
            throw ReadErrors.translate(e, located, null, source, limits);
        }
    }

    private static TokenBuffer buffer(JsonParser parser, Source source, SourcePositions.Recorder recorder,
            ReadLimits limits) {
        TokenBuffer buffer = TokenBuffer.forBuffering(parser, parser.objectReadContext());
        if (parser.nextToken() == null) {
            throw new PolicyReadException(ReadDetail.of(ReadProblem.SYNTAX, "empty"), "", -1, -1, null);
        }
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw notAnObject(parser, source);
        }
        int depth = 0;
        do {
            JsonToken token = parser.currentToken();
            if (token.isStructEnd()) {
                recorder.close();
                depth--;
            } else {
                TokenStreamLocation location = parser.currentTokenLocation();
                int line = location.getLineNr();
                int column = source.column(location);
                boolean added = token == JsonToken.PROPERTY_NAME
                        ? recorder.name(parser.currentName(), line, column)
                        : recorder.value(token.isStructStart(), line, column);
                if (added) {
                    requireWithinCounts(parser, recorder, limits, line, column);
                }
                requireWellFormedText(parser, token, limits, line, column);
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
    private static void requireWellFormedText(JsonParser parser, JsonToken token, ReadLimits limits, int line,
            int column) {
        boolean name = token == JsonToken.PROPERTY_NAME;
        if (!name && token != JsonToken.VALUE_STRING) {
            return;
        }
        String text = name ? parser.currentName() : parser.getString();
        if (text.length() > (name ? limits.maxNameLength() : limits.maxStringLength())) {
            throw new PolicyReadException((name ? Limit.NAME_LENGTH : Limit.STRING_LENGTH).exceeded(limits),
                    pointer(parser), line, column, null);
        }
        if (hasLoneSurrogate(text)) {
            throw new PolicyReadException(ReadDetail.of(ReadProblem.SYNTAX, "surrogate"), pointer(parser), line,
                    column, null);
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

    /**
     * Refuses a document as soon as one object or array, or the whole, holds more values than
     * the limits allow: Jackson's own limits bound each value and the depth, these the number.
     */
    private static void requireWithinCounts(JsonParser parser, SourcePositions.Recorder recorder, ReadLimits limits,
            int line, int column) {
        Limit exceeded = recorder.innermostSize() > limits.maxElementCount() ? Limit.ELEMENT_COUNT
                : recorder.count() > limits.maxValueCount() ? Limit.VALUE_COUNT
                : null;
        if (exceeded != null) {
            String value = pointer(parser);
            // An element too many is told of its list, placed where it stands.
            throw new PolicyReadException(exceeded.exceeded(limits),
                    exceeded == Limit.ELEMENT_COUNT ? value.substring(0, value.lastIndexOf('/')) : value, line, column,
                    null);
        }
    }

    /** A document whose root is not an object: {@code null}, an array, a text or a number. */
    private static PolicyReadException notAnObject(JsonParser parser, Source source) {
        JsonToken token = parser.currentToken();
        String found = token == JsonToken.VALUE_NULL ? "null"
                : token == JsonToken.START_ARRAY ? "[...]"
                : token == JsonToken.VALUE_STRING ? ReadErrors.quote(shortened(parser.getString()))
                : shortened(parser.getString());
        TokenStreamLocation location = parser.currentTokenLocation();
        return new PolicyReadException(ReadDetail.of(ReadProblem.WRONG_TYPE, ReadDetail.FOUND,
                "expected", Shape.OBJECT, "found", found), "", location.getLineNr(), source.column(location), null);
    }

    /** A value as a message shows it: long ones cut, so that a message stays a line. */
    private static String shortened(String value) {
        return value.length() <= SHOWN_LENGTH ? value : value.substring(0, SHOWN_LENGTH) + "...";
    }

    private static void requireEndOfInput(JsonParser parser, Source source) {
        if (parser.nextToken() != null) {
            TokenStreamLocation location = parser.currentTokenLocation();
            throw new PolicyReadException(ReadDetail.of(ReadProblem.SYNTAX, "trailing"), "",
                    location.getLineNr(), source.column(location), null);
        }
    }
}
