package io.github.ivplib.examples.cli;

import static io.github.ivplib.examples.cli.CliTesting.copy;
import static io.github.ivplib.examples.cli.CliTesting.reports;
import static io.github.ivplib.examples.cli.CliTesting.validate;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.ivplib.examples.ExamplePolicies;
import io.github.ivplib.validation.ReportJson;

/** {@code ivp validate --format json}: the library's own report JSON. */
class JsonFormatTest {

    @TempDir
    Path dir;

    @Test
    void theOutputIsReportJsonOfTheReportsOfTheFilesValidatedTogether() throws IOException {
        Path roermond = copy(ExamplePolicies.ROERMOND_IVP_2024_2027, dir);
        Path venlo = copy(ExamplePolicies.VENLO_IVB_2023_2026, dir);

        String out = validate(dir, "--format", "json", dir.toString()).out;

        assertThat(out).isEqualTo(ReportJson.write(reports(CliTesting.DUTCH, roermond, venlo)));
    }
}
