package io.github.ivplib.model.json;

import static io.github.ivplib.model.json.ReadFailures.MINIMAL;
import static io.github.ivplib.model.json.ReadFailures.readFailure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

import io.github.ivplib.model.BoundedDate;
import io.github.ivplib.model.SafetyPolicy;

class PolicyJsonStrictReadingTest {

    @Test
    void readsTheMinimalPolicy() {
        assertThat(PolicyJson.read(MINIMAL).municipality().cbsCode()).isEqualTo("GM0957");
    }

    @Test
    void unknownFieldFailsWithItsPathAndLocation() {
        PolicyReadException e = readFailure(MINIMAL.replace("\"cbsCode\"", "\"cbsCdoe\""));

        assertThat(e.problem()).isEqualTo(ReadProblem.UNKNOWN_FIELD);
        assertThat(e.pointer()).isEqualTo("/municipality/cbsCdoe");
        assertThat(e.line()).hasValue(4);
    }

    @Test
    void fractionInAWholeYearFailsWithItsPath() {
        PolicyReadException e = readFailure(MINIMAL.replace("\"first\": 2024", "\"first\": 2024.5"));

        assertThat(e.problem()).isEqualTo(ReadProblem.WRONG_TYPE);
        assertThat(e.pointer()).isEqualTo("/period/first");
        assertThat(e.line()).hasValue(7);
    }

    @Test
    void aYearOfFiveDigitsFails() {
        PolicyReadException e = readFailure(MINIMAL.replace("\"last\": 2027", "\"last\": 20270"));

        assertThat(e.problem()).isEqualTo(ReadProblem.WRONG_TYPE);
        assertThat(e.pointer()).isEqualTo("/period/last");
    }

    @Test
    void textInAYearFails() {
        PolicyReadException e = readFailure(MINIMAL.replace("\"first\": 2024", "\"first\": \"2024\""));

        assertThat(e.problem()).isEqualTo(ReadProblem.WRONG_TYPE);
        assertThat(e.pointer()).isEqualTo("/period/first");
    }

    @Test
    void missingRequiredFieldFailsNamingTheField() {
        PolicyReadException e = readFailure(MINIMAL.replace(", \"cbsCode\": \"GM0957\"", ""));

        assertThat(e.problem()).isEqualTo(ReadProblem.MISSING_FIELD);
        assertThat(e.pointer()).isEqualTo("/municipality/cbsCode");
        assertThat(e.arguments()).containsExactly(entry("field", "cbsCode"));
    }

    @Test
    void missingRequiredFieldOfTheRootNamesTheField() {
        PolicyReadException e = readFailure(MINIMAL.replace("  \"id\": \"test-ivp-2024-2027\",\n", ""));

        assertThat(e.problem()).isEqualTo(ReadProblem.MISSING_FIELD);
        assertThat(e.pointer()).isEqualTo("/id");
    }

    @Test
    void nullFails() {
        PolicyReadException e = readFailure(MINIMAL.replace("\"GM0957\"", "null"));

        assertThat(e.problem()).isEqualTo(ReadProblem.WRONG_TYPE);
        assertThat(e.pointer()).isEqualTo("/municipality/cbsCode");
    }

    @Test
    void numberWhereTextBelongsFails() {
        PolicyReadException e = readFailure(MINIMAL.replace("\"GM0957\"", "957"));

        assertThat(e.problem()).isEqualTo(ReadProblem.WRONG_TYPE);
        assertThat(e.pointer()).isEqualTo("/municipality/cbsCode");
    }

    @Test
    void unknownEnumConstantFailsListingTheKnownOnes() {
        PolicyReadException e = readFailure(MINIMAL.replace("\"COUNCIL\"", "\"COLLEGE\""));

        assertThat(e.problem()).isEqualTo(ReadProblem.WRONG_TYPE);
        assertThat(e.pointer()).isEqualTo("/adoption/adoptedBy");
        assertThat(e.arguments()).containsEntry("constants", "\"COUNCIL\", \"COUNCIL_COMMITTEE\", \"EXECUTIVE_BOARD\", "
                + "\"MAYOR\", \"LOCAL_TRIANGLE\", \"PROGRAMME_MANAGER\", \"MUNICIPAL_ORGANISATION\", "
                + "\"STATISTICS_NETHERLANDS\", \"OTHER\"");
    }

