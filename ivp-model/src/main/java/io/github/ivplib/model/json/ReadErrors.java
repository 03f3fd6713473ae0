package io.github.ivplib.model.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.ivplib.model.BoundedDate;
import io.github.ivplib.model.MissingFieldException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
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

    /** What is wrong and where, before it is placed in the text. */
    private record Diagnosis(ReadProblem problem, String pointer, String detail) {
    }

    /**
     * Translates an error of the parser or of data binding.
     *
     * @param e the error, not null
     * @param positions where the values read so far stand, to place errors of data binding
     *        (which reads from a buffer that has no positions of its own), not null
     */
    static PolicyReadException translate(JacksonException e, SourcePositions positions) {
        return translate(e, positions, null);
    }

    /**
     * Translates an error met while reading the text.
     *
     * @param e the error, not null
     * @param positions where the values read so far stand, not null
     * @param parser the parser that read the text, for errors that do not carry it, may be null
     */
    static PolicyReadException translate(JacksonException e, SourcePositions positions, JsonParser parser) {
        if (e instanceof StreamReadException || e instanceof StreamConstraintsException) {
            JsonParser source = e.processor() instanceof JsonParser ? (JsonParser) e.processor() : parser;
            String pointer = source == null ? "" : parserPointer(source);
            Diagnosis diagnosis = e instanceof StreamConstraintsException
                    ? new Diagnosis(ReadProblem.LIMITS, pointer,
                            "the document exceeds a safety limit: " + firstSentence(e.getOriginalMessage()))
                    : syntaxOrDuplicate(e, pointer);
            TokenStreamLocation location = e.getLocation() != null || source == null
                    ? e.getLocation() : source.currentLocation();
            int line = location == null ? -1 : location.getLineNr();
            int column = location == null ? -1 : location.getColumnNr();
            return new PolicyReadException(diagnosis.problem(), diagnosis.pointer(), line, column,
                    diagnosis.detail(), e);
        }
        Diagnosis diagnosis = bindingDiagnosis(e, pointer(e.getPath()));
        SourcePosition position = positions.locate(diagnosis.pointer()).orElse(null);
        return new PolicyReadException(diagnosis.problem(), diagnosis.pointer(),
                position == null ? -1 : position.line(), position == null ? -1 : position.column(),
                diagnosis.detail(), e);
    }

    private static Diagnosis bindingDiagnosis(JacksonException e, String pointer) {
        Throwable cause = rootCause(e);
        if (e instanceof UnrecognizedPropertyException) {
            return unknownField((UnrecognizedPropertyException) e, pointer);
        }
        if (cause instanceof MissingFieldException) {
            List<String> names = ((MissingFieldException) cause).fieldNames();
            String detail = names.size() == 1
                    ? "missing required field \"" + names.get(0) + "\""
                    : "missing required fields " + quoted(names);
            return new Diagnosis(ReadProblem.MISSING_FIELD, pointer + "/" + escape(names.get(0)), detail);
        }
        if (cause instanceof IllegalArgumentException && !(cause instanceof JacksonException)) {
            return new Diagnosis(ReadProblem.INVALID_VALUE, pointer, "invalid value: " + cause.getMessage());
        }
        if (SCHEMA_VERSION_POINTER.equals(pointer)) {
            return new Diagnosis(ReadProblem.SCHEMA_VERSION, pointer, e.getOriginalMessage());
        }
        if (e instanceof InvalidNullException) {
            return new Diagnosis(ReadProblem.WRONG_TYPE, pointer,
                    "null is not allowed; leave an optional field out instead");
        }
        return new Diagnosis(ReadProblem.WRONG_TYPE, pointer, wrongTypeDetail(e));
    }

    private static Diagnosis syntaxOrDuplicate(JacksonException e, String pointer) {
        String message = e.getOriginalMessage();
        if (message.startsWith("Duplicate Object property")) {
            String name = between(message, "\"", "\"");
            String field = pointer.isEmpty() || pointer.endsWith("/" + escape(name))
                    ? pointer : pointer + "/" + escape(name);
            return new Diagnosis(ReadProblem.DUPLICATE_FIELD, field,
                    "field \"" + name + "\" appears twice in one object");
        }
        return new Diagnosis(ReadProblem.SYNTAX, pointer, firstSentence(message));
    }

    private static Diagnosis unknownField(UnrecognizedPropertyException e, String pointer) {
        String known = e.getKnownPropertyIds() == null ? ""
                : "; known fields are " + quoted(e.getKnownPropertyIds().stream()
                        .map(String::valueOf).sorted().collect(Collectors.toList()));
        return new Diagnosis(ReadProblem.UNKNOWN_FIELD, pointer,
                "unknown field \"" + e.getPropertyName() + "\"" + known);
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
        if (type == BoundedDate.class) {
            return "a date as text, such as \"2024-02-22\", a year as text, such as \"2015\", or bounds,"
                    + " such as {\"notBefore\": \"2019-03-12\", \"notAfter\": \"2019-12-31\"}";
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
    private static String parserPointer(JsonParser parser) {
        return parser.streamReadContext().pathAsPointer().toString();
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
