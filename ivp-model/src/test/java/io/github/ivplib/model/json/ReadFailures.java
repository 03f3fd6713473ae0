package io.github.ivplib.model.json;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A minimal policy document to break in one place, and how the reader refuses a document. */
final class ReadFailures {

    /** A minimal valid policy; each test breaks it in one place. */
    static final String MINIMAL = String.join("\n",
            "{",
            "  \"schemaVersion\": \"1.0\",",
            "  \"id\": \"test-ivp-2024-2027\",",
            "  \"municipality\": { \"name\": \"Roermond\", \"cbsCode\": \"GM0957\" },",
            "  \"kind\": \"INTEGRAL_SAFETY_PLAN\",",
            "  \"title\": \"Integraal Veiligheidsplan 2024-2027\",",
            "  \"period\": { \"first\": 2024, \"last\": 2027 },",
            "  \"adoption\": { \"adoptedBy\": \"COUNCIL\" }",
            "}");

    private ReadFailures() {
    }

    /** @return how the reader refuses the document, null if it reads it */
    static PolicyReadException readFailure(String json) {
        return catchThrowableOfType(PolicyReadException.class, () -> PolicyJson.read(json));
    }
}
