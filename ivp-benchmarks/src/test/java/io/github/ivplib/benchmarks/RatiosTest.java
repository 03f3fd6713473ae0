package io.github.ivplib.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ratios are taken from JMH's mean, or from each benchmark's fastest iteration when asked. */
class RatiosTest {

    /**
     * The floor and read+validate of Venlo ×1: means 50 and 150, fastest iterations 40 and 100;
     * tokens and validation alone: means 45 and 20, fastest iterations 30 and 14.
     */
    private static final String RESULTS = "[" + run("floorReadTree", 50, "[[60, 40], [50, 50]]") + ", "
            + run("ivpReadAndValidate", 150, "[[200, 150], [100, 150]]") + ", "
            + run("floorTokens", 45, "[[30, 54]]") + ", " + run("ivpValidate", 20, "[[14, 24]]") + "]";

    @TempDir
    Path dir;

    private static String run(String operation, double mean, String iterations) {
        return "{\"benchmark\": \"io.github.ivplib.benchmarks.PolicyBenchmark." + operation + "\", "
                + "\"params\": {\"example\": \"VENLO_IVB_2023_2026\", \"factor\": \"1\"}, "
                + "\"primaryMetric\": {\"score\": " + mean + ", \"rawData\": " + iterations + "}}";
    }

    private String venloRow(String... mode) throws IOException {
        Path file = Files.writeString(dir.resolve("results.json"), RESULTS);
        String[] args = new String[mode.length + 1];
        args[0] = file.toString();
        System.arraycopy(mode, 0, args, 1, mode.length);
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            Ratios.main(args);
        } finally {
            System.setOut(out);
        }
        return printed.toString(StandardCharsets.UTF_8).lines().filter(line -> line.startsWith("| Venlo ×1 |"))
                .findFirst().orElseThrow();
    }

    @Test
    void readAndValidateOverTheFloorIsTakenFromTheMeans() throws IOException {
        assertThat(venloRow()).startsWith("| Venlo ×1 | 3.00 |");
    }

    @Test
    void readAndValidateOverTheFloorIsTakenFromTheFastestIterationsWhenAsked() throws IOException {
        assertThat(venloRow("fastest")).startsWith("| Venlo ×1 | 2.50 |");
    }

    @Test
    void theLeastAnyReaderCouldReachIsTokensAndValidationOverTheFloor() throws IOException {
        assertThat(venloRow()).startsWith("| Venlo ×1 | 3.00 | 1.30 |");
        assertThat(venloRow("fastest")).startsWith("| Venlo ×1 | 2.50 | 1.10 |");
    }
}
