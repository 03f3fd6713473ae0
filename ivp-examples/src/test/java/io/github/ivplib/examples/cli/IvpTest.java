package io.github.ivplib.examples.cli;

import static io.github.ivplib.examples.cli.CliTesting.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.ivplib.examples.cli.CliTesting.Outcome;

/** The {@code ivp} command itself: help, version and usage problems. */
class IvpTest {

    @TempDir
    Path dir;

    @Test
    void helpListsTheCommands() {
        assertThat(run(dir, "--help").out).contains("validate").contains("schema");
    }

    @Test
    void helpExitsWith0() {
        assertThat(run(dir, "--help").exitCode).isZero();
    }

    @Test
    void helpOfValidateListsItsOptions() {
        Outcome outcome = run(dir, "validate", "--help");

        assertThat(outcome.out).contains("--format").contains("--lang").contains("--fail-on").contains("--disable")
                .contains("--severity");
    }

    /** Tests run from the compiled classes, which have no jar manifest. */
    @Test
    void versionWithoutAManifestIsDevelopment() {
        Outcome outcome = run(dir, "--version");

        assertThat(outcome.out.lines()).containsExactly("ivp development");
    }

    @Test
    void noCommandExitsWith2() {
        assertThat(run(dir).exitCode).isEqualTo(2);
    }

    @Test
    void noCommandIsAUsageProblemToldInOneLine() {
        assertThat(run(dir).err.lines()).singleElement().asString().startsWith("ivp: Missing command");
    }

    @Test
    void anUnknownCommandExitsWith2() {
        assertThat(run(dir, "check", dir.toString()).exitCode).isEqualTo(2);
    }
}
