package io.github.ivplib.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.ivplib.examples.ExamplePolicies;
import io.github.ivplib.model.ImmutableSafetyPolicy;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.goal.Goal;
import io.github.ivplib.model.json.PolicyJson;

/**
 * Whatever a file holds, the command line answers it within a 256 MB heap: each document made
 * to exhaust memory, 100 MB large in fields a policy has, gets a {@code json/limits} finding
 * naming the limit; one 100,000 levels deep, which no field of a policy holds, gets the finding
 * of the first value that is not what its field holds, since the reader goes no further; a
 * policy within every limit whose every value is a finding gets its report; and the JVM that
 * reads it ends normally, with no OutOfMemoryError or StackOverflowError.
 * <p>
 * Each file is validated by {@code ivp validate} in a JVM of its own with {@code -Xmx256m},
 * started on this test's class path, which exits at once on running out of memory.
 */
class BoundedMemoryTest {

    /** 100 MB, the size of the files the issue names. */
    private static final long SIZE = 100L * 1024 * 1024;
    /** Goals that each name this many indicators the policy lacks: each reference is a finding. */
    private static final int GOAL_REFERENCES = 95;
    /** As many of those goals as the value count allows beside the rest of the Venlo policy: some 47,000 findings. */
    private static final int GOALS_WITHIN_THE_VALUE_COUNT = 495;
    /** How long the child may take before it counts as hung: far beyond the few seconds it needs. */
    private static final long HANG_GUARD_MINUTES = 5;
    /** The JVM option that ends the child at once, saying so, when it runs out of memory. */
    private static final String OUT_OF_MEMORY = "ExitOnOutOfMemoryError";

    @TempDir
    Path dir;

    /** The opening of a goal, whose list of theme ids follows, with the fields a goal needs before them. */
    private static final String GOAL = "{\"id\": \"g\", \"text\": \"t\", \"themeIds\": [";

    /** Writes a document's text. */
    @FunctionalInterface
    private interface Content {
        void writeTo(Writer out) throws IOException;
    }

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("one text of 100 MB", (Content) out -> {
                    out.write("{\"schemaVersion\": \"1.0\", \"title\": \"");
                    repeat(out, "x".repeat(1024), SIZE / 1024);
                    out.write("\"}");
                }, limits("a text is longer than the limit of 100000 characters")),
                Arguments.of("one list of 100 MB", (Content) out -> {
                    out.write("{\"schemaVersion\": \"1.0\", \"goals\": [" + GOAL + "\"a\"");
                    repeat(out, ",\"a\"".repeat(256), SIZE / 1024);
                    out.write("]}]}");
                }, limits("a list or object has more elements than the limit of 10000")),
                Arguments.of("100 MB of short lists", (Content) out -> {
                    String goal = GOAL + "\"a\",".repeat(4_999) + "\"a\"]}";
                    out.write("{\"schemaVersion\": \"1.0\", \"goals\": [" + goal);
                    repeat(out, "," + goal, SIZE / goal.length());
                    out.write("]}");
                }, limits("the document has more values than the limit of 50000")),
                Arguments.of("100 MB of long texts", (Content) out -> {
                    String goal = GOAL + String.join(",", "\"" + "y".repeat(99_000) + "\"", "\"" + "y".repeat(99_000) + "\"")
                            + "]}";
                    out.write("{\"schemaVersion\": \"1.0\", \"goals\": [" + goal);
                    repeat(out, "," + goal, SIZE / goal.length());
                    out.write("]}");
                }, limits("the document is longer than the limit of 16777216 characters")),
                Arguments.of("100,000 levels deep", (Content) out -> {
                    out.write("{\"schemaVersion\": \"1.0\", \"goals\": ");
                    repeat(out, "[", 100_000);
                    repeat(out, "]", 100_000);
                    out.write("}");
                }, "json/wrong-type The field '0' has a value of the wrong type or format (expected an object). (/goals/0)"));
    }

    private static String limits(String limit) {
        return "json/limits The file exceeds a safety limit (" + limit + ").";
    }

    private static void repeat(Writer out, String text, long times) throws IOException {
        for (long i = 0; i < times; i++) {
            out.write(text);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void aDocumentMadeToExhaustMemoryGetsItsFindingWithinA256MbHeap(String name, Content content, String finding)
            throws IOException, InterruptedException {
        Path file = dir.resolve("policy.json");
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            content.writeTo(out);
        }

        CliTesting.Outcome child = validateInAChildJvm(file);

        assertThat(child.err).doesNotContain("OutOfMemoryError", "StackOverflowError", OUT_OF_MEMORY);
        assertThat(child.out.lines()).first().asString()
                .startsWith(file + ":")
                .contains(" error " + finding);
        assertThat(child.exitCode).isEqualTo(Ivp.FINDINGS);
    }

    @Test
    void aPolicyWhoseEveryValueIsAFindingIsReportedWithinA256MbHeap() throws IOException, InterruptedException {
        SafetyPolicy venlo = ExamplePolicies.VENLO_IVB_2023_2026.load();
        List<String> unknownIndicators = IntStream.range(0, GOAL_REFERENCES).mapToObj(i -> "onbekend-" + i)
                .collect(Collectors.toList());
        ImmutableSafetyPolicy.Builder policy = SafetyPolicy.builder().from(venlo);
        for (int goal = 0; goal < GOALS_WITHIN_THE_VALUE_COUNT; goal++) {
            policy.addGoals(Goal.builder().id("doel-" + goal).text("Doel " + goal).indicatorIds(unknownIndicators).build());
        }
        Path file = dir.resolve("policy.json");
        PolicyJson.write(policy.build(), file);

        CliTesting.Outcome child = validateInAChildJvm(file, "--format", "sarif");

        assertThat(child.err).doesNotContain("OutOfMemoryError", "StackOverflowError", OUT_OF_MEMORY);
        assertThat(child.out).contains("\"ruleId\": \"model/references-resolve\"")
                .doesNotContain("\"ruleId\": \"json/limits\"");
        assertThat(child.exitCode).isEqualTo(Ivp.FINDINGS);
    }

    private CliTesting.Outcome validateInAChildJvm(Path file, String... options) throws IOException, InterruptedException {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+" + OUT_OF_MEMORY,
                "-cp", System.getProperty("java.class.path"),
                Ivp.class.getName(), "validate", "--lang", "en"));
        command.addAll(List.of(options));
        command.add(file.toString());
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(HANG_GUARD_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the child JVM did not end within " + HANG_GUARD_MINUTES + " minutes");
        }
        return new CliTesting.Outcome(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
