package io.github.ivplib.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import io.github.ivplib.examples.cli.ValidateCommand.Language;
import io.github.ivplib.report.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ivp report PATH... > report.html}: validates policy files together, as {@code validate}
 * does, and writes one self-contained HTML page of them (rapportage beleidsregister).
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Validates policy files, and every *.json file below the directories given, together, "
                + "and writes one self-contained HTML page of them to standard output: per municipality a timeline "
                + "of its series, per policy its adoption, goals, indicators and findings.",
        exitCodeListHeading = Ivp.EXIT_CODES,
        exitCodeList = {"0:the page is written, whatever the findings (use validate to gate on them)", Ivp.EXIT_PROBLEM})
final class ReportCommand implements Callable<Integer> {

    private final Clock clock;
    private final Path workingDirectory;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Policy files, and directories whose *.json files (at any depth) are read in path order.")
    private List<Path> paths;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "nl",
            description = "The language of the page and its messages: nl or en (default: ${DEFAULT-VALUE}).")
    private Language language;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The reference date (peildatum) of the readoption deadline and the validation, "
                    + "yyyy-mm-dd (default: today).")
    private LocalDate asOf;

    /**
     * Creates the command.
     *
     * @param clock the clock whose today is the reference date where --as-of is not given, not null
     * @param workingDirectory what relative paths are relative to, not null
     */
    ReportCommand(Clock clock, Path workingDirectory) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory");
    }

    @Override
    public Integer call() throws IOException {
        HtmlReport.Builder report = HtmlReport.builder().locale(language.locale());
        if (asOf != null) {
            report.asOf(asOf);
        } else {
            report.clock(clock);
        }
        PrintWriter out = spec.commandLine().getOut();
        report.build().writeFiles(paths.stream().map(workingDirectory::resolve).collect(Collectors.toList()), out);
        out.flush();
        return Ivp.PASSED;
    }
}
