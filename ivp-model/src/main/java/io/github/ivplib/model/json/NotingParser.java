package io.github.ivplib.model.json;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * The parser data binding reads a document through: it notes where each value stands as the
 * binding meets it, and holds the document to the limits Jackson's own do not cover, so that
 * the document is read once, bound as it is parsed.
 * <p>
 * Every way the binding has to move on notes the token it moves to: those the delegate does not
 * have go through {@link #nextToken()}, those it has (the parser's faster matching of names)
 * are noted after it.
 * Not thread-safe, like every parser.
 */
final class NotingParser extends JsonParserDelegate {

    private final LocatingReader.Source source;
    private final SourcePositions.Recorder recorder;
    private final ReadLimits limits;

    NotingParser(JsonParser parser, LocatingReader.Source source, SourcePositions.Recorder recorder,
            ReadLimits limits) {
        super(parser);
        this.source = source;
        this.recorder = recorder;
        this.limits = limits;
    }

    @Override
    public @Nullable JsonToken nextToken() {
        return noted(delegate.nextToken());
    }

    /** Notes the token the parser has moved to, and refuses it where it passes a limit. */
    private @Nullable JsonToken noted(@Nullable JsonToken token) {
        if (token == null) {
            return null;
        }
        if (token.isStructEnd()) {
            recorder.close();
            return token;
        }
        TokenStreamLocation location = delegate.currentTokenLocation();
        int line = location.getLineNr();
        int column = source.column(location);
        boolean added = token == JsonToken.PROPERTY_NAME
                ? noteName(line, column)
                : recorder.value(token.isStructStart(), line, column);
        if (added) {
            requireWithinCounts(line, column);
        }
        if (token == JsonToken.VALUE_STRING) {
            requireWellFormedText(line, column);
        }
        return token;
    }

    @Override
    public @Nullable JsonToken nextValue() {
        @Nullable JsonToken token = nextToken();
        return token == JsonToken.PROPERTY_NAME ? nextToken() : token;
    }

    @Override
    public @Nullable String nextName() {
        String name = delegate.nextName();
        noted(delegate.currentToken());
        return name;
    }

    @Override
    public boolean nextName(SerializableString name) {
        boolean matches = delegate.nextName(name);
        noted(delegate.currentToken());
        return matches;
    }

    // The parser's own matching, which reads a name from its bytes without making a String of it.
    @Override
    public int nextNameMatch(PropertyNameMatcher matcher) {
        int match = delegate.nextNameMatch(matcher);
        noted(delegate.currentToken());
        return match;
    }

    @Override
    public JsonParser skipChildren() {
        if (!delegate.hasToken(JsonToken.START_OBJECT) && !delegate.hasToken(JsonToken.START_ARRAY)) {
            return this;
        }
        int open = 1;
        while (open > 0) {
            @Nullable JsonToken token = nextToken();
            if (token == null) {
                return this;
            }
            open += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
        }
        return this;
    }

    /**
     * Notes a field name, and refuses it where its object already holds one of that name, which
     * Jackson would bind the last of, silently dropping the first. Jackson refuses it too if
     * asked, but with a set of names for every object of more than two fields, which cost 8 % of
     * reading Venlo's policy; the recorder has the names at hand.
     *
     * @return true, since a field is a value of its object
     */
    private boolean noteName(int line, int column) {
        String name = delegate.currentName();
        if (!recorder.name(name, line, column)) {
            throw new PolicyReadException(ReadDetail.of(ReadProblem.DUPLICATE_FIELD, "", "field", name), pointer(),
                    line, column, null);
        }
        return true;
    }

    /**
     * Refuses a document as soon as one object or array, or the whole, holds more values than
     * the limits allow: Jackson's own limits bound each value and the depth, these the number.
     */
    private void requireWithinCounts(int line, int column) {
        @Nullable Limit exceeded = recorder.holderSize() > limits.maxElementCount() ? Limit.ELEMENT_COUNT
                : recorder.count() > limits.maxValueCount() ? Limit.VALUE_COUNT
                : null;
        if (exceeded != null) {
            String value = pointer();
            // An element too many is told of its list, placed where it stands.
            throw new PolicyReadException(exceeded.exceeded(limits),
                    exceeded == Limit.ELEMENT_COUNT ? value.substring(0, value.lastIndexOf('/')) : value, line, column,
                    null);
        }
    }

    /**
     * Refuses a text longer than the limits allow, or one that escapes half of a character.
     * Jackson checks a text's length only as its buffer grows, which bounds memory but lets a
     * short text pass a small limit; and it takes {@code "\\ud800"} for a character, which no
     * UTF-8 file can hold, so that writing the policy would change it. Field names need neither:
     * Jackson holds them to their limit exactly and refuses half a character in them itself.
     */
    private void requireWellFormedText(int line, int column) {
        // Asked of the parser as binding asks for it, which then costs nothing more.
        String text = delegate.getString();
        if (text.length() > limits.maxStringLength()) {
            throw new PolicyReadException(Limit.STRING_LENGTH.exceeded(limits), pointer(), line, column, null);
        }
        if (source.mayHoldLoneSurrogates() && hasLoneSurrogate(text)) {
            throw new PolicyReadException(ReadDetail.of(ReadProblem.SYNTAX, "surrogate"), pointer(), line, column,
                    null);
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
    private String pointer() {
        return delegate.streamReadContext().pathAsPointer().toString();
    }
}
