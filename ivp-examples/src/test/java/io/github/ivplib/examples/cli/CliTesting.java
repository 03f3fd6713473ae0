package io.github.ivplib.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import io.github.ivplib.model.BoundedDate;
import io.github.ivplib.examples.BuildPolicyExample;
import io.github.ivplib.examples.ExamplePolicies;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.YearRange;
import io.github.ivplib.model.adoption.Adoption;
import io.github.ivplib.model.cycle.Milestone;
import io.github.ivplib.model.cycle.MilestoneKind;
import io.github.ivplib.model.governance.Actor;
import io.github.ivplib.model.json.PolicyJson;
import io.github.ivplib.model.json.PolicySchema;
import io.github.ivplib.validation.ValidationReport;
import io.github.ivplib.validation.Validator;
import picocli.CommandLine;

/** Runs {@code ivp} in this JVM, on files the tests write, with a clock that is not today. */
final class CliTesting {

    /** The reference date of every run: within four years of the adoptions of all policies used here. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    static final Locale DUTCH = new Locale("nl");

    private CliTesting() {
    }

    /** What one run of the command line did. */
    static final class Outcome {
        final int exitCode;
        final String out;
        final String err;

        Outcome(int exitCode, String out, String err) {
            this.exitCode = exitCode;
            this.out = out;
            this.err = err;
        }
    }

    static Outcome run(Path workingDirectory, String... args) {
        return run(Ivp.commandLine(CLOCK, workingDirectory, PolicySchema::text), args);
    }

    static Outcome validate(Path workingDirectory, String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "validate";
        System.arraycopy(args, 0, command, 1, args.length);
        return run(workingDirectory, command);
    }

    static Outcome run(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exitCode = cli.execute(args);
        return new Outcome(exitCode, out.toString(), err.toString());
    }

    /** The reports the library itself gives for the files, with the same clock and language. */
    static List<ValidationReport> reports(Locale locale, Path... files) throws IOException {
        return Validator.builder().clock(CLOCK).locale(locale).build().validateFiles(List.of(files));
    }

    /** Copies a bundled policy into a directory, under its own file name. */
    static Path copy(ExamplePolicies example, Path directory) throws IOException {
        Path file = directory.resolve(example.fileName());
        try (InputStream in = example.open()) {
            Files.copy(in, file);
        }
        return file;
    }

    static Path write(Path file, SafetyPolicy policy) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, PolicyJson.write(policy), StandardCharsets.UTF_8);
        return file;
    }

    static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * The example policy of the builders with its planning and control cycle complete, so that
     * its only finding is the information that no Veiligheidsmonitor is scheduled.
     */
    static SafetyPolicy onlyInformation() {
        SafetyPolicy policy = BuildPolicyExample.build();
        YearRange period = policy.period();
        return SafetyPolicy.builder().from(policy)
                .addMilestones(Milestone.builder().id("uitvoeringsplan").year(period.first())
                        .kind(MilestoneKind.ADOPT_IMPLEMENTATION_PLAN).actor(Actor.EXECUTIVE_BOARD).covers(period)
                        .text("Uitvoeringsplan voor de hele looptijd").build())
                .addMilestones(Milestone.builder().id("evaluatie").year(period.last())
                        .kind(MilestoneKind.POLICY_EVALUATION).actor(Actor.EXECUTIVE_BOARD)
                        .text("Evaluatie van het beleid").build())
                .addMilestones(Milestone.builder().id("opvolger").year(period.last())
                        .kind(MilestoneKind.ADOPT_SUCCESSOR).actor(Actor.COUNCIL)
                        .text("Vaststelling van het opvolgende beleid").build())
                .build();
    }

    /**
     * {@link #onlyInformation()} adopted by the college rather than the council: one error
     * ({@code politiewet-38b/adopted-by-council}) beside its information.
     */
    static SafetyPolicy oneErrorAndInformation() {
        SafetyPolicy policy = onlyInformation();
        return SafetyPolicy.builder().from(policy)
                .adoption(Adoption.builder().from(policy.adoption()).adoptedBy(Actor.EXECUTIVE_BOARD).build())
                .build();
    }

    /**
     * Writes the builders' example policy, which schedules no milestones, after a blank line: its
     * root object stands at line 2, column 1, not where a finding without a place is put.
     */
    static Path withoutMilestonesAfterABlankLine(Path file) throws IOException {
        return write(file, "\n" + PolicyJson.write(BuildPolicyExample.build()));
    }

    /** A policy of the builders' example municipality, adopted on a date and in force over exactly the given dates. */
    static SafetyPolicy inForce(String id, LocalDate adopted, LocalDate from, LocalDate until) {
        SafetyPolicy policy = BuildPolicyExample.build();
        return SafetyPolicy.builder().from(policy)
                .id(id)
                .period(YearRange.of(from.getYear(), until.getYear()))
                .adoption(Adoption.builder().from(policy.adoption())
                        .decisionDate(BoundedDate.on(adopted))
                        .entryIntoForce(BoundedDate.on(from))
                        .endDate(BoundedDate.on(until))
                        .build())
                .build();
    }

    /** "line:column" of a place in a text, both from 1. */
    static String lineAndColumn(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return line + ":" + (offset - lineStart + 1);
    }

    /** Where the object that holds a marker, such as {@code "number": 2}, opens: its '{'. */
    static int objectHolding(String text, String marker) {
        int at = text.indexOf(marker);
        if (at < 0) {
            throw new IllegalArgumentException("not in the text: " + marker);
        }
        return text.lastIndexOf('{', at);
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
