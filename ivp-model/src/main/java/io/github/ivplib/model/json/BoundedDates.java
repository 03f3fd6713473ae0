package io.github.ivplib.model.json;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.regex.Pattern;

import io.github.ivplib.model.BoundedDate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.PropertyName;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The JSON form of a {@link BoundedDate}: a day {@code "2024-02-22"}, a year {@code "2015"}, or
 * bounds {@code {"notBefore": "2019-03-12", "notAfter": "2019-12-31"}}.
 * <p>
 * The common case, a known day, keeps the form every other date of the format has, so a file
 * that knows its dates reads as before.
 */
final class BoundedDates {

    /** A year as text; package-private so that the schema states the same pattern. */
    static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    static final String NOT_BEFORE = "notBefore";
    static final String NOT_AFTER = "notAfter";
    private static final List<Object> BOUNDS = List.of(NOT_BEFORE, NOT_AFTER);

    private BoundedDates() {
    }

    /** Reads the three forms; a day's text goes through the same strict reading as any date. */
    static final class Reader extends ValueDeserializer<BoundedDate> {
        @Override
        public BoundedDate deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() == JsonToken.VALUE_STRING && YEAR.matcher(p.getString()).matches()) {
                return BoundedDate.in(Year.of(Integer.parseInt(p.getString())));
            }
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                return BoundedDate.on(ctxt.readValue(p, LocalDate.class));
            }
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw StrictScalars.refuse(p, Shape.BOUNDED_DATE, BoundedDate.class);
            }
            LocalDate notBefore = null;
            LocalDate notAfter = null;
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                if (p.nextToken() == JsonToken.VALUE_NULL) {
                    throw InvalidNullException.from(ctxt, PropertyName.construct(name), ctxt.constructType(LocalDate.class));
                }
                if (NOT_BEFORE.equals(name)) {
                    notBefore = ctxt.readValue(p, LocalDate.class);
                } else if (NOT_AFTER.equals(name)) {
                    notAfter = ctxt.readValue(p, LocalDate.class);
                } else {
                    throw UnrecognizedPropertyException.from(p, BoundedDate.class, name, BOUNDS);
                }
            }
            return BoundedDate.between(notBefore, notAfter);
        }
    }

    /** Writes the form the date was made with, so that a year stays a year. */
    static final class Writer extends ValueSerializer<BoundedDate> {
        @Override
        public void serialize(BoundedDate value, JsonGenerator gen, SerializationContext ctxt) {
            switch (value.precision()) {
                case DAY:
                case YEAR:
                    gen.writeString(value.toString());
                    return;
                default:
                    gen.writeStartObject();
                    if (value.earliest().isPresent()) {
                        gen.writeStringProperty(NOT_BEFORE, value.earliest().get().toString());
                    }
                    if (value.latest().isPresent()) {
                        gen.writeStringProperty(NOT_AFTER, value.latest().get().toString());
                    }
                    gen.writeEndObject();
            }
        }
    }
}
