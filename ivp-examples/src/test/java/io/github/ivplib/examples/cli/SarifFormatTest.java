package io.github.ivplib.examples.cli;

import static io.github.ivplib.examples.cli.CliTesting.copy;
import static io.github.ivplib.examples.cli.CliTesting.reports;
import static io.github.ivplib.examples.cli.CliTesting.validate;
import static io.github.ivplib.examples.cli.CliTesting.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.ivplib.examples.ExamplePolicies;
import io.github.ivplib.validation.Finding;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.Rule;
import io.github.ivplib.validation.RuleCatalogue;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.ValidationReport;
import io.github.ivplib.validation.json.ReadingRule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ivp validate --format sarif}: a SARIF 2.1.0 log as GitHub code scanning takes it (see
 * "SARIF support for code scanning": runs[].tool.driver.name and rules[] with id,
 * shortDescription, fullDescription and help; results[] with message.text and a location whose
 * physicalLocation has artifactLocation.uri and region.startLine).
 */
class SarifFormatTest {

    private static final Map<Severity, String> LEVELS = Map.of(Severity.ERROR, "error", Severity.WARNING, "warning",
            Severity.INFO, "note");

    @TempDir
    Path dir;

    private static JsonNode parse(String sarif) {
        return JsonMapper.builder().build().readTree(sarif);
    }

    /** The SARIF log of the two bundled policies, validated together from the working directory. */
    private JsonNode bundled(String... options) throws IOException {
        copy(ExamplePolicies.ROERMOND_IVP_2024_2027, dir);
        copy(ExamplePolicies.VENLO_IVB_2023_2026, dir);
        List<String> args = new ArrayList<>(List.of("--format", "sarif"));
        args.addAll(List.of(options));
        args.add(dir.toString());
        return parse(validate(dir, args.toArray(String[]::new)).out);
    }

    private List<Finding> bundledFindings() throws IOException {
        return reports(CliTesting.DUTCH, dir.resolve(ExamplePolicies.ROERMOND_IVP_2024_2027.fileName()),
                dir.resolve(ExamplePolicies.VENLO_IVB_2023_2026.fileName())).stream()
                .flatMap(report -> report.findings().stream()).collect(Collectors.toList());
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }

    private static JsonNode run(JsonNode log) {
        return log.get("runs").get(0);
    }

    @Test
    void theLogIsSarif210WithOneRun() throws IOException {
        JsonNode log = bundled();

        assertThat(log.get("$schema").stringValue()).endsWith("sarif-schema-2.1.0.json");
        assertThat(log.get("version").stringValue()).isEqualTo("2.1.0");
        assertThat(log.get("runs").size()).isEqualTo(1);
    }

    @Test
    void theDriverIsIvpWithItsVersionAndInformationUri() throws IOException {
        JsonNode driver = run(bundled()).get("tool").get("driver");

        assertThat(driver.get("name").stringValue()).isEqualTo("ivp");
        assertThat(driver.get("version").stringValue()).isEqualTo(ManifestVersion.DEVELOPMENT);
        assertThat(driver.get("informationUri").stringValue()).isEqualTo("https://github.com/ivplib/ivp");
    }

    @Test
    void theRulesAreTheReadingRulesAndTheWholeCatalogueInOrder() throws IOException {
        List<String> expected = Stream.concat(Stream.of(ReadingRule.values()), RuleCatalogue.rules().stream())
                .map(Rule::id).collect(Collectors.toList());

        List<JsonNode> rules = list(run(bundled()).get("tool").get("driver").get("rules"));

        assertThat(rules).extracting(rule -> rule.get("id").stringValue()).containsExactlyElementsOf(expected);
    }

    @Test
    void everyRuleHasDescriptionsHelpAndItsDefaultLevel() throws IOException {
        Map<String, Severity> severities = Stream.concat(Stream.of(ReadingRule.values()), RuleCatalogue.rules().stream())
                .collect(Collectors.toMap(Rule::id, Rule::defaultSeverity));

        List<JsonNode> rules = list(run(bundled()).get("tool").get("driver").get("rules"));

        assertThat(rules).allSatisfy(rule -> {
            assertThat(rule.path("shortDescription").path("text").stringValue()).isNotBlank();
            assertThat(rule.path("fullDescription").path("text").stringValue()).isNotBlank();
            assertThat(rule.path("help").path("text").stringValue()).isNotBlank();
            assertThat(rule.path("defaultConfiguration").path("level").stringValue())
                    .isEqualTo(LEVELS.get(severities.get(rule.get("id").stringValue())));
        });
    }

    @Test
    void theRuleDescriptionsAreInTheChosenLanguage() throws IOException {
        List<JsonNode> rules = list(run(bundled("--lang", "en")).get("tool").get("driver").get("rules"));

        assertThat(rules.get(0).get("fullDescription").get("text").stringValue())
                .isEqualTo(ReadingRule.SYNTAX.description(Locale.ENGLISH));
    }

    @Test
    void everyResultPointsAtTheRuleWithItsId() throws IOException {
        JsonNode run = run(bundled());
        JsonNode rules = run.get("tool").get("driver").get("rules");

        assertThat(list(run.get("results"))).isNotEmpty().allSatisfy(result ->
                assertThat(rules.get(result.get("ruleIndex").intValue()).get("id").stringValue())
                        .isEqualTo(result.get("ruleId").stringValue()));
    }

