package io.github.ivplib.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.ivplib.validation.ReportJson;
import io.github.ivplib.validation.Rule;
import io.github.ivplib.validation.RuleCatalogue;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.ValidationReport;
import io.github.ivplib.validation.Validator;
import io.github.ivplib.validation.json.ReadingRule;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code ivp validate PATH...}: validates policy files, and the {@code *.json} files below
 * directories, together, so that the policies of one municipality are also checked as a series.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Validates policy files, and every *.json file below the directories given, together: "
                + "the policies of one municipality (same CBS code) are also checked as a series.",
        exitCodeListHeading = Ivp.EXIT_CODES, exitCodeList = {Ivp.EXIT_PASSED, Ivp.EXIT_FINDINGS, Ivp.EXIT_PROBLEM})
final class ValidateCommand implements Callable<Integer> {

    /** How the findings are written. */
    enum Format {
        /** One line per finding and a summary, for people. */
        TEXT,
        /** The reports as the library writes them, for tools. */
        JSON,
        /** A SARIF 2.1.0 log, for code scanning. */
        SARIF
    }

    /** The language of the messages. */
    enum Language {
        /** Dutch, the language of the users and of the rule catalogue. */
        NL,
        /** English. */
        EN;

        Locale locale() {
            return Locale.forLanguageTag(name().toLowerCase(Locale.ROOT));
        }
    }

    private final Clock clock;
    private final Path workingDirectory;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Policy files, and directories whose *.json files (at any depth) are validated in path order.")
    private List<Path> paths;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or sarif (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "nl",
            description = "The language of the messages: nl or en (default: ${DEFAULT-VALUE}).")
    private Language language;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
            description = "The least severity that fails the run with exit code 1: error, warning or info "
                    + "(default: ${DEFAULT-VALUE}).")
    private Severity failOn;

    @Option(names = "--disable", paramLabel = "RULE",
            description = "Switches a rule off, such as pc-cycle/safety-monitor-scheduled; repeatable. "
                    + "The reading rules (json/..., pc-cycle/quarter-range) cannot be switched off.")
    private List<String> disabled = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "RULE=LEVEL", converter = SeverityOverride.Converter.class,
            description = "Gives a rule's findings another severity, error, warning or info, "
                    + "such as goals/smart=info; repeatable, the last one for a rule counts. "
                    + "--fail-on judges the severity given here.")
    private List<SeverityOverride> severities = new ArrayList<>();

    /**
     * Creates the command.
     *
     * @param clock the clock that gives the reference date of the validation, not null
     * @param workingDirectory what relative paths are relative to, and SARIF locations too, not null
     */
    ValidateCommand(Clock clock, Path workingDirectory) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory");
    }

    @Override
    public Integer call() throws IOException {
        Locale locale = language.locale();
        List<ValidationReport> reports = validator(locale).validateFiles(files());
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case JSON:
                out.print(ReportJson.write(reports));
                break;
            case SARIF:
                out.print(SarifLog.write(reports, catalogue(), locale, workingDirectory));
                break;
            default:
                out.print(TextReport.write(reports));
        }
        out.flush();
        return reports.stream().anyMatch(report -> report.hasFindingsAtLeast(failOn)) ? Ivp.FINDINGS : Ivp.PASSED;
    }

    /**
     * Builds the validator the options ask for. A rule the validator cannot configure as asked
     * is a usage problem, found before any file is read.
     *
     * @param locale the language of the messages, not null
     * @return the validator, not null
     * @throws ParameterException if an option names a rule the validator cannot configure so
     */
    private Validator validator(Locale locale) {
        Validator.Builder builder = Validator.builder().clock(clock).locale(locale);
        for (String ruleId : disabled) {
            configure("--disable", () -> builder.disable(ruleId));
        }
        for (SeverityOverride override : severities) {
            configure("--severity", () -> builder.severity(override.ruleId(), override.severity()));
        }
        return builder.build();
    }

    /**
     * Runs one step of configuring the validator, whose refusal is the user's mistake in an option.
     *
     * @param option the option the step comes from, for the message, not null
     * @param step calls the builder, not null
     * @throws ParameterException if the builder refuses the step
     */
    private void configure(String option, Runnable step) {
        try {
            step.run();
        } catch (IllegalArgumentException e) {
            // The builder knows which ids exist and which rules cannot be switched off; its reason tells the user.
            throw new ParameterException(spec.commandLine(), "Invalid value for option '" + option + "': " + e.getMessage());
        }
    }

    /** Every rule this command's validator can report: the reading rules, then the catalogue. */
    private static List<Rule> catalogue() {
        return Stream.concat(Stream.of(ReadingRule.values()), RuleCatalogue.rules().stream()).collect(Collectors.toList());
    }

    /** The paths given, relative to the working directory. */
    private List<Path> files() {
        return paths.stream().map(workingDirectory::resolve).collect(Collectors.toList());
    }

    /**
     * One {@code --severity RULE=LEVEL}: the rule's findings get the level instead of the rule's own.
     *
     * @param ruleId the rule, not null, not empty
     * @param severity the severity its findings get, not null
     */
    record SeverityOverride(String ruleId, Severity severity) {

        /** Reads {@code RULE=LEVEL}, the level in any case. */
        static final class Converter implements ITypeConverter<SeverityOverride> {

            @Override
            public SeverityOverride convert(String value) {
                int equals = value.indexOf('=');
                if (equals <= 0) {
                    throw new TypeConversionException("expected a rule id, '=' and a level, such as goals/smart=info, "
                            + "but was '" + value + "'");
                }
                String level = value.substring(equals + 1);
                for (Severity severity : Severity.values()) {
                    if (severity.name().equalsIgnoreCase(level)) {
                        return new SeverityOverride(value.substring(0, equals), severity);
                    }
                }
                throw new TypeConversionException("the level is error, warning or info, but was '" + level + "'");
            }
        }
    }
}
