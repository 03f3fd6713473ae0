package io.github.ivplib.examples.cli;

import static io.github.ivplib.examples.cli.CliTesting.copy;
import static io.github.ivplib.examples.cli.CliTesting.lineAndColumn;
import static io.github.ivplib.examples.cli.CliTesting.objectHolding;
import static io.github.ivplib.examples.cli.CliTesting.read;
import static io.github.ivplib.examples.cli.CliTesting.validate;
import static io.github.ivplib.examples.cli.CliTesting.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.ivplib.examples.BuildPolicyExample;
import io.github.ivplib.examples.ExamplePolicies;
import io.github.ivplib.examples.cli.CliTesting.Outcome;
import io.github.ivplib.model.json.PolicyJson;

/** {@code ivp validate} in its default text format: what it writes and how it exits. */
class ValidateCommandTest {

    /** The only error of {@link CliTesting#oneErrorAndInformation()}. */
    private static final String ADOPTED_BY_COUNCIL = "politiewet-38b/adopted-by-council";
    /** The only finding of {@link CliTesting#onlyInformation()}, an INFO. */
    private static final String SAFETY_MONITOR_SCHEDULED = "pc-cycle/safety-monitor-scheduled";
    private static final String UNKNOWN_RULE = "budget/bestaat-niet";
    /** The builders' example policy with a typo in the municipality's CBS code field. */
    private static final String MISTYPED_CODE = PolicyJson.write(BuildPolicyExample.build())
            .replaceFirst("\"cbsCode\"", "\"cbsCdoe\"");
    private static final String MISTYPED_CODE_AT = lineAndColumn(MISTYPED_CODE, MISTYPED_CODE.indexOf("\"cbsCdoe\""));

    @TempDir
    Path dir;

    /** The finding lines of a run in text format: every line but the summary. */
    private static List<String> findingLines(Outcome outcome) {
        List<String> lines = outcome.out.lines().collect(Collectors.toList());
        return lines.subList(0, lines.size() - 1);
    }

    /** The usage problem's line on standard error, as the command writes every usage problem. */
    private static String usageProblem(String problem) {
        return "ivp validate: " + problem + " (see 'ivp validate --help')";
    }

    /**
     * Where a finding about an array element, or about a field missing from it, is placed: a
     * field is placed at its name, an array element at its '{'.
     */
    private static String placeOfObjectHolding(Path file, String marker) throws IOException {
        String text = read(file);
        return lineAndColumn(text, objectHolding(text, marker));
    }

    // --- the text lines

    @Test
    void aFindingIsALineWithFileLineColumnSeverityRuleMessageAndPointer() throws IOException {
        Path venlo = copy(ExamplePolicies.VENLO_IVB_2023_2026, dir);
        String at = placeOfObjectHolding(venlo, "\"id\": \"maatschappelijke-onrust-en-overlast\"");

        Outcome outcome = validate(dir, venlo.toString());

        assertThat(outcome.out.lines()).contains(venlo + ":" + at + " warning themes/strategic-theme-has-goal"
                + " Het strategische thema 'maatschappelijke-onrust-en-overlast' heeft geen doel: geen enkel doel"
                + " noemt dit thema. (/themes/0)");
    }

    @Test
    void aFindingAboutAMissingFieldIsPlacedAtTheObjectThatLacksIt() throws IOException {
        Path venlo = venloWithoutDirectionInAvePhase2();
        String at = placeOfObjectHolding(venlo, "\"number\": 2,");

        Outcome outcome = validate(dir, venlo.toString());

        assertThat(outcome.out.lines()).contains(venlo + ":" + at + " error ave/direction-assigned"
                + " Voor AVE-fase 2 is niet vastgelegd wie de regie heeft, noch dat dat per casus wordt afgesproken."
                + " (/ave/phases/1/direction)");
    }

    @Test
    void aFindingAboutAListTheFileLacksIsPlacedAtTheRootObject() throws IOException {
        Path file = CliTesting.withoutMilestonesAfterABlankLine(dir.resolve("voorbeeldstad.json"));

        Outcome outcome = validate(dir, file.toString());

        assertThat(outcome.out.lines()).filteredOn(line -> line.endsWith(" (/milestones)")).isNotEmpty()
                .allSatisfy(line -> assertThat(line).startsWith(file + ":2:1 "));
    }

