package io.github.ivplib.validation.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import io.github.ivplib.model.BoundedDate;
import io.github.ivplib.model.ImmutableSafetyPolicy;
import io.github.ivplib.model.adoption.Adoption;
import io.github.ivplib.model.governance.Actor;
import io.github.ivplib.model.json.PolicyJson;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.ValidPolicy;
import io.github.ivplib.validation.Validator;

class PolicyFileTestsTest {

    private static final ImmutableSafetyPolicy VALID = ValidPolicy.policy();
    /** Breaks one rule: adopted by the college rather than the council. */
    private static final ImmutableSafetyPolicy BY_THE_COLLEGE = VALID.withId("voorbeeldstad-ivp-college")
            .withAdoption(Adoption.builder().from(VALID.adoption()).adoptedBy(Actor.EXECUTIVE_BOARD).build());
    private static final String BY_THE_COLLEGE_LINE =
            "ERROR politiewet-38b/adopted-by-council /adoption/adoptedBy {adoptedBy=" + Actor.EXECUTIVE_BOARD + "}";

    /** Within four years of the valid policy's adoption, so that it passes every series rule. */
    private static final Validator VALIDATOR = Validator.builder()
            .clock(Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC))
            .build();

    @TempDir
    Path dir;

    /** As a user's test suite has it: JUnit runs the file's test, which fails on an error. */
    @TestFactory
    Stream<DynamicTest> runsAsATestFactory() throws IOException {
        PolicyJson.write(VALID, dir.resolve("ivp.json"));
        return PolicyFileTests.inDirectory(dir, VALIDATOR);
    }

    @Test
    void givesOneTestAFileNamedByItsPathBelowTheDirectoryInPathOrder() throws IOException {
        writeValidAndInvalid();

        List<DynamicTest> tests = PolicyFileTests.inDirectory(dir, VALIDATOR).collect(Collectors.toList());

        assertThat(tests).extracting(DynamicTest::getDisplayName).containsExactly("a-valid.json", "b/invalid.json");
    }

    @Test
    void aTestLinksToItsFile() throws IOException {
        writeValidAndInvalid();

        DynamicTest first = PolicyFileTests.inDirectory(dir, VALIDATOR).findFirst().orElseThrow();

        assertThat(first.getTestSourceUri()).hasValue(dir.resolve("a-valid.json").toUri());
    }

    @Test
    void theTestOfAValidFilePasses() throws IOException {
        writeValidAndInvalid();

        DynamicTest valid = PolicyFileTests.inDirectory(dir, VALIDATOR).collect(Collectors.toList()).get(0);

        assertThatCode(valid.getExecutable()::execute).doesNotThrowAnyException();
    }

    @Test
    void theTestOfAnInvalidFileFailsNamingTheFileAndItsFindings() throws IOException {
        writeValidAndInvalid();

        DynamicTest invalid = PolicyFileTests.inDirectory(dir, VALIDATOR).collect(Collectors.toList()).get(1);

        assertThatThrownBy(invalid.getExecutable()::execute)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Findings of " + dir.resolve("b/invalid.json") + ":")
                .hasMessageContaining(BY_THE_COLLEGE_LINE);
    }

    @Test
    void theSeriesRulesRunAcrossTheDirectory() throws IOException {
        // On its own the valid policy passes; a predecessor adopted more than four years before it
        // makes its adoption overdue, and only a validation of both files together can see that.
        PolicyJson.write(VALID, dir.resolve("ivp-2024-2027.json"));
        PolicyJson.write(VALID.withId("voorbeeldstad-ivp-2020-2023").withAdoption(Adoption.builder()
                .adoptedBy(Actor.COUNCIL).decisionDate(BoundedDate.on(LocalDate.of(2019, 11, 7))).build()),
                dir.resolve("ivp-2020-2023.json"));

        DynamicTest later = PolicyFileTests.inDirectory(dir, VALIDATOR)
                .filter(test -> test.getDisplayName().equals("ivp-2024-2027.json"))
                .findFirst().orElseThrow();

        assertThatThrownBy(later.getExecutable()::execute)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("politiewet-38b/readopted-within-four-years /adoption/decisionDate");
    }

    @Test
    void readsADirectoryOnAnotherFileSystemSuchAsAJar() throws IOException {
        try (FileSystem jar = FileSystems.newFileSystem(dir.resolve("policies.jar"), Map.of("create", "true"))) {
            Path policies = Files.createDirectories(jar.getPath("/policies"));
            PolicyJson.write(VALID, policies.resolve("ivp.json"));

            List<DynamicTest> tests = PolicyFileTests.inDirectory(policies, VALIDATOR).collect(Collectors.toList());

            assertThat(tests).extracting(DynamicTest::getDisplayName).containsExactly("ivp.json");
        }
    }

    @Test
    void warningsPassByDefault() throws IOException {
        PolicyJson.write(VALID, dir.resolve("ivp.json"));
        Validator oneStrategicTheme = Validator.builder().clock(VALIDATOR.settings().clock()).maxStrategicThemes(1).build();

        DynamicTest test = PolicyFileTests.inDirectory(dir, oneStrategicTheme).findFirst().orElseThrow();

        assertThatCode(test.getExecutable()::execute).doesNotThrowAnyException();
    }

    @Test
    void aFailLevelOfWarningFailsOnAWarning() throws IOException {
        PolicyJson.write(VALID, dir.resolve("ivp.json"));
        Validator oneStrategicTheme = Validator.builder().clock(VALIDATOR.settings().clock()).maxStrategicThemes(1).build();

        DynamicTest test = PolicyFileTests.inDirectory(dir, oneStrategicTheme, Severity.WARNING).findFirst().orElseThrow();

        assertThatThrownBy(test.getExecutable()::execute)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("WARNING themes/focus /themes");
    }

    @Test
    void theDefaultsFailAFileThatIsNotJson() throws IOException {
        Files.writeString(dir.resolve("broken.json"), "{");

        DynamicTest test = PolicyFileTests.inDirectory(dir).findFirst().orElseThrow();

        assertThatThrownBy(test.getExecutable()::execute)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ERROR json/syntax");
    }

    @Test
    void aMissingDirectoryFailsTheFactoryNamingTheDirectory() {
        Path missing = dir.resolve("policies");

        assertThatThrownBy(() -> PolicyFileTests.inDirectory(missing))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(missing.toAbsolutePath().toString());
    }

    @Test
    void aFileInPlaceOfTheDirectoryFailsTheFactory() throws IOException {
        Path file = dir.resolve("ivp.json");
        PolicyJson.write(VALID, file);

        assertThatThrownBy(() -> PolicyFileTests.inDirectory(file))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(file.toAbsolutePath().toString());
    }

    @Test
    void aDirectoryWithoutPolicyFilesFailsTheFactory() throws IOException {
        Files.writeString(dir.resolve("README.md"), "policies go here");

        assertThatIllegalArgumentException().isThrownBy(() -> PolicyFileTests.inDirectory(dir))
                .withMessageContaining(dir.toAbsolutePath().toString());
    }

    private void writeValidAndInvalid() throws IOException {
        PolicyJson.write(VALID, dir.resolve("a-valid.json"));
        Files.createDirectories(dir.resolve("b"));
        PolicyJson.write(BY_THE_COLLEGE, dir.resolve("b/invalid.json"));
    }
}
