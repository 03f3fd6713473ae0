package io.github.ivplib.model.json;

import io.github.ivplib.model.SafetyPolicy;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a document's {@code schemaVersion}, refusing one this library does not read.
 * <p>
 * It runs as soon as the field is met, so that a document of a newer format is reported as
 * such rather than as a list of unknown fields. Public only because the model's annotations
 * name it; callers use {@link PolicyJson}.
 * This class is immutable and thread-safe.
 */
public final class SchemaVersionReader extends ValueDeserializer<String> {

    /** Creates the reader; Jackson does, for the annotation that names this class. */
    public SchemaVersionReader() {
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            // ReadErrors reports every failure at /schemaVersion but a wrong version, a null too, as not text.
            return (String) ctxt.reportInputMismatch(String.class, "the schema version is not text");
        }
        String version = p.getString();
        if (!SafetyPolicy.SCHEMA_VERSION.equals(version)) {
            throw new DetailedMismatch(p, ReadDetail.of(ReadProblem.SCHEMA_VERSION, "",
                    "found", ReadErrors.quote(version), "supported", SafetyPolicy.SCHEMA_VERSION), String.class);
        }
        return version;
    }
}
