package io.github.ivplib.examples.cli;

import static io.github.ivplib.examples.cli.CliTesting.copy;
import static io.github.ivplib.examples.cli.CliTesting.inForce;
import static io.github.ivplib.examples.cli.CliTesting.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.ivplib.examples.ExamplePolicies;
import io.github.ivplib.validation.ValidationReport;

/**
 * The page of {@code ivp report} as a real browser reads it: headless Chromium parses the page
 * and gives back its DOM, in which the charts and tables must stand with the right numbers, and
 * takes the screenshot the README shows ({@code target/report-example.png}).
 * <p>
 * Without a Chromium (the Debian package {@code chromium}, or the program named by the
 * environment variable {@code CHROMIUM}) the tests are skipped, saying so; CI installs it.
 */
class ReportInBrowserTest {

    /** Where Chromium is looked for when {@code CHROMIUM} does not say. */
    private static final List<String> CHROMIUMS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");
    /**
     * A guard against a browser that hangs, not a measure of speed: Chromium reads the page in
     * about a second, and a build shared by other jobs still has far more than this.
     */
    private static final long HANG_GUARD_SECONDS = 120;

    private static Path chromium;
    /** The page of the two examples, written once: Chromium's start is most of each test's time. */
    private static Path examplesPage;
    private static Document examplesDom;

    @TempDir
    static Path dir;

    @BeforeAll
    static void renderExamples() throws IOException, InterruptedException {
        Optional<Path> found = Stream.concat(Optional.ofNullable(System.getenv("CHROMIUM")).stream(), CHROMIUMS.stream())
                .map(Path::of).filter(Files::isExecutable).findFirst();
        Assumptions.assumeTrue(found.isPresent(), "No headless Chromium at " + CHROMIUMS + " or $CHROMIUM: "
                + "install the Debian package chromium (apt-get install -y chromium) to check the report in a browser");
        chromium = found.get();
        examplesPage = page(examples(), "examples.html");
        examplesDom = renderedDom(examplesPage);
    }

    /** Writes the page of {@code ivp report} on a directory of policy files, as of the test clock. */
    private static Path page(Path policies, String name) throws IOException {
        CliTesting.Outcome outcome = CliTesting.run(policies, "report", ".");
        assertThat(outcome.exitCode).as(outcome.err).isEqualTo(0);
        return Files.writeString(dir.resolve(name), outcome.out, StandardCharsets.UTF_8);
    }

    private static Path examples() throws IOException {
        Path policies = Files.createDirectories(dir.resolve("examples"));
        copy(ExamplePolicies.VENLO_IVB_2023_2026, policies);
        copy(ExamplePolicies.ROERMOND_IVP_2024_2027, policies);
        return policies;
    }

    /** Runs Chromium headless on a page with further arguments and returns what it wrote to standard output. */
    private static String chromium(Path page, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                // Containers have a small /dev/shm; a profile of its own keeps parallel builds apart.
                "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory(dir, "profile")));
        command.addAll(List.of(arguments));
        command.add(page.toUri().toString());
        Path out = Files.createTempFile(dir, "chromium", ".out");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(Files.createTempFile(dir, "chromium", ".err").toFile()).start();
        if (!process.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish within " + HANG_GUARD_SECONDS + " s: " + command);
        }
        assertThat(process.exitValue()).as("exit code of " + command).isEqualTo(0);
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static Document renderedDom(Path page) throws IOException, InterruptedException {
        return Jsoup.parse(chromium(page, "--dump-dom"));
    }

    @Test
    void drawsEighteenDistrictBarsForVenloAgainstItsMinimum() {
        Element chart = examplesDom.selectFirst("svg.district-chart");
        assertThat(chart.select("rect.bar")).hasSize(18);
        assertThat(chart.selectFirst("g.minimum").attr("data-value")).isEqualTo("6.7");
    }

    @Test
    void drawsATimelineForEachMunicipality() {
        assertThat(examplesDom.select("section.municipality svg.timeline g.policy-row").eachAttr("data-policy"))
                .containsExactly("roermond-ivp-2024-2027", "venlo-ivb-2023-2026");
    }

    @Test
    void listsEveryFindingOfTheExamples() throws IOException {
        Path policies = dir.resolve("examples");
        List<ValidationReport> reports = CliTesting.reports(CliTesting.DUTCH,
                policies.resolve(ExamplePolicies.VENLO_IVB_2023_2026.fileName()),
                policies.resolve(ExamplePolicies.ROERMOND_IVP_2024_2027.fileName()));
        long findings = reports.stream().mapToLong(report -> report.findings().size()).sum();

        assertThat(examplesDom.select("table.findings tr.finding")).hasSize((int) findings);
    }

    @Test
    void drawsTheGapOfAGeneratedSeriesWithItsDates() throws Exception {
        Path policies = Files.createDirectories(dir.resolve("series"));
        write(policies.resolve("ivp-2019-2022.json"),
                inForce("ivp-2019-2022", LocalDate.of(2018, 12, 13), LocalDate.of(2019, 1, 1), LocalDate.of(2022, 12, 31)));
        write(policies.resolve("ivp-2023-2026.json"),
                inForce("ivp-2023-2026", LocalDate.of(2023, 2, 16), LocalDate.of(2023, 3, 1), LocalDate.of(2026, 12, 31)));

        Document dom = renderedDom(page(policies, "series.html"));

        Element gap = dom.selectFirst("svg.timeline g.gap");
        assertThat(List.of(gap.attr("data-from"), gap.attr("data-to"), gap.selectFirst("text").text()))
                .containsExactly("2023-01-01", "2023-02-28", "geen plan in werking: 2023-01-01 t/m 2023-02-28 (59 dagen)");
    }

    @Test
    void takesAScreenshotOfTheExamplesReport() throws Exception {
        Path screenshot = Files.createDirectories(Path.of("target")).resolve("report-example.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);

        chromium(examplesPage, "--hide-scrollbars", "--window-size=1280,2000", "--screenshot=" + screenshot);

        byte[] png = Files.readAllBytes(screenshot);
        assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }
}
