package io.github.ivplib.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import com.code_intelligence.jazzer.junit.FuzzTest;

import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.json.PolicyJson;
import io.github.ivplib.model.json.PolicyReadException;
import io.github.ivplib.validation.ValidationReport;
import io.github.ivplib.validation.Validator;
import io.github.ivplib.validation.json.ReadingRule;

/**
 * Fuzz targets for every entry point that takes untrusted input: whatever arrives, reading gives
 * a policy or a {@link PolicyReadException}, what was read is written back unchanged, validation
 * gives a report, and the command line answers with findings, never an unexpected error.
 * <p>
 * In the normal build each target runs over its committed inputs (the bundled policies and
 * every input that ever crashed it) in {@code src/test/resources/.../EntryPointsFuzzTestInputs}.
 * To fuzz one target, run {@code ivp-examples/fuzz} (see the README's section on fuzzing).
 */
class EntryPointsFuzzTest {

    /**
     * No time limit of the targets' own: Jazzer would append it after the flags of a fuzzing run
     * and so override them; {@code ivp-examples/fuzz} stops a run after its duration or inputs.
     */
    private static final String UNTIL_STOPPED = "";

    private static final Validator VALIDATOR = Validator.builder().clock(CliTesting.CLOCK).build();
    private static final Path WORK = temporaryDirectory();
    /** The rules a document that cannot be read is reported under, one finding each time. */
    private static final Set<String> READING_RULES = Arrays.stream(ReadingRule.values()).map(ReadingRule::id)
            .collect(Collectors.toSet());

    @FuzzTest(maxDuration = UNTIL_STOPPED)
    void readingAnyTextGivesAPolicyOrAReadError(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            roundTrips(PolicyJson.read(text));
        } catch (PolicyReadException refused) {
            assertThat(refused.pointer()).isNotNull();
        }
    }

    @FuzzTest(maxDuration = UNTIL_STOPPED)
    void readingAnyBytesGivesAPolicyOrAReadError(byte[] input) {
        try {
            roundTrips(PolicyJson.read(new ByteArrayInputStream(input)));
        } catch (PolicyReadException refused) {
            assertThat(refused.pointer()).isNotNull();
        }
    }

    @FuzzTest(maxDuration = UNTIL_STOPPED)
    void validatingAnyDocumentGivesAReport(byte[] input) {
        ValidationReport report = VALIDATOR.validate(new ByteArrayInputStream(input), "fuzzed.json");

        assertThat(report.source()).contains("fuzzed.json");
        if (report.policyId().isEmpty()) {
            assertThat(report.findings()).singleElement()
                    .satisfies(finding -> assertThat(READING_RULES).contains(finding.ruleId()));
        }
    }

    @FuzzTest(maxDuration = UNTIL_STOPPED)
    void theCommandLineAnswersAnyFileWithFindings(byte[] input) throws IOException {
        Path file = WORK.resolve("policy.json");
        Files.write(file, input);

        CliTesting.Outcome outcome = CliTesting.validate(WORK, file.toString());

        assertThat(outcome.err).doesNotContain("unexpected error");
        assertThat(outcome.exitCode).isIn(0, 1);
    }

    /** A policy that was read is written and read back as the same value. */
    private static void roundTrips(SafetyPolicy policy) {
        assertThat(PolicyJson.read(PolicyJson.write(policy))).isEqualTo(policy);
    }

    private static Path temporaryDirectory() {
        try {
            Path directory = Files.createTempDirectory("ivp-fuzz");
            directory.toFile().deleteOnExit();
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
