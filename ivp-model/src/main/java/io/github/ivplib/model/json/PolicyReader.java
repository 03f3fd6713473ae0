package io.github.ivplib.model.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import io.github.ivplib.model.SafetyPolicy;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.ObjectReader;

/**
 * Reads policies under one set of {@link ReadLimits}, as {@link PolicyJson}'s static methods
 * read them under the defaults: strictly, with a {@link PolicyReadException} that says what is
 * wrong and where. Get one with {@link PolicyJson#reader(ReadLimits)}, once, and use it from any
 * thread.
 * <p>
 * Every way in holds to the limits: text and bytes, a stream as it is read (never buffered
 * whole first), and a file.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PolicyReader {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final ReadLimits limits;
    private final ObjectReader reader;

    PolicyReader(ReadLimits limits, ObjectReader reader) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /** @return the limits this reader reads under, not null */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Reads a policy from JSON text; a byte order mark before it is passed over.
     *
     * @param json the document, not null
     * @return the policy, not null
     * @throws PolicyReadException if the document is not a valid policy
     */
    public SafetyPolicy read(String json) {
        return readLocated(json).policy();
    }

    /**
     * Reads a policy from the bytes of a document in UTF-8 (a byte order mark is passed over).
     *
     * @param json the document, not null
     * @return the policy, not null
     * @throws PolicyReadException if the document is not a valid policy
     */
    public SafetyPolicy read(byte[] json) {
        return readLocated(json).policy();
    }

    /**
     * Reads a policy from a character stream, which is left open.
     *
     * @param in the document, not null
     * @return the policy, not null
     * @throws PolicyReadException if the document is not a valid policy
     * @throws UncheckedIOException if the stream cannot be read
     */
    public SafetyPolicy read(Reader in) {
        try {
            return LocatingReader.read(reader, r -> r.createParser(in), limits).policy();
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        }
    }

    /**
     * Reads a policy from a byte stream in UTF-8, which is left open.
     *
     * @param in the document, not null
     * @return the policy, not null
     * @throws PolicyReadException if the document is not a valid policy
     * @throws UncheckedIOException if the stream cannot be read
     */
    public SafetyPolicy read(InputStream in) {
        return readLocated(in).policy();
    }

    /**
     * Reads a policy from a file in UTF-8.
     *
     * @param file the document, not null
     * @return the policy, not null
     * @throws PolicyReadException if the document is not a valid policy
     * @throws IOException if the file cannot be read
     */
    public SafetyPolicy read(Path file) throws IOException {
        return readLocated(file).policy();
    }

    /**
     * Reads a policy from JSON text, noting where each value stands in the text.
     *
     * @param json the document, not null
     * @return the policy and its positions, not null
     * @throws PolicyReadException if the document is not a valid policy
     */
    public LocatedPolicy readLocated(String json) {
        // Text read from a file without decoding it as UTF-8 with a byte order mark may still start with one.
        String text = json.startsWith(BYTE_ORDER_MARK) ? json.substring(1) : json;
        return LocatingReader.read(reader, r -> r.createParser(text), limits);
    }

    /**
     * Reads a policy from the bytes of a document in UTF-8, noting where each value stands in the text.
     *
     * @param json the document, not null
     * @return the policy and its positions, not null
     * @throws PolicyReadException if the document is not a valid policy
     */
    public LocatedPolicy readLocated(byte[] json) {
        return readLocated(new ByteArrayInputStream(json));
    }

    /**
     * Reads a policy from a byte stream in UTF-8, which is left open, noting where each value
     * stands in the text.
     *
     * @param in the document, not null
     * @return the policy and its positions, not null
     * @throws PolicyReadException if the document is not a valid policy
     * @throws UncheckedIOException if the stream cannot be read
     */
    public LocatedPolicy readLocated(InputStream in) {
        try {
            // Checked here rather than by the parser, so that bytes that are not UTF-8 are refused
            // where they stand (the parser lets some pass) and a byte order mark some Windows
            // editors write is passed over.
            return LocatingReader.read(reader, LocatingReader.utf8(in), limits);
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        }
    }

    /**
     * Reads a policy from a file in UTF-8, noting where each value stands in the text.
     *
     * @param file the document, not null
     * @return the policy and its positions, not null
     * @throws PolicyReadException if the document is not a valid policy
     * @throws IOException if the file cannot be read
     */
    public LocatedPolicy readLocated(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return readLocated(in);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