    @Test
    void langEnWritesTheMessagesInEnglish() throws IOException {
        Path venlo = venloWithoutDirectionInAvePhase2();
        String at = placeOfObjectHolding(venlo, "\"number\": 2,");

        Outcome outcome = validate(dir, "--lang", "en", venlo.toString());

        assertThat(outcome.out.lines()).contains(venlo + ":" + at + " error ave/direction-assigned"
                + " AVE phase 2 does not say who holds direction, nor that it is agreed per case."
                + " (/ave/phases/1/direction)");
    }

    /** Venlo with AVE phase 2 saying neither who holds direction nor that it is agreed per case. */
    private Path venloWithoutDirectionInAvePhase2() throws IOException {
        Path venlo = copy(ExamplePolicies.VENLO_IVB_2023_2026, dir);
        String text = read(venlo);
        int phase2 = text.indexOf("\"number\": 2,");
        int from = text.indexOf("\"directionAgreedPerCase\"", phase2);
        int to = text.indexOf("\"description\"", from);
        return write(venlo, text.substring(0, from) + text.substring(to));
    }

    /**
     * The counts are those of the reviewed golden reports (golden/README.md), and the one series
     * finding a run over files adds: Venlo's document gives no decision date, so whether its
     * adoption is at most four years old cannot be judged.
     */
    @Test
    void theLastLineSumsUpFilesAndFindingsPerSeverity() throws IOException {
        copy(ExamplePolicies.VENLO_IVB_2023_2026, dir);
        copy(ExamplePolicies.ROERMOND_IVP_2024_2027, dir);

        Outcome outcome = validate(dir, dir.toString());

        assertThat(outcome.out.lines()).last().isEqualTo("2 files, 0 errors, 10 warnings, 4 infos");
    }

    @Test
    void theSummaryCountsOneInTheSingular() throws IOException {
        Path file = write(dir.resolve("voorbeeldstad.json"), CliTesting.onlyInformation());

        Outcome outcome = validate(dir, file.toString());

        assertThat(outcome.out.lines()).last().isEqualTo("1 file, 0 errors, 0 warnings, 1 info");
    }

    @Test
    void aFileThatIsNotJsonIsAJsonSyntaxFindingWithLineAndColumn() throws IOException {
        String text = "{\n  \"schemaVersion\": \"1.0\"\n  \"id\": \"x\"\n}\n";
        Path file = write(dir.resolve("kapot.json"), text);
        // The comma is missing before the second field: the reader stops at its opening quote.
        String at = lineAndColumn(text, text.indexOf("\"id\""));

        Outcome outcome = validate(dir, file.toString());

        assertThat(outcome.out.lines()).first().asString().startsWith(file + ":" + at + " error json/syntax ");
    }

    @Test
    void aFileThatCannotBeReadIsToldInDutchAllThrough() throws IOException {
        Path file = write(dir.resolve("tikfout.json"), MISTYPED_CODE);

        Outcome outcome = validate(dir, file.toString());

        assertThat(outcome.out.lines()).first().isEqualTo(file + ":" + MISTYPED_CODE_AT + " error json/unknown-field"
                + " Het veld 'cbsCdoe' is onbekend, waarschijnlijk een typefout (onbekend veld \"cbsCdoe\"; bekende"
                + " velden zijn \"cbsCode\", \"districts\", \"formerMunicipalities\", \"foundedOn\", \"name\"). (/municipality/cbsCdoe)");
    }

    @Test
    void aFileThatCannotBeReadIsToldInEnglishAllThroughWithLangEn() throws IOException {
        Path file = write(dir.resolve("tikfout.json"), MISTYPED_CODE);

        Outcome outcome = validate(dir, "--lang", "en", file.toString());

        assertThat(outcome.out.lines()).first().isEqualTo(file + ":" + MISTYPED_CODE_AT + " error json/unknown-field"
                + " The field 'cbsCdoe' is unknown, likely a typo (unknown field \"cbsCdoe\"; known fields are"
                + " \"cbsCode\", \"districts\", \"formerMunicipalities\", \"foundedOn\", \"name\"). (/municipality/cbsCdoe)");
    }

    @Test
    void policiesOfOneMunicipalityInOneRunAreCheckedAsASeries() throws IOException {
        write(dir.resolve("ivp-2021-2024.json"), CliTesting.inForce("voorbeeldstad-ivp-2021-2024",
                LocalDate.of(2020, 11, 12), LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31)));
        Path later = write(dir.resolve("ivp-2025-2028.json"), CliTesting.inForce("voorbeeldstad-ivp-2025-2028",
                LocalDate.of(2024, 11, 7), LocalDate.of(2025, 3, 1), LocalDate.of(2028, 12, 31)));
        String text = read(later);
        String at = lineAndColumn(text, text.indexOf("\"entryIntoForce\""));