    @Test
    void enumByIndexFails() {
        PolicyReadException e = readFailure(MINIMAL.replace("\"COUNCIL\"", "0"));

        assertThat(e.problem()).isEqualTo(ReadProblem.WRONG_TYPE);
        assertThat(e.pointer()).isEqualTo("/adoption/adoptedBy");
    }

    @Test
    void duplicateFieldFails() {
        PolicyReadException e = readFailure(MINIMAL.replace("\"title\":", "\"title\": \"x\", \"title\":"));

        assertThat(e.problem()).isEqualTo(ReadProblem.DUPLICATE_FIELD);
        assertThat(e.pointer()).isEqualTo("/title");
        assertThat(e.line()).hasValue(6);
    }

    @Test
    void trailingContentFails() {
        PolicyReadException e = readFailure(MINIMAL + "\n{}");

        assertThat(e.problem()).isEqualTo(ReadProblem.SYNTAX);
        assertThat(e.line()).hasValue(10);
    }

    @Test
    void malformedJsonFailsWithLineAndColumn() {
        PolicyReadException e = readFailure(MINIMAL.replace("\"kind\": \"INTEGRAL_SAFETY_PLAN\",", "\"kind\" \"INTEGRAL_SAFETY_PLAN\","));

        assertThat(e.problem()).isEqualTo(ReadProblem.SYNTAX);
        assertThat(e.line()).hasValue(5);
        assertThat(e.column()).isPresent();
    }