    @Test
    void thereIsAResultPerFindingInReportOrderWithItsLevelAndMessage() throws IOException {
        JsonNode run = run(bundled());
        List<Finding> findings = bundledFindings();

        assertThat(list(run.get("results")))
                .extracting(result -> result.get("ruleId").stringValue() + " " + result.get("level").stringValue()
                        + " " + result.get("message").get("text").stringValue())
                .containsExactlyElementsOf(findings.stream()
                        .map(f -> f.ruleId() + " " + LEVELS.get(f.severity()) + " " + f.message(CliTesting.DUTCH))
                        .collect(Collectors.toList()));
    }

    @Test
    void everyResultIsPlacedInItsFileByLineAndColumnAndInTheDocumentByItsPointer() throws IOException {
        JsonNode run = run(bundled());
        List<Finding> findings = bundledFindings();
        List<JsonNode> results = list(run.get("results"));

        assertThat(results).hasSameSizeAs(findings);
        for (int i = 0; i < results.size(); i++) {
            JsonNode location = results.get(i).get("locations").get(0);
            Finding finding = findings.get(i);
            assertThat(location.get("physicalLocation").get("region").get("startLine").intValue())
                    .isEqualTo(finding.line().getAsInt());
            assertThat(location.get("physicalLocation").get("region").get("startColumn").intValue())
                    .isEqualTo(finding.column().getAsInt());
            assertThat(location.get("logicalLocations").get(0).get("fullyQualifiedName").stringValue())
                    .isEqualTo(finding.pointer());
            assertThat(location.get("logicalLocations").get(0).get("kind").stringValue()).isEqualTo("member");
        }
    }

    @Test
    void aFileIsNamedRelativeToTheWorkingDirectory() throws IOException {
        JsonNode run = run(bundled());

        assertThat(list(run.get("results")))
                .extracting(r -> r.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").stringValue())
                .containsOnly(ExamplePolicies.ROERMOND_IVP_2024_2027.fileName(), ExamplePolicies.VENLO_IVB_2023_2026.fileName());
    }

    @Test
    void aRelativeUriHasForwardSlashesAndPercentEncoding() throws IOException {
        write(dir.resolve("beleid 2025/voorbeeld stad.json"), CliTesting.onlyInformation());

        JsonNode log = parse(validate(dir, "--format", "sarif", "beleid 2025").out);

        assertThat(run(log).get("results").get(0).get("locations").get(0).get("physicalLocation")
                .get("artifactLocation").get("uri").stringValue()).isEqualTo("beleid%202025/voorbeeld%20stad.json");
    }

    @Test
    void aFileOutsideTheWorkingDirectoryKeepsItsAbsoluteUri() throws IOException {
        Path file = write(dir.resolve("elders/voorbeeldstad.json"), CliTesting.onlyInformation());
        Path workingDirectory = java.nio.file.Files.createDirectories(dir.resolve("repository"));

        JsonNode log = parse(validate(workingDirectory, "--format", "sarif", file.toString()).out);

        assertThat(run(log).get("results").get(0).get("locations").get(0).get("physicalLocation")
                .get("artifactLocation").get("uri").stringValue()).isEqualTo(file.toUri().toString());
    }

    @Test
    void aFindingAboutAListTheFileLacksIsPlacedAtTheRootObject() throws IOException {
        Path file = CliTesting.withoutMilestonesAfterABlankLine(dir.resolve("voorbeeldstad.json"));

        List<JsonNode> results = list(run(parse(validate(dir, "--format", "sarif", file.toString()).out)).get("results"));

        assertThat(results).filteredOn(result -> result.get("locations").get(0).get("logicalLocations").get(0)
                        .get("fullyQualifiedName").stringValue().equals("/milestones"))
                .isNotEmpty()
                .allSatisfy(result -> {
                    JsonNode region = result.get("locations").get(0).get("physicalLocation").get("region");
                    assertThat(region.get("startLine").intValue()).isEqualTo(2);
                    assertThat(region.get("startColumn").intValue()).isEqualTo(1);
                });
    }

    @Test
    void aFindingWithoutALineIsPlacedOnLine1WithoutAColumn() throws IOException {
        // An empty file: the reader has no place to name.
        Path empty = write(dir.resolve("leeg.json"), "");

        JsonNode region = run(parse(validate(dir, "--format", "sarif", empty.toString()).out)).get("results").get(0)
                .get("locations").get(0).get("physicalLocation").get("region");

        assertThat(region.get("startLine").intValue()).isEqualTo(1);
        assertThat(region.has("startColumn")).isFalse();
    }

    @Test
    void aLocalRuleWithoutADescriptionIsDescribedByItsId() {
        Rule local = new PolicyRule() {
            @Override
            public String id() {
                return "gemeente/zonder-beschrijving";
            }

            @Override
            public Severity defaultSeverity() {
                return Severity.WARNING;
            }

            @Override
            public void check(io.github.ivplib.model.SafetyPolicy policy, io.github.ivplib.validation.RuleContext context) {
            }
        };

        JsonNode rule = run(parse(SarifLog.write(List.<ValidationReport>of(), List.of(local), Locale.ENGLISH, dir)))
                .get("tool").get("driver").get("rules").get(0);

        assertThat(rule.get("shortDescription").get("text").stringValue()).isEqualTo("gemeente/zonder-beschrijving");
    }
}
