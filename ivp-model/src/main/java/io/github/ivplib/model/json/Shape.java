package io.github.ivplib.model.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.Map;

/**
 * What a value of the model looks like in JSON, as a {@link ReadProblem#WRONG_TYPE} finding
 * names the value it expected: its argument {@code expected} is one of these names, worded as
 * {@code Shape.NAME} in the reader's bundles.
 */
enum Shape {
    /** A year as a number of four digits. */
    YEAR,
    /** A year as a field name of four digits, in an object keyed by year. */
    YEAR_KEY,
    /** A number without a fraction. */
    WHOLE_NUMBER,
    /** A decimal number without an exponent. */
    DECIMAL,
    /** Text. */
    TEXT,
    /** A date as text, yyyy-mm-dd. */
    DATE,
    /** A date as text that names a day of the calendar. */
    EXISTING_DATE,
    /** A day or a year as text, or an object of bounds (a {@link io.github.ivplib.model.BoundedDate}). */
    BOUNDED_DATE,
    /** One of the constants of the argument {@code constants}. */
    CONSTANT,
    /** An array. */
    ARRAY,
    /** An object whose field names are years. */
    YEAR_KEYED_OBJECT,
    /** An object. */
    OBJECT;

    /** The shape of a value of the type, for a type this package's own readers do not check. */
    static Shape of(Class<?> type) {
        if (type == Year.class) {
            return YEAR;
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return WHOLE_NUMBER;
        }
        if (type == BigDecimal.class) {
            return DECIMAL;
        }
        if (type == String.class) {
            return TEXT;
        }
        if (type == LocalDate.class) {
            return DATE;
        }
        if (type.isEnum()) {
            return CONSTANT;
        }
        if (Collection.class.isAssignableFrom(type)) {
            return ARRAY;
        }
        if (Map.class.isAssignableFrom(type)) {
            return YEAR_KEYED_OBJECT;
        }
        return OBJECT;
    }
}
