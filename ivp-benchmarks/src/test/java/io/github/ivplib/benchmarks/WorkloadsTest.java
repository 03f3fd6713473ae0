package io.github.ivplib.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.ivplib.examples.ExamplePolicies;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.generators.Draw;
import io.github.ivplib.model.generators.Policies;
import io.github.ivplib.model.generators.Scaled;
import io.github.ivplib.model.json.PolicyJson;
import io.github.ivplib.validation.Finding;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.ValidationReport;
import io.github.ivplib.validation.Validator;

/**
 * The benchmarks measure what they say: the larger policies are the examples' kind of document,
 * only larger, and the generated series and register are valid. Nothing here is timed.
 */
class WorkloadsTest {

    private static final Validator VALIDATOR = Validator.builder().readLimits(PolicyBenchmark.LARGER_POLICIES).build();

    private static Set<String> ruleIds(ValidationReport report) {
        return report.findings().stream().map(Finding::ruleId).collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest
    @CsvSource({"VENLO_IVB_2023_2026, 10", "VENLO_IVB_2023_2026, 100", "ROERMOND_IVP_2024_2027, 10",
            "ROERMOND_IVP_2024_2027, 100"})
    void aLargerPolicyDrawsTheSameKindsOfFindingsAsItsExample(ExamplePolicies example, int factor) {
        SafetyPolicy original = example.load();

        ValidationReport larger = VALIDATOR.validate(PolicyJson.write(Scaled.of(original, factor)), "larger.json");

        assertThat(ruleIds(larger)).isEqualTo(ruleIds(VALIDATOR.validate(original)));
    }

    @ParameterizedTest
    @CsvSource({"VENLO_IVB_2023_2026, 10", "ROERMOND_IVP_2024_2027, 100"})
    void aLargerPolicyIsAsManyTimesTheExamplesBytes(ExamplePolicies example, int factor) {
        SafetyPolicy original = example.load();

        long bytes = PolicyJson.write(Scaled.of(original, factor)).getBytes(StandardCharsets.UTF_8).length;

        long originalBytes = PolicyJson.write(original).getBytes(StandardCharsets.UTF_8).length;
        assertThat(bytes).isBetween(originalBytes * factor * 8 / 10, originalBytes * factor);
    }

    @Test
    void theBenchmarkedSeriesBreaksNoRule() {
        List<SafetyPolicy> series = Policies.validSeries(100, 100).next(new Draw(20_230_101L));

        List<ValidationReport> reports = Validator.builder().clock(Policies.clock()).build().validateAll(series);

        assertThat(reports).hasSize(100).allSatisfy(report -> assertThat(report.findings()).isEmpty());
    }

    @Test
    void theRegisterFilesAreWholeSeriesOfMunicipalitiesOfTheirOwn(@TempDir Path directory) throws IOException {
        List<Path> files = RegisterFiles.write(directory, 12);

        List<ValidationReport> reports = Validator.builder().clock(Policies.clock()).build().validateDirectory(directory);

        assertThat(files).hasSize(12);
        assertThat(reports).hasSize(12).allSatisfy(report -> assertThat(report.counts().get(Severity.ERROR)).isZero());
    }
}
