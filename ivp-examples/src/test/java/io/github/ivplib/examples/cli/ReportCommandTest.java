package io.github.ivplib.examples.cli;

import static io.github.ivplib.examples.cli.CliTesting.copy;
import static io.github.ivplib.examples.cli.CliTesting.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.ivplib.examples.ExamplePolicies;
import io.github.ivplib.examples.cli.CliTesting.Outcome;

/** {@code ivp report}: the page it writes and how it exits. */
class ReportCommandTest {

    @TempDir
    Path dir;

    @BeforeEach
    void copyExamples() throws IOException {
        copy(ExamplePolicies.VENLO_IVB_2023_2026, dir);
        copy(ExamplePolicies.ROERMOND_IVP_2024_2027, dir);
    }

    private static Document page(Outcome outcome) {
        return Jsoup.parse(outcome.out);
    }

    @Test
    void writesOnePageOfTheFilesAndExitsZero() {
        Outcome outcome = run(dir, "report", ".");

        assertThat(outcome.exitCode).isEqualTo(0);
        assertThat(page(outcome).select("section.municipality h2").eachText())
                .containsExactly("Roermond (GM0957)", "Venlo (GM0983)");
    }

    @Test
    void startsWithTheHtmlDoctype() {
        assertThat(run(dir, "report", ".").out).startsWith("<!doctype html>");
    }

    @Test
    void writesDutchByDefault() {
        assertThat(page(run(dir, "report", ".")).selectFirst("html").attr("lang")).isEqualTo("nl");
    }

    @Test
    void writesEnglishWithLangEn() {
        assertThat(page(run(dir, "report", "--lang", "en", ".")).selectFirst("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void takesTheReferenceDateFromTheClockWithoutAsOf() {
        assertThat(page(run(dir, "report", ".")).selectFirst("g.as-of").attr("data-date")).isEqualTo("2025-06-01");
    }

    @Test
    void takesTheReferenceDateFromAsOf() {
        assertThat(page(run(dir, "report", "--as-of", "2029-01-31", ".")).selectFirst("g.as-of").attr("data-date"))
                .isEqualTo("2029-01-31");
    }

    @Test
    void judgesTheSeriesAsOfTheDateGiven() {
        Document page = page(run(dir, "report", "--as-of", "2029-01-31", "."));

        assertThat(page.select("section.rule-group[data-rule=politiewet-38b/readopted-within-four-years]")).hasSize(1);
    }

    @Test
    void refusesADateThatIsNotOne() {
        Outcome outcome = run(dir, "report", "--as-of", "2025-13-01", ".");

        assertThat(outcome.exitCode).isEqualTo(2);
        assertThat(outcome.err).startsWith("ivp report: Invalid value for option '--as-of'");
    }

    @Test
    void reportsAMissingFileAsAProblem() {
        Outcome outcome = run(dir, "report", "bestaat-niet.json");

        assertThat(outcome.exitCode).isEqualTo(2);
        assertThat(outcome.err.strip()).isEqualTo("ivp report: no such file or directory: " + dir.resolve("bestaat-niet.json"));
    }
}
