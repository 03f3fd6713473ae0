package io.github.ivplib.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;

import org.junit.jupiter.api.Test;

import io.github.ivplib.model.BoundedDate;
import io.github.ivplib.model.SafetyPolicy;

/** The three JSON forms of a {@link BoundedDate}, as a policy's decision date. */
class BoundedDateJsonTest {

    private static final String MINIMAL = String.join("\n",
            "{",
            "  \"schemaVersion\": \"1.0\",",
            "  \"id\": \"p\",",
            "  \"municipality\": { \"name\": \"Roermond\", \"cbsCode\": \"GM0957\" },",
            "  \"kind\": \"INTEGRAL_SAFETY_PLAN\",",
            "  \"title\": \"t\",",
            "  \"period\": { \"first\": 2024, \"last\": 2027 },",
            "  \"adoption\": { \"decisionDate\": DATE }",
            "}");

    private static final LocalDate MARCH_12_2019 = LocalDate.of(2019, 3, 12);
    private static final LocalDate DEC_31_2019 = LocalDate.of(2019, 12, 31);

    @Test
    void aDayIsWrittenAsADate() {
        assertThat(decisionDate("\"2019-03-12\"")).isEqualTo(BoundedDate.on(MARCH_12_2019));
    }

    @Test
    void aYearIsWrittenAsFourDigitsInText() {
        BoundedDate year = decisionDate("\"2015\"");

        assertThat(year).isEqualTo(BoundedDate.in(Year.of(2015)));
        assertThat(year.earliest()).contains(LocalDate.of(2015, 1, 1));
        assertThat(year.latest()).contains(LocalDate.of(2015, 12, 31));
    }

    @Test
    void boundsAreAnObjectWithEitherOrBothBounds() {
        assertThat(decisionDate("{ \"notBefore\": \"2019-03-12\", \"notAfter\": \"2019-12-31\" }"))
                .isEqualTo(BoundedDate.between(MARCH_12_2019, DEC_31_2019));
        assertThat(decisionDate("{ \"notAfter\": \"2019-12-31\" }")).isEqualTo(BoundedDate.between(null, DEC_31_2019));
    }

    @Test
    void eachFormIsWrittenAsItWasRead() {
        for (String form : new String[] {"\"2019-03-12\"", "\"2015\"", "{ \"notBefore\": \"2019-03-12\" }"}) {
            SafetyPolicy policy = PolicyJson.read(MINIMAL.replace("DATE", form));

            assertThat(PolicyJson.read(PolicyJson.write(policy))).isEqualTo(policy);
        }
    }

    @Test
    void aNumberIsNoDate() {
        assertThatThrownBy(() -> decisionDate("2015")).isInstanceOfSatisfying(PolicyReadException.class, e -> {
            assertThat(e.problem()).isEqualTo(ReadProblem.WRONG_TYPE);
            assertThat(e.pointer()).isEqualTo("/adoption/decisionDate");
        });
    }

    @Test
    void anUnknownBoundIsAnUnknownField() {
        assertThatThrownBy(() -> decisionDate("{ \"ongeveer\": \"2019-03-12\" }"))
                .isInstanceOfSatisfying(PolicyReadException.class,
                        e -> assertThat(e.problem()).isEqualTo(ReadProblem.UNKNOWN_FIELD));
    }

    @Test
    void boundsWithoutEitherBoundOrInTheWrongOrderAreInvalid() {
        for (String bounds : new String[] {"{ }", "{ \"notBefore\": \"2019-12-31\", \"notAfter\": \"2019-03-12\" }"}) {
            assertThatThrownBy(() -> decisionDate(bounds)).isInstanceOfSatisfying(PolicyReadException.class,
                    e -> assertThat(e.problem()).isEqualTo(ReadProblem.INVALID_VALUE));
        }
    }

    private static BoundedDate decisionDate(String json) {
        return PolicyJson.read(MINIMAL.replace("DATE", json)).adoption().decisionDate().orElseThrow();
    }
}
