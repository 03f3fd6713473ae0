package io.github.ivplib.benchmarks;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import io.github.ivplib.examples.ExamplePolicies;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.generators.Scaled;
import io.github.ivplib.model.json.PolicyJson;
import io.github.ivplib.model.json.PolicyReader;
import io.github.ivplib.model.json.PolicySchema;
import io.github.ivplib.model.json.ReadLimits;
import io.github.ivplib.validation.ValidationReport;
import io.github.ivplib.validation.Validator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What one policy document costs, against the floor and a peer, on the same bytes: the Venlo
 * and Roermond examples as they are ({@code factor} 1) and made 10 and 100 times larger
 * ({@link Scaled}), so that the ratios between the factors show how the cost grows.
 * <p>
 * The floor is Jackson's {@code readTree}, which only parses; the peer is what a team outside
 * Java would use, networknt's JSON Schema validator with ivp's own schema, compiled once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PolicyBenchmark {

    @Param({"VENLO_IVB_2023_2026", "ROERMOND_IVP_2024_2027"})
    public ExamplePolicies example;

    @Param({"1", "10", "100"})
    public int factor;

    /**
     * The limits the larger policies are read under: Venlo made 100 times larger holds some
     * 67,000 values, beyond the default of 50,000 a document, which would make it a finding.
     */
    static final ReadLimits LARGER_POLICIES = ReadLimits.defaults().withMaxValueCount(1_000_000);

    private final JsonMapper mapper = JsonMapper.builder().build();
    private final PolicyReader reader = PolicyJson.reader(LARGER_POLICIES);
    private final Validator validator = Validator.builder().readLimits(LARGER_POLICIES).build();
    private Schema schema;
    private byte[] bytes;
    private SafetyPolicy policy;

    @Setup
    public void setUp() {
        policy = Scaled.of(example.load(), factor);
        bytes = PolicyJson.write(policy).getBytes(StandardCharsets.UTF_8);
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                        registry -> registry
                                .schemas(Map.of(PolicySchema.ID, PolicySchema.text()))
                                .schemaLoader(loader -> loader.fetchRemoteResources(false))
                                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
                .getSchema(SchemaLocation.of(PolicySchema.ID));
        // The first use resolves the schema's references; that belongs to compiling it, not to each document.
        schema.validate(mapper.readTree(bytes));
    }

    /** @return the bytes parsed into a tree: the least any reader of JSON pays */
    @Benchmark
    public JsonNode floorReadTree() {
        return mapper.readTree(bytes);
    }

    /**
     * @return the bytes parsed into tokens, each text made a String as the model holds it, and
     *         nothing built: what any reader of the format pays at least, whatever it binds to
     */
    @Benchmark
    public long floorTokens() {
        long characters = 0;
        try (JsonParser parser = mapper.createParser(bytes)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING) {
                    characters += parser.getString().length();
                }
            }
        }
        return characters;
    }

    /** @return the policy read from the bytes, strictly, with the position of every value */
    @Benchmark
    public SafetyPolicy ivpRead() {
        return reader.read(new ByteArrayInputStream(bytes));
    }

    /** @return the report of the bytes read and checked against the whole rule catalogue, as a register does */
    @Benchmark
    public ValidationReport ivpReadAndValidate() {
        return validator.validate(new ByteArrayInputStream(bytes), "policy.json");
    }

    /** @return the report of a policy already read */
    @Benchmark
    public ValidationReport ivpValidate() {
        return validator.validate(policy);
    }

    /** @return the errors of the bytes parsed and checked against ivp's schema */
    @Benchmark
    public List<Error> peerJsonSchema() {
        return schema.validate(mapper.readTree(bytes));
    }
}
