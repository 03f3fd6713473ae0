package io.github.ivplib.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.github.ivplib.validation.ReportJson;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.ValidationReport;
import io.github.ivplib.validation.Validator;

/**
 * The full report of each bundled policy equals its reviewed golden file (see
 * {@code golden/README.md} beside the files for the review).
 */
class ExampleReportsTest {

    private static ValidationReport report(ExamplePolicies example) throws IOException {
        try (InputStream in = example.open()) {
            return Validator.defaults().validate(in, example.fileName());
        }
    }

    private static String golden(ExamplePolicies example) throws IOException {
        String name = "/io/github/ivplib/examples/golden/" + example.fileName().replace(".json", ".report.json");
        try (InputStream in = ExampleReportsTest.class.getResourceAsStream(name)) {
            assertThat(in).as("golden file %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @EnumSource(ExamplePolicies.class)
    void theReportEqualsTheReviewedGoldenFile(ExamplePolicies example) throws IOException {
        assertThat(ReportJson.write(report(example))).isEqualTo(golden(example));
    }

    @ParameterizedTest
    @EnumSource(ExamplePolicies.class)
    void everyFindingIsPlacedInTheFile(ExamplePolicies example) throws IOException {
        assertThat(report(example).findings()).allSatisfy(f -> {
            assertThat(f.line()).isPresent();
            assertThat(f.column()).isPresent();
        });
    }

    @ParameterizedTest
    @EnumSource(ExamplePolicies.class)
    void hasNoErrors(ExamplePolicies example) throws IOException {
        assertThat(report(example).count(Severity.ERROR)).isZero();
    }
}
