package io.github.ivplib.model.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

import io.github.ivplib.model.SafetyPolicy;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * The one entry point to read and write a {@link SafetyPolicy} as JSON.
 * <p>
 * Reading is strict: an unknown field, a duplicate field, content after the document, a null,
 * a missing required field, a fraction where a whole number belongs, text where a number
 * belongs, an unknown constant and a schema version other than {@link SafetyPolicy#SCHEMA_VERSION}
 * each fail with a {@link PolicyReadException} that names the JSON Pointer and, where the parser
 * knows it, the line and column. Amounts keep every digit they were written with. Safety limits
 * ({@link ReadLimits}) guard against documents made to exhaust memory; the static methods read
 * under the defaults, a {@link #reader(ReadLimits) reader} under others.
 * <p>
 * Writing is stable so that policy files diff well: fields in the model's order, two-space
 * indentation, {@code \n} line ends, UTF-8, empty lists and absent values left out, and so is
 * the {@code EXACT} qualifier of an indicator's value, which reading takes where it is absent.
 * Reading what was written gives an equal value.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PolicyJson {

    private static final JsonMapper MAPPER = createMapper(ReadLimits.defaults());
    private static final PolicyReader READER = reader(MAPPER, ReadLimits.defaults());
    private static final ObjectWriter WRITER = MAPPER.writerFor(SafetyPolicy.class)
            .with(JsonLayout.prettyPrinter());

    private PolicyJson() {
    }

    /**
     * Returns a reader that reads under other limits than the defaults, for a service that reads
     * documents larger than any policy, or wants to allow its callers less. Get it once: it is
     * costly to make and may be shared by every thread.
     *
     * @param limits the limits, not null
     * @return the reader, not null
     */
    public static PolicyReader reader(ReadLimits limits) {
        return limits.equals(READER.limits()) ? READER : reader(createMapper(limits), limits);
    }

    private static PolicyReader reader(JsonMapper mapper, ReadLimits limits) {
        return new PolicyReader(limits, mapper.readerFor(SafetyPolicy.class));
    }

    /**
     * Reads a policy from JSON text under the {@linkplain ReadLimits#defaults() default limits}.
     *
     * @param json the document, not null
     * @return the policy, not null
     * @throws PolicyReadException if the document is not a valid policy
     */
    public static SafetyPolicy read(String json) {
        return READER.read(json);
    }

    /**
     * Reads a policy from the bytes of a document in UTF-8 (a byte order mark is passed over)
     * under the default limits.
     *
     * @param json the document, not null
     * @return the policy, not null
     * @throws PolicyReadException if the document is not a valid policy
     */
    public static SafetyPolicy read(byte[] json) {
        return READER.read(json);
    }

    /**
     * Reads a policy from a character stream, which is left open, under the default limits.
     *
     * @param reader the document, not null
     * @return the policy, not null
     * @throws PolicyReadException if the document is not a valid policy
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static SafetyPolicy read(Reader reader) {
        return READER.read(reader);
    }

    /**
     * Reads a policy from a byte stream in UTF-8, which is left open, under the default limits.
     *
     * @param in the document, not null
     * @return the policy, not null
     * @throws PolicyReadException if the document is not a valid policy
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static SafetyPolicy read(InputStream in) {
        return READER.read(in);
    }

    /**
     * Reads a policy from a file in UTF-8 under the default limits.
     *
     * @param file the document, not null
     * @return the policy, not null
     * @throws PolicyReadException if the document is not a valid policy
     * @throws IOException if the file cannot be read
     */
    public static SafetyPolicy read(Path file) throws IOException {
        return READER.read(file);
    }

    /**
     * Reads a policy from JSON text under the default limits, noting where each value stands in the text.
     *
     * @param json the document, not null
     * @return the policy and its positions, not null
     * @throws PolicyReadException if the document is not a valid policy
     */
    public static LocatedPolicy readLocated(String json) {
        return READER.readLocated(json);
    }

    /**
     * Reads a policy from a byte stream in UTF-8, which is left open, under the default limits,
     * noting where each value stands in the text.
     *
     * @param in the document, not null
     * @return the policy and its positions, not null
     * @throws PolicyReadException if the document is not a valid policy
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static LocatedPolicy readLocated(InputStream in) {
        return READER.readLocated(in);
    }

    /**
     * Reads a policy from a file in UTF-8 under the default limits, noting where each value
     * stands in the text.
     *
     * @param file the document, not null
     * @return the policy and its positions, not null
     * @throws PolicyReadException if the document is not a valid policy
     * @throws IOException if the file cannot be read
     */
    public static LocatedPolicy readLocated(Path file) throws IOException {
        return READER.readLocated(file);
    }

    /**
     * Writes a policy as JSON text, ending with a line break.
     *
     * @param policy the policy, not null
     * @return the document, not null
     */
    public static String write(SafetyPolicy policy) {
        return WRITER.writeValueAsString(policy) + "\n";
    }

    /**
     * Writes a policy to a character stream, which is left open.
     *
     * @param policy the policy, not null
     * @param writer where to write, not null
     * @throws UncheckedIOException if the stream cannot be written
     */
    public static void write(SafetyPolicy policy, Writer writer) {
        try {
            writer.write(write(policy));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a policy to a byte stream in UTF-8, which is left open.
     *
     * @param policy the policy, not null
     * @param out where to write, not null
     * @throws UncheckedIOException if the stream cannot be written
     */
    public static void write(SafetyPolicy policy, OutputStream out) {
        try {
            out.write(write(policy).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a policy to a file in UTF-8, replacing what it held.
     *
     * @param policy the policy, not null
     * @param file where to write, not null
     * @throws IOException if the file cannot be written
     */
    public static void write(SafetyPolicy policy, Path file) throws IOException {
        Files.writeString(file, write(policy), StandardCharsets.UTF_8);
    }

    private static JsonMapper createMapper(ReadLimits limits) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(limits.maxDocumentLength())
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(limits.maxNameLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .build())
                // A duplicate field is refused by the reader (NotingParser), at less cost.
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                // The reader takes plain decimals only; BigDecimal.toString() would write 4.2E-7.
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
        return JsonMapper.builder(factory)
                .addModule(StrictScalars.module())
                // Jackson 3 defaults are lenient; a policy file is edited by hand, so each is set.
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // The reader tells of content after the document itself, where it stands.
                .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfigDefaults(config -> config
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert))
                .changeDefaultNullHandling(nulls -> JsonSetter.Value.construct(Nulls.FAIL, Nulls.FAIL))
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .changeDefaultPropertyInclusion(inclusion -> inclusion
                        .withValueInclusion(JsonInclude.Include.NON_ABSENT)
                        .withContentInclusion(JsonInclude.Include.NON_ABSENT))
                .withConfigOverride(List.class, override -> override
                        .setInclude(JsonInclude.Value.construct(
                                JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_ABSENT)))
                .withConfigOverride(Set.class, override -> override
                        .setInclude(JsonInclude.Value.construct(
                                JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_ABSENT)))
                .build();
    }
}
