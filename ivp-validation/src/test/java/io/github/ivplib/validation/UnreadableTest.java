package io.github.ivplib.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Why a file cannot be read, for the failures a test run as root cannot bring about: root may
 * read every file, so these are told the failure the file system would give.
 */
class UnreadableTest {

    @TempDir
    Path dir;

    @Test
    void aFileTheSystemWillNotGiveIsAccessDenied() throws IOException {
        Path file = Files.writeString(dir.resolve("geheim.json"), "{}");

        assertThat(Unreadable.of(file, new AccessDeniedException(file.toString()))).isEqualTo(Unreadable.ACCESS_DENIED);
    }

    @Test
    void anyOtherFailureOfARegularFileIsAnIoError() throws IOException {
        Path file = Files.writeString(dir.resolve("schijf.json"), "{}");

        assertThat(Unreadable.of(file, new IOException("Input/output error"))).isEqualTo(Unreadable.IO_ERROR);
    }

    @Test
    void aRegularFileIsOpened() throws IOException {
        assertThat(Unreadable.beforeOpening(Files.writeString(dir.resolve("beleid.json"), "{}"))).isNull();
    }
}
