package io.github.ivplib.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.github.ivplib.model.json.PolicyJson;

/**
 * The seeds the fuzz script starts from ({@code src/test/fuzz/seeds}) are policies the reader
 * takes and small enough for the fuzzer's 4 KiB inputs: a seed the format has left behind, or
 * one cut short, would start every mutation from a refusal and leave the model's code unreached.
 */
class FuzzSeedsTest {

    private static final Path SEEDS = Path.of("src/test/fuzz/seeds");
    /** The fuzz script's {@code -max_len}: libFuzzer cuts longer inputs. */
    private static final long MAX_INPUT_BYTES = 4096;

    private static List<Path> seeds() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.sorted().collect(Collectors.toList());
        }
    }

    @Test
    void everySeedIsAPolicyTheReaderTakes() throws IOException {
        assertThat(seeds()).isNotEmpty().allSatisfy(seed -> assertThatCode(() -> PolicyJson.read(seed))
                .as("%s", seed).doesNotThrowAnyException());
    }

    @Test
    void everySeedFitsInAFuzzInput() throws IOException {
        assertThat(seeds()).allSatisfy(seed -> assertThat(Files.size(seed)).as("%s", seed)
                .isLessThanOrEqualTo(MAX_INPUT_BYTES));
    }
}
