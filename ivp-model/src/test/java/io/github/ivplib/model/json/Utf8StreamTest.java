package io.github.ivplib.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class Utf8StreamTest {

    /** Beyond the stream's buffer, so that characters are cut by its end. */
    private static final int LONGER_THAN_A_BUFFER = 20_000;
    private static final String EVERY_WIDTH = "a\u00e9\u20ac\ud834\udd1e";
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void givesOutEveryByteOfUtf8CutAnywhereByTheStreamBeneath() throws IOException {
        byte[] text = EVERY_WIDTH.repeat(LONGER_THAN_A_BUFFER / EVERY_WIDTH.length()).getBytes(StandardCharsets.UTF_8);

        Utf8Stream trickled = new Utf8Stream(new Trickling(text, 3));

        assertThat(readAll(trickled)).isEqualTo(text);
        assertThat(trickled.refused()).isFalse();
        assertThat(readAll(new Utf8Stream(new ByteArrayInputStream(text)))).isEqualTo(text);
    }

    @Test
    void escapesNoCharacterWhereNoBackslashStandsBeforeAU() throws IOException {
        byte[] text = "{\"a\": \"\\\"quoted\\\" \\\\ \\n u\", \"\u00e9\": 1}".getBytes(StandardCharsets.UTF_8);
        Utf8Stream stream = new Utf8Stream(new ByteArrayInputStream(text));

        readAll(stream);

        assertThat(stream.escapesCharacters()).isFalse();
    }

    @Test
    void escapesACharacterWhereABackslashStandsBeforeAUAnywhere() throws IOException {
        for (int at = 0; at < 40; at++) {
            byte[] text = ("\"" + "x".repeat(at) + "\\u00e9\"").getBytes(StandardCharsets.UTF_8);
            Utf8Stream stream = new Utf8Stream(new ByteArrayInputStream(text));

            readAll(stream);

            assertThat(stream.escapesCharacters()).as("escape after %d letters", at).isTrue();
        }
    }

    @Test
    void escapesACharacterWhereTheBytesReadSoFarEndInABackslash() throws IOException {
        byte[] text = "\"abc\\u00e9\"".getBytes(StandardCharsets.UTF_8);
        // Each read of the stream beneath gives five bytes, the last a backslash.
        Utf8Stream stream = new Utf8Stream(new Trickling(text, 5));

        stream.read(new byte[5], 0, 5);

        assertThat(stream.escapesCharacters()).isTrue();
    }

    @Test
    void passesOverAByteOrderMarkAtTheStartOnly() throws IOException {
        byte[] text = concat(BYTE_ORDER_MARK, "{}".getBytes(StandardCharsets.UTF_8), BYTE_ORDER_MARK);

        assertThat(readAll(new Utf8Stream(new Trickling(text, 1))))
                .isEqualTo(concat("{}".getBytes(StandardCharsets.UTF_8), BYTE_ORDER_MARK));
    }

    @Test
    void endsTheDocumentAtABadByteAndSaysItRefusedIt() throws IOException {
        byte[] text = {'{', '"', (byte) 0xFF, '"', '}'};
        Utf8Stream stream = new Utf8Stream(new ByteArrayInputStream(text));

        assertThat(readAll(stream)).containsExactly('{', '"');
        assertThat(stream.refused()).isTrue();
        assertThat(stream.refusedNul()).isFalse();
    }

    @Test
    void refusesAnOverlongForm() throws IOException {
        byte[] text = {'"', (byte) 0xC0, (byte) 0x80, '"'};
        Utf8Stream stream = new Utf8Stream(new ByteArrayInputStream(text));

        assertThat(readAll(stream)).containsExactly('"');
        assertThat(stream.refused()).isTrue();
    }

    @Test
    void refusesANulByteAsSuch() throws IOException {
        byte[] text = {'{', 0, '}'};
        Utf8Stream stream = new Utf8Stream(new ByteArrayInputStream(text));

        assertThat(readAll(stream)).containsExactly('{');
        assertThat(stream.refusedNul()).isTrue();
    }

    @Test
    void refusesACharacterCutOffByTheEndOfTheDocument() throws IOException {
        byte[] text = {'{', '"', (byte) 0xE2, (byte) 0x82};
        Utf8Stream stream = new Utf8Stream(new Trickling(text, 1));

        assertThat(readAll(stream)).containsExactly('{', '"');
        assertThat(stream.refused()).isTrue();
    }

    @Test
    void stopsExactlyWhereTheJdksReportingDecoderFindsTheFirstBadByte() throws IOException {
        Random random = new Random(20261205L);
        byte[] pieces = EVERY_WIDTH.getBytes(StandardCharsets.UTF_8);
        for (int run = 0; run < 20_000; run++) {
            byte[] text = new byte[1 + random.nextInt(24)];
            for (int i = 0; i < text.length; i++) {
                // Mostly the bytes of UTF-8, so that a bad byte stands among good ones.
                text[i] = random.nextInt(4) == 0 ? (byte) (0x80 + random.nextInt(0x80)) : pieces[random.nextInt(pieces.length)];
            }
            int jdkRefusesAt = jdkRefusal(text);
            Utf8Stream stream = new Utf8Stream(new Trickling(text, 1 + run % 5));

            assertThat(readAll(stream)).as(hex(text))
                    .isEqualTo(jdkRefusesAt < 0 ? text : Arrays.copyOf(text, jdkRefusesAt));
            assertThat(stream.refused()).as(hex(text)).isEqualTo(jdkRefusesAt >= 0);
        }
    }

    @Test
    void refusesABadByteFollowedByMoreThanABufferOfText() throws IOException {
        byte[] text = concat(new byte[] {'{', '"', (byte) 0xFF}, "a".repeat(LONGER_THAN_A_BUFFER).getBytes(StandardCharsets.UTF_8));
        Utf8Stream stream = new Utf8Stream(new ByteArrayInputStream(text));

        assertThat(readAll(stream)).containsExactly('{', '"');
        assertThat(stream.refused()).isTrue();
    }

    @Test
    void turnsColumnsIntoCharactersFarBeyondTheFirstBuffer() throws IOException {
        String lines = "x\n".repeat(LONGER_THAN_A_BUFFER);
        Utf8Stream stream = new Utf8Stream(new ByteArrayInputStream((lines + "\u00e9 y").getBytes(StandardCharsets.UTF_8)));
        readAll(stream);

        // y: byte 4 of the last line, after a character of 2 bytes and a space.
        assertThat(stream.column(lines.length() + 3, 4)).isEqualTo(3);
    }

    @Test
    void turnsColumnsIntoCharactersAfterAByteOrderMark() throws IOException {
        Utf8Stream stream = new Utf8Stream(new ByteArrayInputStream(concat(BYTE_ORDER_MARK, "\u00e9 y".getBytes(StandardCharsets.UTF_8))));
        readAll(stream);

        // The parser never sees the mark: y is its byte 3, column 4.
        assertThat(stream.column(3, 4)).isEqualTo(3);
    }

    @Test
    void turnsColumnsIntoCharactersAmongManyCharactersOfTwoBytesOnOneLine() throws IOException {
        String piece = "\u00e9".repeat(100) + " x ";
        Utf8Stream stream = new Utf8Stream(new ByteArrayInputStream(piece.repeat(50).getBytes(StandardCharsets.UTF_8)));
        readAll(stream);

        for (int k = 0; k < 50; k++) {
            // The k-th x: after k + 1 runs of 100 two-byte characters and a space, and k times " x ".
            int characters = (k + 1) * 101 + k * 2;
            int bytes = characters + (k + 1) * 100;
            assertThat(stream.column(bytes, bytes + 1)).as("x number %d", k).isEqualTo(characters + 1);
        }
    }

    @Test
    void turnsColumnsIntoCharactersAsTheParserReadsOnWhileItAsks() throws IOException {
        // As a parser does: it asks of each place after reading past it, while the stream reads ahead.
        String piece = "\u00e9".repeat(30) + " x ";
        Utf8Stream stream = new Utf8Stream(new Trickling(piece.repeat(40).getBytes(StandardCharsets.UTF_8), 7));
        byte[] chunk = new byte[61];
        long read = 0;
        for (int k = 0; k < 40; k++) {
            int characters = (k + 1) * 31 + k * 2;
            int bytes = characters + (k + 1) * 30;
            while (read <= bytes) {
                read += stream.read(chunk, 0, chunk.length);
            }
            assertThat(stream.column(bytes, bytes + 1)).as("x number %d", k).isEqualTo(characters + 1);
        }
    }

    @Test
    void givesOutOneByteAtATimeWhenAskedForOne() throws IOException {
        Utf8Stream stream = new Utf8Stream(new ByteArrayInputStream(new byte[] {'{', (byte) 0xC3, (byte) 0xA9}));

        assertThat(new int[] {stream.read(), stream.read(), stream.read(), stream.read()})
                .containsExactly('{', 0xC3, 0xA9, -1);
    }

    @Test
    void closesTheStreamBeneath() throws IOException {
        boolean[] closed = {false};
        InputStream beneath = new ByteArrayInputStream(new byte[0]) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        new Utf8Stream(beneath).close();

        assertThat(closed[0]).isTrue();
    }

    @Test
    void turnsByteColumnsIntoCharacterColumnsLineByLine() throws IOException {
        byte[] text = "\u00e9\u20ac\ud834\udd1e x\n\u00e9 y".getBytes(StandardCharsets.UTF_8);
        Utf8Stream stream = new Utf8Stream(new ByteArrayInputStream(text));
        readAll(stream);

        // x: byte 10 of line 1, after 2 + 3 + 4 bytes that are 1 + 1 + 2 characters, and a space.
        assertThat(stream.column(10, 11)).isEqualTo(6);
        // y: byte 4 of line 2, which starts at byte 12, after a character of 2 bytes and a space.
        assertThat(stream.column(15, 4)).isEqualTo(3);
    }

    /** Where the JDK's decoder finds the first byte that is not UTF-8, -1 if it finds none. */
    private static int jdkRefusal(byte[] text) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(text);
        // On an error the decoder leaves the bytes at the start of what it could not take.
        return decoder.decode(bytes, CharBuffer.allocate(text.length * 2), true).isError() ? bytes.position() : -1;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8000];
        for (int read = in.read(buffer, 0, buffer.length); read >= 0; read = in.read(buffer, 0, buffer.length)) {
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static String hex(byte[] text) {
        StringBuilder hex = new StringBuilder();
        for (byte b : text) {
            hex.append(String.format("%02x ", b));
        }
        return hex.toString();
    }

    /** A stream that gives out at most a few bytes at a time, as a network may. */
    private static final class Trickling extends FilterInputStream {
        private final int most;

        Trickling(byte[] text, int most) {
            super(new ByteArrayInputStream(text));
            this.most = most;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return super.read(buffer, offset, Math.min(length, most));
        }
    }
}
