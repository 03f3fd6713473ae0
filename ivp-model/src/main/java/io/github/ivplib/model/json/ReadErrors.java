package io.github.ivplib.model.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.ivplib.model.MissingFieldException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns Jackson's exceptions into a {@link PolicyReadException} with a problem, a JSON Pointer
 * and words for the person who edits the file, without Java class names.
 */
final class ReadErrors {

    private static final String SCHEMA_VERSION_POINTER = "/schemaVersion";

    private ReadErrors() {
    }

    static PolicyReadException translate(JacksonException e) {
        String pointer = pointer(e.getPath());
        TokenStreamLocation location = e.getLocation();
        int line = location == null ? -1 : location.getLineNr();
        int column = location == null ? -1 : location.getColumnNr();
        Throwable cause = rootCause(e);

        if (e instanceof StreamConstraintsException) {
            return new PolicyReadException(ReadProblem.LIMITS, pointer, line, column,
                    "the document exceeds a safety limit: " + firstSentence(e.getOriginalMessage()), e);
        }
        if (e instanceof StreamReadException) {
            return syntaxOrDuplicate(e, parserPointer((StreamReadException) e), line, column);
        }
        if (e instanceof UnrecognizedPropertyException) {
            return unknownField((UnrecognizedPropertyException) e, pointer, line, column);
        }
        if (cause instanceof MissingFieldException) {
            List<String> names = ((MissingFieldException) cause).fieldNames();
            String detail = names.size() == 1
                    ? "missing required field \"" + names.get(0) + "\""
                    : "missing required fields " + quoted(names);
            return new PolicyReadException(ReadProblem.MISSING_FIELD,
                    pointer + "/" + escape(names.get(0)), line, column, detail, e);
        }
        if (cause instanceof IllegalArgumentException && !(cause instanceof JacksonException)) {
            return new PolicyReadException(ReadProblem.INVALID_VALUE, pointer, line, column,
                    "invalid value: " + cause.getMessage(), e);
        }
        if (SCHEMA_VERSION_POINTER.equals(pointer)) {
            return new PolicyReadException(ReadProblem.SCHEMA_VERSION, pointer, line, column,
                    e.getOriginalMessage(), e);
        }
        if (e instanceof InvalidNullException) {
            return new PolicyReadException(ReadProblem.WRONG_TYPE, pointer, line, column,
                    "null is not allowed; leave an optional field out instead", e);
        }
        if (e.getOriginalMessage().startsWith("Trailing token")) {
            return new PolicyReadException(ReadProblem.SYNTAX, pointer, line, column,
                    "content after the end of the document", e);
        }
        return new PolicyReadException(ReadProblem.WRONG_TYPE, pointer, line, column,
                wrongTypeDetail(e), e);
    }

    private static PolicyReadException syntaxOrDuplicate(JacksonException e, String pointer,
            int line, int column) {
        String message = e.getOriginalMessage();
        if (message.startsWith("Duplicate Object property")) {
            String name = between(message, "\"", "\"");
            String field = pointer.isEmpty() || pointer.endsWith("/" + escape(name))
                    ? pointer : pointer + "/" + escape(name);
            return new PolicyReadException(ReadProblem.DUPLICATE_FIELD, field, line, column,
                    "field \"" + name + "\" appears twice in one object", e);
        }
        return new PolicyReadException(ReadProblem.SYNTAX, pointer, line, column,
                "not well-formed JSON: " + firstSentence(message), e);
    }

    private static PolicyReadException unknownField(UnrecognizedPropertyException e,
            String pointer, int line, int column) {
        String known = e.getKnownPropertyIds() == null ? ""
                : "; known fields are " + quoted(e.getKnownPropertyIds().stream()
                        .map(String::valueOf).sorted().collect(Collectors.toList()));
        return new PolicyReadException(ReadProblem.UNKNOWN_FIELD, pointer, line, column,
                "unknown field \"" + e.getPropertyName() + "\"" + known, e);
    }

    private static String wrongTypeDetail(JacksonException e) {
        if (e instanceof MismatchedInputException) {
            Class<?> target = ((MismatchedInputException) e).getTargetType();
            String message = e.getOriginalMessage();
            if (message.startsWith("expected ") || message.startsWith("the ")) {
                return message;
            }
            if (target != null) {
                return "expected " + describe(target);
            }
        }
        return "wrong type or format: " + firstSentence(e.getOriginalMessage());
    }

    /** Says what a value of the type looks like in JSON, in words. */
    static String describe(Class<?> type) {
        if (type == Year.class) {
            return "a whole year number, such as 2024";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == BigDecimal.class) {
            return "a plain decimal number, such as 115000.50";
        }
        if (type == String.class) {
            return "text in double quotes";
        }
        if (type == LocalDate.class) {
            return "a date as text, such as \"2024-02-22\"";
        }
        if (type.isEnum()) {
            return "one of " + quoted(Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name()).collect(Collectors.toList()));
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object keyed by year";
        }
        return "an object";
    }

    /** The pointer of where the parser stood, for errors raised below data binding. */
    private static String parserPointer(StreamReadException e) {
        if (!(e.processor() instanceof JsonParser)) {
            return "";
        }
        Deque<String> steps = new ArrayDeque<>();
        for (TokenStreamContext context = ((JsonParser) e.processor()).streamReadContext();
                context != null && !context.inRoot(); context = context.getParent()) {
            if (context.inArray()) {
                steps.push(String.valueOf(Math.max(context.getCurrentIndex(), 0)));
            } else if (context.currentName() != null) {
                steps.push(escape(context.currentName()));
            }
        }
        return steps.isEmpty() ? "" : "/" + String.join("/", steps);
    }

    static String pointer(List<JacksonException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            pointer.append('/');
            String name = reference.getPropertyName();
            if (name != null) {
                pointer.append(escape(name));
            } else if (reference.getIndex() >= 0) {
                pointer.append(reference.getIndex());
            }
        }
        return pointer.toString();
    }

    /** Escapes a field name for a JSON Pointer, as RFC 6901 section 3 requires. */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String quoted(Collection<String> names) {
        return names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
    }

    private static String firstSentence(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static String between(String text, String open, String close) {
        int start = text.indexOf(open);
        int end = start < 0 ? -1 : text.indexOf(close, start + 1);
        return end < 0 ? "" : text.substring(start + 1, end);
    }
}
