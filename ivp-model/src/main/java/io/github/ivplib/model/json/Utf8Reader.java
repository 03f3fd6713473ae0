package io.github.ivplib.model.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a byte stream as UTF-8, refusing bytes that are not UTF-8 where they stand rather than
 * replacing them, and passing over a byte order mark. Characters before a bad byte are given
 * out first, so the parser's position is the bad byte's when the refusal comes, and the refusal
 * says its line and column itself.
 * <p>
 * Not thread-safe, like every reader.
 */
final class Utf8Reader extends Reader {

    private static final int BUFFER_SIZE = 8192;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_SIZE).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER_SIZE).flip();
    private boolean endOfInput;
    private boolean first = true;
    private boolean malformed;
    private boolean nul;
    private int line = 1;
    private int column = 1;

    Utf8Reader(InputStream in) {
        this.in = in;
    }

    /**
     * Bytes that are not UTF-8, or a NUL byte, with the line and column of the first, counted in
     * characters. JSON text never holds a NUL byte (not even in a text, where control characters
     * are escaped), and UTF-16 and UTF-32 text without a byte order mark is full of them.
     */
    static final class NotUtf8Exception extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;
        final boolean nul;

        NotUtf8Exception(int line, int column, boolean nul) {
            this.line = line;
            this.column = column;
            this.nul = nul;
        }

        @Override
        public String getMessage() {
            return (nul ? "a NUL byte" : "not UTF-8") + " at line " + line + ", column " + column;
        }
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (malformed) {
                throw new NotUtf8Exception(line, column, nul);
            }
            if (endOfInput && !bytes.hasRemaining()) {
                return -1;
            }
            decodeMore();
        }
        int count = Math.min(length, chars.remaining());
        chars.get(buffer, offset, count);
        for (int i = offset; i < offset + count; i++) {
            if (buffer[i] == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return count;
    }

    private void decodeMore() throws IOException {
        if (!endOfInput) {
            bytes.compact();
            int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (read < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + read);
            }
            bytes.flip();
        }
        chars.clear();
        CoderResult result = decoder.decode(bytes, chars, endOfInput);
        if (result.isError()) {
            malformed = true;
        } else if (endOfInput && result.isUnderflow()) {
            result = decoder.flush(chars);
        }
        chars.flip();
        if (first && chars.hasRemaining()) {
            first = false;
            if (chars.get(chars.position()) == BYTE_ORDER_MARK) {
                chars.get();
            }
        }
        for (int i = chars.position(); i < chars.limit(); i++) {
            if (chars.get(i) == '\0') {
                // What comes before is given out first, so that the refusal stands where the NUL does.
                chars.limit(i);
                malformed = true;
                nul = true;
                break;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
