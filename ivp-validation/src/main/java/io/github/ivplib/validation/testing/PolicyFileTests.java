package io.github.ivplib.validation.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;

import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.ValidationReport;
import io.github.ivplib.validation.Validator;

/**
 * A directory of policy files as JUnit 5 dynamic tests, one test a file, for a repository that
 * keeps its policies in git:
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> policies() {
 *     return PolicyFileTests.inDirectory(Path.of("src/main/policies"));
 * }
 * }</pre>
 * <p>
 * Every {@code *.json} file below the directory is read and validated together with the others
 * ({@link Validator#validateDirectory(Path)}), so that the rules over a series of one
 * municipality's policies run across the directory. Each test is named after its file's path
 * relative to the directory, with {@code /} between names on every platform, links to the file,
 * and fails with {@link ValidationReportAssert#hasNoFindingsAtLeast(Severity)}: a message that
 * lists the file's findings, one a line.
 * <p>
 * A directory that cannot be read, or holds no policy file, makes the factory itself throw,
 * naming the directory as an absolute path: JUnit reports the test factory as failed, and no
 * policy can pass unchecked because the path was wrong.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PolicyFileTests {

    private PolicyFileTests() {
    }

    /**
     * Validates every policy file below a directory with the catalogue's defaults; a test fails
     * on an error.
     *
     * @param directory the directory, relative to the working directory of the test run (a
     *        module's directory under Maven) or absolute, not null
     * @return one dynamic test a file, in path order, not null
     * @throws UncheckedIOException if the directory or a file below it cannot be read
     * @throws IllegalArgumentException if no {@code *.json} file lies below the directory
     */
    public static Stream<DynamicTest> inDirectory(Path directory) {
        return inDirectory(directory, Validator.defaults());
    }

    /**
     * Validates every policy file below a directory with a configured validator; a test fails
     * on an error.
     *
     * @param directory the directory, not null
     * @param validator the validator, with the rules, severities and settings of the project, not null
     * @return one dynamic test a file, in path order, not null
     * @throws UncheckedIOException if the directory or a file below it cannot be read
     * @throws IllegalArgumentException if no {@code *.json} file lies below the directory
     */
    public static Stream<DynamicTest> inDirectory(Path directory, Validator validator) {
        return inDirectory(directory, validator, Severity.ERROR);
    }

    /**
     * Validates every policy file below a directory with a configured validator; a test fails
     * on a finding at a level or more serious.
     *
     * @param directory the directory, not null
     * @param validator the validator, not null
     * @param failLevel the least severity that fails a file's test, such as
     *        {@link Severity#WARNING} to fail on warnings too, not null
     * @return one dynamic test a file, in path order, not null
     * @throws UncheckedIOException if the directory or a file below it cannot be read
     * @throws IllegalArgumentException if no {@code *.json} file lies below the directory
     */
    public static Stream<DynamicTest> inDirectory(Path directory, Validator validator, Severity failLevel) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(validator, "validator");
        Objects.requireNonNull(failLevel, "failLevel");
        List<ValidationReport> reports = validate(directory, validator);
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("no policy files (*.json) below " + directory.toAbsolutePath());
        }
        return reports.stream().map(report -> {
            // The validator names each report after the file it read below the directory, on
            // the directory's file system, which need not be the default one.
            Path file = directory.getFileSystem().getPath(report.source().orElseThrow());
            return DynamicTest.dynamicTest(displayName(directory.relativize(file)), file.toUri(),
                    () -> PolicyAssertions.assertThat(report).hasNoFindingsAtLeast(failLevel));
        });
    }

    private static List<ValidationReport> validate(Path directory, Validator validator) {
        try {
            if (!Files.isDirectory(directory)) {
                throw Files.exists(directory)
                        ? new NotDirectoryException(directory.toString())
                        : new NoSuchFileException(directory.toString());
            }
            return validator.validateDirectory(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the policy files below " + directory.toAbsolutePath()
                    + ": " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
        }
    }

    private static String displayName(Path relative) {
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }
}
