package io.github.ivplib.model.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import io.github.ivplib.model.BoundedDate;
import io.github.ivplib.model.YearRange;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The scalar formats of a policy document, stricter than Jackson's defaults.
 * <p>
 * Jackson would read a year from text or a fraction, and an amount from text or in exponent
 * notation (which does not survive a round trip with its scale). A policy file is edited by
 * people, so each of these is far more likely a mistake than an intent.
 */
final class StrictScalars {

    /** A year as an object key; package-private so that the schema states the same pattern. */
    static final Pattern YEAR_KEY = Pattern.compile("[0-9]{4}");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private StrictScalars() {
    }

    /** Refuses the value the parser stands at, saying what it should look like. */
    static DetailedMismatch refuse(JsonParser p, Shape expected, Class<?> type) {
        return refuse(p, expected, p.currentToken() == JsonToken.VALUE_STRING ? ReadErrors.quote(p.getString())
                : p.getString(), type);
    }

    /** Refuses a value, saying what it should look like and how it is written. */
    private static DetailedMismatch refuse(JsonParser p, Shape expected, String found, Class<?> type) {
        return new DetailedMismatch(p, ReadDetail.of(ReadProblem.WRONG_TYPE, ReadDetail.FOUND,
                "expected", expected, "found", found), type);
    }

    static SimpleModule module() {
        return new SimpleModule("ivp-strict-scalars")
                .addDeserializer(Year.class, new YearReader())
                .addSerializer(Year.class, new YearWriter())
                .addKeyDeserializer(Year.class, new YearKeyReader())
                .addDeserializer(BigDecimal.class, new DecimalReader())
                .addDeserializer(LocalDate.class, new DateReader())
                .addDeserializer(BoundedDate.class, new BoundedDates.Reader())
                .addSerializer(BoundedDate.class, new BoundedDates.Writer())
                .setDeserializerModifier(UniqueElements.modifier());
    }

    private static final class YearReader extends ValueDeserializer<Year> {
        @Override
        public Year deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT
                    || p.getNumberType() != JsonParser.NumberType.INT
                    || p.getIntValue() < YearRange.MIN_YEAR || p.getIntValue() > YearRange.MAX_YEAR) {
                throw refuse(p, Shape.YEAR, Year.class);
            }
            return Year.of(p.getIntValue());
        }
    }

    private static final class YearWriter extends ValueSerializer<Year> {
        @Override
        public void serialize(Year value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeNumber(value.getValue());
        }
    }

    private static final class YearKeyReader extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) {
            if (!YEAR_KEY.matcher(key).matches()) {
                throw refuse(ctxt.getParser(), Shape.YEAR_KEY, ReadErrors.quote(key), Year.class);
            }
            return Year.of(Integer.parseInt(key));
        }
    }

    private static final class DateReader extends ValueDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() == JsonToken.VALUE_STRING && DATE.matcher(p.getString()).matches()) {
                try {
                    return LocalDate.parse(p.getString());
                } catch (DateTimeParseException e) {
                    throw refuse(p, Shape.EXISTING_DATE, LocalDate.class);
                }
            }
            throw refuse(p, Shape.DATE, LocalDate.class);
        }
    }

    private static final class DecimalReader extends ValueDeserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonToken token = p.currentToken();
            boolean number = token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
            if (!number || p.getString().indexOf('e') >= 0 || p.getString().indexOf('E') >= 0) {
                throw refuse(p, Shape.DECIMAL, BigDecimal.class);
            }
            return p.getDecimalValue();
        }
    }
}
