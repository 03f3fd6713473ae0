package io.github.ivplib.model.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import io.github.ivplib.model.InvalidValueException;
import io.github.ivplib.model.MissingFieldException;
import io.github.ivplib.model.SafetyPolicy;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns Jackson's exceptions into a {@link PolicyReadException} with a problem, its arguments and
 * a JSON Pointer, without Java class names.
 */
final class ReadErrors {

    private static final String SCHEMA_VERSION_POINTER = "/schemaVersion";

    private ReadErrors() {
    }

    /** What is wrong and where, before it is placed in the text. */
    private record Diagnosis(ReadDetail detail, String pointer) {
    }

    /**
     * Translates an error of the parser or of data binding.
     *
     * @param e the error, not null
     * @param positions where the values read so far stand, to place an error of data binding at
     *        the value its pointer names (the binding may have failed past it, at the end of an
     *        object that lacks a field), not null
     * @param parser the parser that read the text, for errors that do not carry it, may be null
     * @param source the document, which counts the parser's columns in characters, not null
     * @param limits the limits read under, to name the one exceeded, not null
     */
    static PolicyReadException translate(JacksonException e, SourcePositions positions, JsonParser parser,
            LocatingReader.Source source, ReadLimits limits) {
        if (e instanceof StreamReadException || e instanceof StreamConstraintsException) {
            JsonParser reading = e.processor() instanceof JsonParser ? (JsonParser) e.processor() : parser;
            String pointer = reading == null ? "" : parserPointer(reading);
            Diagnosis diagnosis = e instanceof StreamConstraintsException
                    ? new Diagnosis(limitDetail(firstSentence(e.getOriginalMessage()), limits), pointer)
                    : syntax(e, pointer);
            TokenStreamLocation location = e.getLocation() != null || reading == null
                    ? e.getLocation() : reading.currentLocation();
            int line = location == null ? -1 : location.getLineNr();
            int column = location == null ? -1 : source.column(location);
            return new PolicyReadException(diagnosis.detail(), diagnosis.pointer(), line, column, e);
        }
        Diagnosis diagnosis = bindingDiagnosis(e, pointer(e.getPath()));
        SourcePosition position = positions.locate(diagnosis.pointer()).orElse(null);
        return new PolicyReadException(diagnosis.detail(), diagnosis.pointer(),
                position == null ? -1 : position.line(), position == null ? -1 : position.column(), e);
    }

    /** The limit Jackson's message tells of, or its words where it is a limit this library does not know. */
    private static ReadDetail limitDetail(String message, ReadLimits limits) {
        return Limit.ofJacksonMessage(message).map(limit -> limit.exceeded(limits))
                .orElseGet(() -> ReadDetail.unexpected(ReadProblem.LIMITS, message));
    }

    private static Diagnosis bindingDiagnosis(JacksonException e, String pointer) {
        Throwable cause = rootCause(e);
        if (e instanceof DetailedMismatch) {
            return new Diagnosis(((DetailedMismatch) e).detail(), pointer);
        }
        if (e instanceof UnrecognizedPropertyException) {
            return new Diagnosis(unknownField((UnrecognizedPropertyException) e), pointer);
        }
        if (cause instanceof MissingFieldException) {
            List<String> names = ((MissingFieldException) cause).fieldNames();
            ReadDetail detail = names.size() == 1
                    ? ReadDetail.of(ReadProblem.MISSING_FIELD, "", "field", names.get(0))
                    : ReadDetail.of(ReadProblem.MISSING_FIELD, "several", "field", names.get(0), "fields", quoted(names));
            return new Diagnosis(detail, pointer + "/" + escape(names.get(0)));
        }
        if (cause instanceof InvalidValueException) {
            return new Diagnosis(invalidValue((InvalidValueException) cause), pointer);
        }
        if (cause instanceof IllegalArgumentException && !(cause instanceof JacksonException)) {
            return new Diagnosis(ReadDetail.unexpected(ReadProblem.INVALID_VALUE, cause.getMessage()), pointer);
        }
        if (SCHEMA_VERSION_POINTER.equals(pointer)) {
            return new Diagnosis(ReadDetail.of(ReadProblem.SCHEMA_VERSION, "notText",
                    "supported", SafetyPolicy.SCHEMA_VERSION), pointer);
        }
        if (e instanceof InvalidNullException) {
            return new Diagnosis(ReadDetail.of(ReadProblem.WRONG_TYPE, "null"), pointer);
        }
        return new Diagnosis(wrongType(e), pointer);
    }

    private static Diagnosis syntax(JacksonException e, String pointer) {
        String message = e.getOriginalMessage();
        if (message.startsWith("Unexpected low surrogate") || message.startsWith("Unexpected high surrogate")) {
            // Jackson refuses half a character in a field name itself, as this library does in a text.
            return new Diagnosis(ReadDetail.of(ReadProblem.SYNTAX, "surrogate"), pointer);
        }
        return new Diagnosis(ReadDetail.of(ReadProblem.SYNTAX, "", ReadDetail.ORIGINAL_MESSAGE, firstSentence(message)),
                pointer);
    }

    private static ReadDetail unknownField(UnrecognizedPropertyException e) {
        if (e.getKnownPropertyIds() == null) {
            return ReadDetail.of(ReadProblem.UNKNOWN_FIELD, "unlisted", "field", e.getPropertyName());
        }
        return ReadDetail.of(ReadProblem.UNKNOWN_FIELD, "", "field", e.getPropertyName(),
                "knownFields", quoted(e.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                        .collect(Collectors.toList())));
    }

    private static ReadDetail invalidValue(InvalidValueException invalid) {
        List<Object> facts = new ArrayList<>(List.of("reason", invalid.reason()));
        invalid.arguments().forEach((name, value) -> facts.addAll(List.of(name, value)));
        return ReadDetail.of(ReadProblem.INVALID_VALUE, invalid.reason().name(), facts.toArray());
    }

    private static ReadDetail wrongType(JacksonException e) {
        Class<?> target = e instanceof MismatchedInputException ? ((MismatchedInputException) e).getTargetType() : null;
        if (target == null) {
            return ReadDetail.unexpected(ReadProblem.WRONG_TYPE, firstSentence(e.getOriginalMessage()));
        }
        Shape expected = Shape.of(target);
        List<Object> facts = new ArrayList<>(List.of("expected", expected));
        if (expected == Shape.CONSTANT) {
            facts.addAll(List.of("constants", quoted(Arrays.stream(target.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name()).collect(Collectors.toList()))));
        }
        Object found = e instanceof InvalidFormatException ? ((InvalidFormatException) e).getValue() : null;
        if (found == null) {
            return ReadDetail.of(ReadProblem.WRONG_TYPE, "", facts.toArray());
        }
        facts.addAll(List.of("found", found instanceof String ? quote((String) found) : String.valueOf(found)));
        return ReadDetail.of(ReadProblem.WRONG_TYPE, ReadDetail.FOUND, facts.toArray());
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

    /** Text as JSON writes it, in double quotes, so that "2024" is not taken for 2024. */
    static String quote(String text) {
        return "\"" + text + "\"";
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String quoted(Collection<String> names) {
        return names.stream().map(ReadErrors::quote).collect(Collectors.joining(", "));
    }

    private static String firstSentence(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
