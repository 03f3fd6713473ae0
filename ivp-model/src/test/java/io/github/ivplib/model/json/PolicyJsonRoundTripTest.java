package io.github.ivplib.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Year;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.ivplib.model.ImmutableSafetyPolicy;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.SamplePolicy;
import io.github.ivplib.model.keyfigure.ImmutableKeyFigure;

class PolicyJsonRoundTripTest {

    private static final SafetyPolicy POLICY = SamplePolicy.everyField();

    @Test
    void readingWhatWasWrittenGivesAnEqualPolicy() {
        assertThat(PolicyJson.read(PolicyJson.write(POLICY))).isEqualTo(POLICY);
    }

    @Test
    void aRecordThatLeavesPartsOutReadsBackEqual() {
        SafetyPolicy metadataOnly = PolicyJson.read(ReadFailures.MINIMAL.replace("\"kind\":",
                "\"notRecorded\": [\"THEMES\", \"GOALS\"], \"kind\":"));

        assertThat(PolicyJson.write(metadataOnly)).contains("\"notRecorded\": [\n    \"THEMES\",\n    \"GOALS\"\n  ]");
        assertThat(PolicyJson.read(PolicyJson.write(metadataOnly))).isEqualTo(metadataOnly);
    }

    @Test
    void writingIsStable() {
        String once = PolicyJson.write(POLICY);

        assertThat(PolicyJson.write(PolicyJson.read(once))).isEqualTo(once);
    }

    @Test
    void amountsKeepEveryDigit() {
        String json = PolicyJson.write(POLICY);
        SafetyPolicy read = PolicyJson.read(json);

        assertThat(json).contains("\"2024\": 115000.50");
        BigDecimal amount = read.budget().orElseThrow().amendments().get(0).lines().get(0)
                .amounts().get(Year.of(2024));
        assertThat(amount.toPlainString()).isEqualTo("115000.50");
    }

    /**
     * Decimals whose {@code toString()} uses an exponent: 1E+3 as {@code stripTrailingZeros()}
     * makes of 1000 (kept as 1000: no plain number spells scale -3), and a small fraction.
     */
    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource({"1E+3, 1000", "0.00000042, 0.00000042"})
    void aDecimalIsWrittenAsAPlainNumberAndReadBackEqual(BigDecimal value, String written) {
        SafetyPolicy policy = withFirstKeyFigure(value);
        String json = PolicyJson.write(policy);

        assertThat(json).contains("\"value\": " + written + ",");
        assertThat(PolicyJson.read(json)).isEqualTo(policy);
    }

    private static SafetyPolicy withFirstKeyFigure(BigDecimal value) {
        return ImmutableSafetyPolicy.copyOf(POLICY).withKeyFigures(
                ImmutableKeyFigure.copyOf(POLICY.keyFigures().get(0)).withValue(value));
    }

    @Test
    void amountsAreWrittenInYearOrder() {
        String json = PolicyJson.write(POLICY);

        assertThat(json.indexOf("\"2024\": 115000.50")).isLessThan(json.indexOf("\"2025\": 115000.50"));
    }

    @Test
    void fieldsAreWrittenInTheModelsOrderWithTheSchemaVersionFirst() {
        String json = PolicyJson.write(POLICY);

        assertThat(json).startsWith("{\n  \"schemaVersion\": \"1.0\",\n  \"id\": \"sample-ivp-2024-2027\",\n  \"municipality\": {\n");
        assertThat(json.indexOf("\"period\"")).isLessThan(json.indexOf("\"adoption\""));
        assertThat(json.indexOf("\"themes\"")).isLessThan(json.indexOf("\"goals\""));
    }

    @Test
    void writesYearsAsNumbersAndDatesAsIsoText() {
        String json = PolicyJson.write(POLICY);

        assertThat(json).contains("\"first\": 2024").contains("\"decisionDate\": \"2024-02-22\"");
    }

    @Test
    void leavesOutEmptyListsAndAbsentValuesAndEndsWithALineBreak() {
        SafetyPolicy bare = SafetyPolicy.builder().from(POLICY)
                .predecessors(java.util.List.of())
                .ambition(java.util.Optional.empty())
                .build();
        String json = PolicyJson.write(bare);

        assertThat(json).doesNotContain("\"predecessors\"").doesNotContain("\n  \"ambition\"").endsWith("}\n");
        assertThat(PolicyJson.read(json)).isEqualTo(bare);
    }

    @Test
    void keepsNonAsciiTextUnescaped() {
        assertThat(PolicyJson.write(POLICY)).contains("bestuurlijke coördinatie");
    }

    @Test
    void readsAndWritesStreamsReadersAndFiles(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PolicyJson.write(POLICY, bytes);
        StringWriter chars = new StringWriter();
        PolicyJson.write(POLICY, chars);
        Path file = dir.resolve("policy.json");
        PolicyJson.write(POLICY, file);

        assertThat(PolicyJson.read(new ByteArrayInputStream(bytes.toByteArray()))).isEqualTo(POLICY);
        assertThat(PolicyJson.read(new StringReader(chars.toString()))).isEqualTo(POLICY);
        assertThat(PolicyJson.read(file)).isEqualTo(POLICY);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(chars.toString());
    }
}
