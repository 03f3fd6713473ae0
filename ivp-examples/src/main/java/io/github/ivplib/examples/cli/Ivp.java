package io.github.ivplib.examples.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

import io.github.ivplib.model.json.PolicySchema;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The command-line validator {@code ivp}, with the commands {@code validate}, {@code report} and {@code schema}.
 * <p>
 * Run it as {@code java -jar ivp-examples/target/ivp-cli.jar validate PATH...}. It exits with 0
 * when no finding reaches the fail-on level, 1 when one does, and 2 for a usage or I/O problem,
 * which it reports in one line on standard error.
 */
@Command(name = "ivp", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Validates Dutch integral safety policy files (integraal veiligheidsplan) "
                + "against the rule catalogue of ivp.",
        exitCodeListHeading = Ivp.EXIT_CODES, exitCodeList = {Ivp.EXIT_PASSED, Ivp.EXIT_FINDINGS, Ivp.EXIT_PROBLEM})
public final class Ivp implements Runnable {

    /** The heading of the exit codes in the commands' help. */
    static final String EXIT_CODES = "%nExit codes:%n";
    /** Exit code 0 in the commands' help. */
    static final String EXIT_PASSED = "0:no finding reaches the fail-on level";
    /** Exit code 1 in the commands' help. */
    static final String EXIT_FINDINGS = "1:a finding reaches the fail-on level";
    /** Exit code 2 in the commands' help. */
    static final String EXIT_PROBLEM = "2:a usage or I/O problem, told in one line on standard error";

    /** No finding reaches the fail-on level. */
    static final int PASSED = 0;
    /** A finding reaches the fail-on level. */
    static final int FINDINGS = 1;
    /** A usage or I/O problem: nothing was validated. */
    static final int PROBLEM = 2;

    @Spec
    private CommandSpec spec;

    private Ivp() {
    }

    /**
     * Runs the command line and exits with its exit code.
     *
     * @param args the arguments, not null
     */
    public static void main(String[] args) {
        // A user expects "too old" to mean as of today; the same clock the validator would take by default.
        CommandLine cli = commandLine(Clock.systemDefaultZone(), Path.of(""), PolicySchema::text);
        // Reports and SARIF logs are UTF-8 documents, whatever the platform's default charset.
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        System.exit(cli.execute(args));
    }

    /**
     * Builds the command line.
     *
     * @param clock the clock that gives the reference date of the validation, not null
     * @param workingDirectory what relative paths are relative to, and SARIF locations too, not null
     * @param schema gives the JSON Schema text, or throws IllegalStateException if this build lacks it, not null
     * @return the command line, ready to execute, not null
     */
    static CommandLine commandLine(Clock clock, Path workingDirectory, Supplier<String> schema) {
        CommandLine cli = new CommandLine(new Ivp())
                .addSubcommand(new ValidateCommand(clock, workingDirectory))
                .addSubcommand(new ReportCommand(clock, workingDirectory))
                .addSubcommand(new SchemaCommand(schema));
        // These settings reach the subcommands added above, not later ones.
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(Ivp::usageProblem);
        cli.setExecutionExceptionHandler(Ivp::failure);
        return cli;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: validate, report or schema");
    }

    private static int usageProblem(ParameterException problem, String[] args) {
        CommandLine command = problem.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        report(command, oneLine(problem.getMessage()) + " (see '" + name + " --help')");
        return PROBLEM;
    }

    private static int failure(Exception failure, CommandLine command, ParseResult parsed) {
        report(command, describe(failure));
        return PROBLEM;
    }

    private static void report(CommandLine command, String message) {
        PrintWriter err = command.getErr();
        err.println(command.getCommandSpec().qualifiedName() + ": " + message);
        err.flush();
    }

    private static String describe(Throwable failure) {
        if (failure instanceof CommandFailure) {
            return failure.getMessage();
        }
        if (failure instanceof UncheckedIOException) {
            return describe(failure.getCause());
        }
        if (failure instanceof NoSuchFileException) {
            return "no such file or directory: " + ((NoSuchFileException) failure).getFile();
        }
        if (failure instanceof AccessDeniedException) {
            return "permission denied: " + ((AccessDeniedException) failure).getFile();
        }
        if (failure instanceof FileSystemException) {
            FileSystemException problem = (FileSystemException) failure;
            return problem.getFile() + ": " + (problem.getReason() == null ? "cannot be read" : problem.getReason());
        }
        if (failure instanceof IOException) {
            return "cannot read: " + oneLine(String.valueOf(failure.getMessage()));
        }
        // A bug, not the user's doing; still one line, since a stack trace tells a user nothing.
        return "unexpected error: " + oneLine(failure.toString());
    }

    /**
     * Joins the lines of a message into one.
     *
     * @param message the message, not null
     * @return the message on one line, not null
     */
    static String oneLine(String message) {
        return message.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
