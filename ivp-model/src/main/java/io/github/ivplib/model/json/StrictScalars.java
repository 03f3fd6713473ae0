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

    static SimpleModule module() {
        return new SimpleModule("ivp-strict-scalars")
                .addDeserializer(Year.class, new YearReader())
                .addSerializer(Year.class, new YearWriter())
                .addKeyDeserializer(Year.class, new YearKeyReader())
                .addDeserializer(BigDecimal.class, new DecimalReader())
                .addDeserializer(LocalDate.class, new DateReader())
                .addDeserializer(BoundedDate.class, new BoundedDates.Reader())
                .addSerializer(BoundedDate.class, new BoundedDates.Writer());
    }

    private static final class YearReader extends ValueDeserializer<Year> {
        @Override
        public Year deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT
                    || p.getNumberType() != JsonParser.NumberType.INT
                    || p.getIntValue() < YearRange.MIN_YEAR || p.getIntValue() > YearRange.MAX_YEAR) {
                return (Year) ctxt.reportInputMismatch(Year.class,
                        "expected a four-digit year number, such as 2024, but found %s", p.getString());
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
                return ctxt.handleWeirdKey(Year.class, key,
                        "expected a four-digit year, such as \"2024\"");
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
                    return (LocalDate) ctxt.reportInputMismatch(LocalDate.class,
                            "expected a date that exists, such as \"2024-02-22\", but found %s", p.getString());
                }
            }
            return (LocalDate) ctxt.reportInputMismatch(LocalDate.class,
                    "expected a date as text, such as \"2024-02-22\", but found %s", p.getString());
        }
    }

    private static final class DecimalReader extends ValueDeserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonToken token = p.currentToken();
            boolean number = token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
            if (!number || p.getString().indexOf('e') >= 0 || p.getString().indexOf('E') >= 0) {
                return (BigDecimal) ctxt.reportInputMismatch(BigDecimal.class,
                        "expected a plain decimal number, such as 115000.50, but found %s", p.getString());
            }
            return p.getDecimalValue();
        }
    }
}
