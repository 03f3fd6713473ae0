package io.github.ivplib.model.json;

import java.io.InputStream;

import org.jspecify.annotations.Nullable;

import io.github.ivplib.model.SafetyPolicy;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.ObjectReader;

/**
 * Reads a document in one pass over its text, bound to the model as it is parsed while the
 * position of every JSON Pointer is noted ({@link NotingParser}). The first problem in the order
 * of the text is the one told, whether the parser or the binding finds it; errors of binding
 * are placed with the positions noted. Columns are counted in characters, also where the
 * parser reads bytes.
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
         * Whether a text the parser has reached may hold half of a character. Text in Java may
         * hold one as it is; bytes in UTF-8 only through an escape, {@code "\\ud800"}.
         *
         * @return false only if none can
         */
        default boolean mayHoldLoneSurrogates() {
            return true;
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
            public boolean mayHoldLoneSurrogates() {
                return stream.escapesCharacters();
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
        @Nullable SafetyPolicy policy = null;
        @Nullable PolicyReadException failure = null;
        try (parser) {
            JsonParser noting = new NotingParser(parser, source, recorder, limits);
            requireObject(noting, source);
            policy = reader.readValue(noting);
            requireEndOfInput(parser, source);
        } catch (JacksonIOException e) {
            throw e;
        } catch (JacksonException e) {
            PolicyReadException own = ownRefusal(e);
            failure = own != null ? own : ReadErrors.translate(e, recorder.positions(), parser, source, limits);
        } catch (PolicyReadException e) {
            failure = e;
        }
        // A refusal of the bytes stands before whatever the parser made of the document they cut short.
        PolicyReadException refusal = source.refusal(parser);
        if (refusal != null || failure != null) {
            throw refusal != null ? refusal : failure;
        }
        return new LocatedPolicy(policy, recorder.positions());
    }

    /** A refusal of the {@link NotingParser}'s, which data binding wraps where the parser was asked for a field's value. */
    private static @Nullable PolicyReadException ownRefusal(JacksonException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof PolicyReadException) {
                return (PolicyReadException) cause;
            }
        }
        return null;
    }

    private static void requireObject(JsonParser parser, Source source) {
        if (parser.nextToken() == null) {
            throw new PolicyReadException(ReadDetail.of(ReadProblem.SYNTAX, "empty"), "", -1, -1, null);
        }
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw notAnObject(parser, source);
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
