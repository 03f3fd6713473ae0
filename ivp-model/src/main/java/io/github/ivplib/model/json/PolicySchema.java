package io.github.ivplib.model.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import io.github.ivplib.model.SafetyPolicy;

/**
 * The JSON Schema (draft 2020-12) of the policy format, generated from the model and shipped
 * in this jar, for editors and for validators in other languages.
 * <p>
 * The schema says what the reader says about structure (fields, types, required fields, no
 * unknown fields); the rules of {@code ivp-validation} go further.
 * This class is immutable and thread-safe.
 */
public final class PolicySchema {

    /** The classpath resource path of the schema in the ivp-model jar. */
    public static final String RESOURCE = "/io/github/ivplib/model/policy.schema.json";

    /** The schema's {@code $id}: stable for a schema version, changed only with it. */
    public static final String ID = "https://ivplib.github.io/ivp/schema/policy-"
            + SafetyPolicy.SCHEMA_VERSION + ".schema.json";

    private PolicySchema() {
    }

    /**
     * Returns the schema as shipped.
     *
     * @return the schema document, UTF-8 text, not null
     * @throws IllegalStateException if the resource is missing from the class path
     */
    public static String text() {
        try (InputStream in = PolicySchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the class path: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