    @Test
    void columnsCountCharactersNotBytesInAStream() {
        String json = MINIMAL.replace("\"Roermond\", \"cbsCode\"", "\"Roermönd\", \"cbsCdoe\"");
        PolicyReadException fromText = readFailure(json);
        PolicyReadException fromBytes = catchThrowableOfType(PolicyReadException.class,
                () -> PolicyJson.read(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))));

        assertThat(fromBytes.column()).isEqualTo(fromText.column()).hasValue(json.split("\n")[3].indexOf("\"cbsCdoe\"") + 1);
    }

    @Test
    void aByteOrderMarkBeforeTheDocumentIsPassedOver() {
        byte[] bytes = ("\uFEFF" + MINIMAL).getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(PolicyJson.read(new java.io.ByteArrayInputStream(bytes)).id()).isEqualTo("test-ivp-2024-2027");
    }

    @Test
    void aDateWithATimeFails() {
        PolicyReadException e = readFailure(MINIMAL.replace("{ \"adoptedBy\": \"COUNCIL\" }",
                "{ \"adoptedBy\": \"COUNCIL\", \"decisionDate\": \"2024-02-22T10:00\" }"));

        assertThat(e.problem()).isEqualTo(ReadProblem.WRONG_TYPE);
        assertThat(e.pointer()).isEqualTo("/adoption/decisionDate");
    }

    @Test
    void aDateAsAnArrayOfNumbersFails() {
        PolicyReadException e = readFailure(MINIMAL.replace("{ \"adoptedBy\": \"COUNCIL\" }",
                "{ \"adoptedBy\": \"COUNCIL\", \"decisionDate\": [2024, 2, 22] }"));

        assertThat(e.problem()).isEqualTo(ReadProblem.WRONG_TYPE);
        assertThat(e.pointer()).isEqualTo("/adoption/decisionDate");
    }

    @Test
    void aDayThatDoesNotExistFails() {
        PolicyReadException e = readFailure(MINIMAL.replace("{ \"adoptedBy\": \"COUNCIL\" }",
                "{ \"adoptedBy\": \"COUNCIL\", \"decisionDate\": \"2023-02-29\" }"));

        assertThat(e.problem()).isEqualTo(ReadProblem.WRONG_TYPE);
        assertThat(e.arguments()).containsExactly(entry("expected", "EXISTING_DATE"), entry("found", "\"2023-02-29\""));
    }

    @Test
    void aLeapDayIsADate() {
        SafetyPolicy policy = PolicyJson.read(MINIMAL.replace("{ \"adoptedBy\": \"COUNCIL\" }",
                "{ \"adoptedBy\": \"COUNCIL\", \"decisionDate\": \"2024-02-29\" }"));

        assertThat(policy.adoption().decisionDate()).hasValue(BoundedDate.on(java.time.LocalDate.of(2024, 2, 29)));
    }

    @Test
    void aNullInsideAListFailsAtItsIndexWithoutJavaNames() {
        PolicyReadException e = readFailure(MINIMAL.replace("\"kind\":", "\"predecessors\": [null], \"kind\":"));

        assertThat(e.problem()).isEqualTo(ReadProblem.WRONG_TYPE);
        assertThat(e.pointer()).isEqualTo("/predecessors/0");
        assertThat(e.getMessage()).doesNotContain("io.github").doesNotContain("Immutable");
    }

    @Test
    void periodEndingBeforeItStartsIsAnInvalidValue() {
        PolicyReadException e = readFailure(MINIMAL.replace("\"last\": 2027", "\"last\": 2023"));

        assertThat(e.problem()).isEqualTo(ReadProblem.INVALID_VALUE);
        assertThat(e.pointer()).isEqualTo("/period");
        assertThat(e.arguments()).containsExactly(entry("reason", "LAST_YEAR_BEFORE_FIRST"), entry("first", "2024"),
                entry("last", "2023"));
    }

    @Test
    void unsupportedSchemaVersionFailsBeforeUnknownFields() {
        PolicyReadException e = readFailure(MINIMAL
                .replace("\"1.0\"", "\"2.0\"")
                .replace("\"title\"", "\"newField\": 1, \"title\""));

        assertThat(e.problem()).isEqualTo(ReadProblem.SCHEMA_VERSION);
        assertThat(e.pointer()).isEqualTo("/schemaVersion");
        assertThat(e.arguments()).containsExactly(entry("found", "\"2.0\""), entry("supported", "1.0"));
    }

    @Test
    void documentBeyondTheLengthLimitFails() {
        String padding = " ".repeat((int) ReadLimits.defaults().maxDocumentLength() + 1);
        PolicyReadException e = readFailure(padding + MINIMAL);

        assertThat(e.problem()).isEqualTo(ReadProblem.LIMITS);
    }

    @Test
    void contentUnderAFieldThePolicyDoesNotHaveIsNeverRead() {
        int depth = ReadLimits.defaults().maxNestingDepth() + 1;
        String deep = "[".repeat(depth) + "]".repeat(depth);
        PolicyReadException e = readFailure(MINIMAL.replace("\"title\":", "\"deep\": " + deep + ", \"title\":"));

        assertThat(e.problem()).isEqualTo(ReadProblem.UNKNOWN_FIELD);
        assertThat(e.pointer()).isEqualTo("/deep");
    }

    @Test
    void theFirstProblemInTheTextIsTheOneTold() {
        PolicyReadException e = readFailure(MINIMAL.replace("\"title\":", "\"x\": 1, \"title\":")
                .replace("\"first\": 2024", "\"first\" 2024"));

        assertThat(e.problem()).isEqualTo(ReadProblem.UNKNOWN_FIELD);
    }

    @Test
    void textBeyondTheLimitFails() {
        String longTitle = "x".repeat(ReadLimits.defaults().maxStringLength() + 1);
        PolicyReadException e = readFailure(MINIMAL.replace("Integraal Veiligheidsplan 2024-2027", longTitle));

        assertThat(e.problem()).isEqualTo(ReadProblem.LIMITS);
    }
}
