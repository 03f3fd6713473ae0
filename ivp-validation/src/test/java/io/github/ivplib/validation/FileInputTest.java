package io.github.ivplib.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.ivplib.model.json.PolicyJson;
import io.github.ivplib.model.json.ReadLimits;

/**
 * What the validator makes of files: every path that is no readable file is a
 * {@code json/unreadable} finding in its report, never an exception or a file passed over, and
 * the limits it is built with hold for every way a document comes in.
 */
class FileInputTest {

    private static final Locale DUTCH = new Locale("nl");
    private static final String VALID = PolicyJson.write(ValidPolicy.policy());
    /**
     * The valid policy with a list one element beyond {@link #SMALL}, in a field it does not fill:
     * the reader stops at a field the policy does not have. Its root has fewer fields.
     */
    private static final String LONG_LIST = VALID.replaceFirst("\\{", "{\"preconditions\": ["
            + IntStream.rangeClosed(1, 21).mapToObj(i -> "{\"id\": \"p" + i + "\", \"name\": \"n\"}")
                    .collect(Collectors.joining(", ")) + "],");
    private static final ReadLimits SMALL = ReadLimits.defaults().withMaxElementCount(20);
    private static final Validator LIMITED = Validator.builder().readLimits(SMALL).build();

    @TempDir
    Path dir;

    private static Finding onlyFinding(ValidationReport report) {
        assertThat(report.findings()).hasSize(1);
        return report.findings().get(0);
    }

    @Test
    void aDirectoryGivenAsAFileIsAnUnreadableFinding() throws IOException {
        Path directory = Files.createDirectory(dir.resolve("policy.json"));

        ValidationReport report = Validator.defaults().validate(directory);

        assertThat(report.source()).hasValue(directory.toString());
        assertThat(onlyFinding(report).ruleId()).isEqualTo("json/unreadable");
        assertThat(onlyFinding(report).values()).containsExactly(entry("reason", "DIRECTORY"));
    }

    @Test
    void anUnreadableFindingIsToldInDutchAndEnglish() throws IOException {
        Finding finding = onlyFinding(Validator.defaults().validate(Files.createDirectory(dir.resolve("map.json"))));

        assertThat(List.of(finding.message(DUTCH), finding.message(Locale.ENGLISH))).containsExactly(
                "Het pad is een map, geen bestand; geef de map als map op om de JSON-bestanden erin te valideren.",
                "The path is a directory, not a file; give the directory as such to validate the JSON files in it.");
    }

    @Test
    void aBrokenLinkBelowADirectoryIsAFindingNotPassedOver() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("weg.json"), dir.resolve("bestaat-niet.json"));

        List<ValidationReport> reports = Validator.defaults().validateDirectory(dir);

        assertThat(reports).singleElement().satisfies(report -> {
            assertThat(report.source()).hasValue(link.toString());
            assertThat(onlyFinding(report).values()).containsEntry("reason", "BROKEN_LINK");
        });
    }

    @Test
    void aLoopOfLinksBelowADirectoryIsAFinding() throws IOException {
        Files.createSymbolicLink(dir.resolve("a.json"), dir.resolve("b.json"));
        Files.createSymbolicLink(dir.resolve("b.json"), dir.resolve("a.json"));

        List<ValidationReport> reports = Validator.defaults().validateDirectory(dir);

        assertThat(reports).hasSize(2).allSatisfy(report -> assertThat(onlyFinding(report).values())
                .containsEntry("reason", "LINK_LOOP"));
    }

    @Test
    void aLinkBackToAnEnclosingDirectoryIsNotFollowed() throws IOException {
        Files.writeString(dir.resolve("policy.json"), VALID);
        Files.createSymbolicLink(Files.createDirectory(dir.resolve("sub")).resolve("terug"), dir);

        List<ValidationReport> reports = Validator.defaults().validateDirectory(dir);

        assertThat(reports).extracting(report -> report.source().orElseThrow())
                .containsExactly(dir.resolve("policy.json").toString());
    }

    @Test
    void aLinkToAPolicyFileIsReadThroughTheLink() throws IOException {
        Path target = Files.writeString(Files.createDirectory(dir.resolve("elders")).resolve("policy.txt"), VALID);
        Files.createSymbolicLink(dir.resolve("link.json"), target);

        List<ValidationReport> reports = Validator.defaults().validateDirectory(dir);

        assertThat(reports).singleElement().satisfies(report -> assertThat(report.policyId()).isPresent());
    }

    @Test
    void aPipeIsNotOpenedButTold() throws IOException, InterruptedException {
        Path pipe = dir.resolve("pipe.json");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assumeThat(mkfifo.waitFor(60, TimeUnit.SECONDS) && mkfifo.exitValue() == 0)
                .as("mkfifo makes a pipe on this system").isTrue();

        ValidationReport report = Validator.defaults().validate(pipe);

        assertThat(onlyFinding(report).values()).containsExactly(entry("reason", "NOT_A_FILE"));
    }

    @Test
    void theLimitsHoldForText() {
        assertThat(onlyFinding(LIMITED.validate(LONG_LIST, "text")).values()).containsEntry("limit", "ELEMENT_COUNT");
    }

    @Test
    void theLimitsHoldForStreams() {
        ValidationReport report = LIMITED.validate(new ByteArrayInputStream(LONG_LIST.getBytes(StandardCharsets.UTF_8)),
                "stream");

        assertThat(onlyFinding(report).values()).containsEntry("limit", "ELEMENT_COUNT");
    }

    @Test
    void theLimitsHoldForFiles() throws IOException {
        ValidationReport report = LIMITED.validate(Files.writeString(dir.resolve("lang.json"), LONG_LIST));

        assertThat(onlyFinding(report).values()).containsEntry("limit", "ELEMENT_COUNT");
    }

    @Test
    void theLimitsHoldForEachFileBelowADirectory() throws IOException {
        Files.writeString(dir.resolve("lang.json"), LONG_LIST);
        Files.writeString(dir.resolve("goed.json"), VALID);

        List<ValidationReport> reports = LIMITED.validateDirectory(dir);

        assertThat(reports).extracting(report -> report.findings().stream().map(Finding::ruleId)
                        .filter(id -> id.startsWith("json/")).count())
                .containsExactly(0L, 1L);
    }

    @Test
    void aLimitFindingNamesTheLimitItsMaximumAndWhere() {
        Finding finding = onlyFinding(LIMITED.validate(LONG_LIST, "text"));

        assertThat(finding.ruleId()).isEqualTo("json/limits");
        assertThat(finding.values()).containsExactly(entry("field", "preconditions"), entry("limit", "ELEMENT_COUNT"),
                entry("maximum", "20"));
        assertThat(finding.pointer()).isEqualTo("/preconditions");
        assertThat(finding.line()).hasValue(1);
        assertThat(finding.column()).hasValue(LONG_LIST.indexOf("{\"id\": \"p21\"") + 1);
        assertThat(finding.message(DUTCH)).isEqualTo("Het bestand overschrijdt een veiligheidsgrens (een lijst of object"
                + " heeft meer elementen dan de grens van 20).");
    }

    @Test
    void theValidatorSaysItsLimits() {
        assertThat(LIMITED.readLimits()).isEqualTo(SMALL);
    }
}