        Outcome outcome = validate(dir, "--lang", "en", dir.toString());

        // January and February 2025: 31 + 28 days.
        assertThat(outcome.out.lines()).contains(later + ":" + at + " error politiewet-38b/continuous-coverage"
                + " From 2025-01-01 to 2025-02-28 inclusive (59 day(s)) no safety policy was in force: the previous"
                + " policy (voorbeeldstad-ivp-2021-2024) had lapsed and this policy had not yet started."
                + " (/adoption/entryIntoForce)");
    }

    // --- switching rules off and changing their severity

    @Test
    void disableRemovesExactlyTheFindingsOfThatRule() throws IOException {
        Path file = write(dir.resolve("voorbeeldstad.json"), CliTesting.oneErrorAndInformation());
        List<String> withoutTheRule = findingLines(validate(dir, file.toString())).stream()
                .filter(line -> !line.contains(" " + ADOPTED_BY_COUNCIL + " ")).collect(Collectors.toList());

        Outcome outcome = validate(dir, "--disable", ADOPTED_BY_COUNCIL, file.toString());

        assertThat(findingLines(outcome)).containsExactlyElementsOf(withoutTheRule);
    }

    @Test
    void disablingTheRuleOfTheOnlyErrorExitsWith0() throws IOException {
        Path file = write(dir.resolve("voorbeeldstad.json"), CliTesting.oneErrorAndInformation());

        assertThat(validate(dir, "--disable", ADOPTED_BY_COUNCIL, file.toString()).exitCode).isZero();
    }

    @Test
    void disableCanBeRepeated() throws IOException {
        Path file = write(dir.resolve("voorbeeldstad.json"), CliTesting.oneErrorAndInformation());

        Outcome outcome = validate(dir, "--disable", ADOPTED_BY_COUNCIL, "--disable", SAFETY_MONITOR_SCHEDULED,
                file.toString());

        assertThat(outcome.out.lines()).last().isEqualTo("1 file, 0 errors, 0 warnings, 0 infos");
    }

    @Test
    void severityChangesTheSeverityPrintedForThatRule() throws IOException {
        Path file = write(dir.resolve("voorbeeldstad.json"), CliTesting.oneErrorAndInformation());

        Outcome outcome = validate(dir, "--severity", ADOPTED_BY_COUNCIL + "=warning", file.toString());

        assertThat(findingLines(outcome)).filteredOn(line -> line.contains(" " + ADOPTED_BY_COUNCIL + " "))
                .singleElement().asString().contains(" warning " + ADOPTED_BY_COUNCIL + " ");
    }

    @Test
    void anErrorLoweredToAWarningNoLongerFailsTheDefaultRun() throws IOException {
        Path file = write(dir.resolve("voorbeeldstad.json"), CliTesting.oneErrorAndInformation());

        assertThat(validate(dir, "--severity", ADOPTED_BY_COUNCIL + "=warning", file.toString()).exitCode).isZero();
    }

    @Test
    void anErrorLoweredToAWarningFailsARunThatFailsOnWarnings() throws IOException {
        Path file = write(dir.resolve("voorbeeldstad.json"), CliTesting.oneErrorAndInformation());

        Outcome outcome = validate(dir, "--fail-on", "warning", "--severity", ADOPTED_BY_COUNCIL + "=warning",
                file.toString());

        assertThat(outcome.exitCode).isEqualTo(1);
    }

    @Test
    void informationRaisedToAnErrorFailsTheDefaultRun() throws IOException {
        Path file = write(dir.resolve("voorbeeldstad.json"), CliTesting.onlyInformation());

        assertThat(validate(dir, "--severity", SAFETY_MONITOR_SCHEDULED + "=error", file.toString()).exitCode)
                .isEqualTo(1);
    }

    @Test
    void theLevelOfSeverityIsReadInAnyCase() throws IOException {
        Path file = write(dir.resolve("voorbeeldstad.json"), CliTesting.onlyInformation());

        Outcome outcome = validate(dir, "--severity", SAFETY_MONITOR_SCHEDULED + "=Error", file.toString());

        assertThat(outcome.out.lines()).last().isEqualTo("1 file, 1 error, 0 warnings, 0 infos");
    }

    @Test
    void theLastSeverityGivenForARuleCounts() throws IOException {
        Path file = write(dir.resolve("voorbeeldstad.json"), CliTesting.onlyInformation());

        Outcome outcome = validate(dir, "--severity", SAFETY_MONITOR_SCHEDULED + "=error",
                "--severity", SAFETY_MONITOR_SCHEDULED + "=warning", file.toString());

        assertThat(outcome.out.lines()).last().isEqualTo("1 file, 0 errors, 1 warning, 0 infos");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--disable=" + UNKNOWN_RULE, "--disable=json/syntax", "--severity=" + UNKNOWN_RULE + "=info",
            "--severity=goals/smart", "--severity==info", "--severity=goals/smart=loud"})
    void aRuleOptionThatCannotBeAppliedExitsWith2AndValidatesNothing(String option) throws IOException {
        Path file = write(dir.resolve("voorbeeldstad.json"), CliTesting.onlyInformation());

        Outcome outcome = validate(dir, option, file.toString());

        assertThat(outcome.exitCode).isEqualTo(2);
        assertThat(outcome.out).isEmpty();
    }

    @Test
    void disablingAnUnknownRuleIsNamedInOneLineOnStandardError() {
        Outcome outcome = validate(dir, "--disable", UNKNOWN_RULE, dir.toString());

        assertThat(outcome.err.lines()).containsExactly(
                usageProblem("Invalid value for option '--disable': no rule has the id " + UNKNOWN_RULE));
    }

    @Test
    void disablingAReadingRuleIsRefusedInOneLineOnStandardError() {
        Outcome outcome = validate(dir, "--disable", "json/syntax", dir.toString());

        assertThat(outcome.err.lines()).containsExactly(
                usageProblem("Invalid value for option '--disable': reading rules cannot be switched off: json/syntax"));
    }

    @Test
    void aSeverityForAnUnknownRuleIsNamedInOneLineOnStandardError() {
        Outcome outcome = validate(dir, "--severity", UNKNOWN_RULE + "=info", dir.toString());

        assertThat(outcome.err.lines()).containsExactly(
                usageProblem("Invalid value for option '--severity': no rule has the id " + UNKNOWN_RULE));
    }

    @Test
    void aSeverityWithoutALevelIsNamedInOneLineOnStandardError() {
        Outcome outcome = validate(dir, "--severity", "goals/smart", dir.toString());

        assertThat(outcome.err.lines()).containsExactly(usageProblem("Invalid value for option '--severity' (RULE=LEVEL):"
                + " expected a rule id, '=' and a level, such as goals/smart=info, but was 'goals/smart'"));
    }

    @Test
    void anUnknownLevelOfSeverityIsNamedInOneLineOnStandardError() {
        Outcome outcome = validate(dir, "--severity", "goals/smart=loud", dir.toString());

        assertThat(outcome.err.lines()).containsExactly(usageProblem(
                "Invalid value for option '--severity' (RULE=LEVEL): the level is error, warning or info, but was 'loud'"));
    }

    // --- which files

    @Test
    void aDirectoryGivesItsJsonFilesAtAnyDepthInPathOrder() throws IOException {
        Path z = write(dir.resolve("z.json"), CliTesting.onlyInformation());
        Path b = write(dir.resolve("sub/b.json"), CliTesting.onlyInformation());
        Path a = write(dir.resolve("a.json"), CliTesting.onlyInformation());
        write(dir.resolve("notes.txt"), "not a policy");

        Outcome outcome = validate(dir, dir.toString());

        assertThat(outcome.out.lines()).filteredOn(line -> line.contains(" info "))
                .extracting(line -> line.substring(0, line.indexOf(':')))
                .containsExactly(a.toString(), b.toString(), z.toString());
    }

    @Test
    void aRelativePathIsRelativeToTheWorkingDirectory() throws IOException {
        write(dir.resolve("beleid/voorbeeldstad.json"), CliTesting.onlyInformation());

        Outcome outcome = validate(dir, "beleid/voorbeeldstad.json");

        assertThat(outcome.out.lines()).first().asString().startsWith(dir.resolve("beleid/voorbeeldstad.json") + ":");
    }

    @Test
    void aFileGivenTwiceIsValidatedOnce() throws IOException {
        Path file = write(dir.resolve("voorbeeldstad.json"), CliTesting.onlyInformation());

        Outcome outcome = validate(dir, file.toString(), dir.toString());

        assertThat(outcome.out.lines()).last().asString().startsWith("1 file,");
    }

    // --- exit codes

    @Test
    void noFindingAtTheFailOnLevelExitsWith0() throws IOException {
        Path roermond = copy(ExamplePolicies.ROERMOND_IVP_2024_2027, dir);

        assertThat(validate(dir, roermond.toString()).exitCode).isZero();
    }

    @Test
    void anErrorExitsWith1() throws IOException {
        Path venlo = venloWithoutDirectionInAvePhase2();

        assertThat(validate(dir, venlo.toString()).exitCode).isEqualTo(1);
    }

    @Test
    void theBundledPoliciesHaveNoErrorAndExitWith0() throws IOException {
        copy(ExamplePolicies.VENLO_IVB_2023_2026, dir);
        copy(ExamplePolicies.ROERMOND_IVP_2024_2027, dir);

        assertThat(validate(dir, dir.toString()).exitCode).isZero();
    }

    @Test
    void failOnWarningExitsWith1ForAWarning() throws IOException {
        Path roermond = copy(ExamplePolicies.ROERMOND_IVP_2024_2027, dir);

        assertThat(validate(dir, "--fail-on", "warning", roermond.toString()).exitCode).isEqualTo(1);
    }

    @Test
    void failOnWarningExitsWith0ForOnlyInformation() throws IOException {
        Path file = write(dir.resolve("voorbeeldstad.json"), CliTesting.onlyInformation());

        assertThat(validate(dir, "--fail-on", "warning", file.toString()).exitCode).isZero();
    }

    @Test
    void failOnInfoExitsWith1ForInformation() throws IOException {
        Path file = write(dir.resolve("voorbeeldstad.json"), CliTesting.onlyInformation());

        assertThat(validate(dir, "--fail-on", "info", file.toString()).exitCode).isEqualTo(1);
    }

    @Test
    void aMalformedFileExitsWith1() throws IOException {
        Path file = write(dir.resolve("kapot.json"), "{\"schemaVersion\": ");

        assertThat(validate(dir, file.toString()).exitCode).isEqualTo(1);
    }

    @Test
    void aMissingPathExitsWith2() {
        assertThat(validate(dir, dir.resolve("bestaat-niet.json").toString()).exitCode).isEqualTo(2);
    }

    @Test
    void aMissingPathIsNamedInOneLineOnStandardError() {
        Path missing = dir.resolve("bestaat-niet.json");

        Outcome outcome = validate(dir, missing.toString());

        assertThat(outcome.err.lines()).containsExactly("ivp validate: no such file or directory: " + missing);
    }

    @Test
    void aMissingPathStopsTheRunBeforeAnyOtherFileIsValidated() throws IOException {
        Path roermond = copy(ExamplePolicies.ROERMOND_IVP_2024_2027, dir);

        Outcome outcome = validate(dir, roermond.toString(), dir.resolve("bestaat-niet.json").toString());

        assertThat(outcome.out).isEmpty();
    }

    @Test
    void aBrokenLinkBelowADirectoryIsAFindingAndExitsWith1() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("weg.json"), dir.resolve("bestaat-niet.json"));

        Outcome outcome = validate(dir, "--lang", "en", dir.toString());

        assertThat(outcome.out.lines()).first().isEqualTo(link + " error json/unreadable"
                + " The path is a symbolic link to something that does not exist.");
        assertThat(outcome.exitCode).isEqualTo(1);
    }

    @Test
    void aBrokenLinkGivenAsAPathIsAFindingNotAUsageProblem() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("weg.json"), dir.resolve("bestaat-niet.json"));

        Outcome outcome = validate(dir, link.toString());

        assertThat(outcome.err).isEmpty();
        assertThat(outcome.out.lines()).first().asString().startsWith(link + " error json/unreadable ");
    }

    @Test
    void aLoopOfLinksIsAFindingInDutch() throws IOException {
        Path loop = Files.createSymbolicLink(dir.resolve("rond.json"), dir.resolve("rond.json"));

        Outcome outcome = validate(dir, loop.toString());

        assertThat(outcome.out.lines()).first().isEqualTo(loop + " error json/unreadable"
                + " Het pad is een symbolische koppeling die via andere koppelingen naar zichzelf terugleidt.");
    }

    @Test
    void anUnknownOptionExitsWith2() {
        assertThat(validate(dir, "--strict", dir.toString()).exitCode).isEqualTo(2);
    }

    @Test
    void anUnknownOptionIsNamedInOneLineOnStandardError() {
        Outcome outcome = validate(dir, "--strict", dir.toString());

        assertThat(outcome.err.lines()).singleElement().asString()
                .startsWith("ivp validate: Unknown option: '--strict'");
    }

    @Test
    void anUnknownFormatExitsWith2() {
        assertThat(validate(dir, "--format", "xml", dir.toString()).exitCode).isEqualTo(2);
    }

    @Test
    void noPathExitsWith2() {
        assertThat(validate(dir).exitCode).isEqualTo(2);
    }
}
