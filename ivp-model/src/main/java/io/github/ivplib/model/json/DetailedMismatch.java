package io.github.ivplib.model.json;

import java.util.Locale;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A value this package's own readers refuse, with what is wrong as facts, so that the reader
 * reports it as such rather than as Jackson's words. Jackson adds the path as it unwinds.
 */
final class DetailedMismatch extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    private final ReadDetail detail;

    DetailedMismatch(JsonParser parser, ReadDetail detail, Class<?> targetType) {
        super(parser, detail.in(Locale.ENGLISH), targetType);
        this.detail = detail;
    }

    /** @return what is wrong, not null */
    ReadDetail detail() {
        return detail;
    }
}
