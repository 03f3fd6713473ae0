package io.github.ivplib.examples.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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

import io.github.ivplib.examples.ExamplePolicies;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.json.PolicyJson;
import io.github.ivplib.validation.ValidationReport;
import io.github.ivplib.validation.Validator;

/**
 * What reading and validating each bundled policy costs.
 * <p>
 * Run with {@code ./mvnw -q -DskipTests install} and then {@code ./mvnw -q -pl ivp-examples
 * test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test
 * "-Dexec.args=-cp %classpath org.openjdk.jmh.Main ValidationBenchmark"} (exec:exec, not
 * exec:java, so that JMH's forked JVM gets the class path).
 * Speed targets live here, never in unit tests: the machines are shared and noisy.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ValidationBenchmark {

    @Param({"VENLO_IVB_2023_2026", "ROERMOND_IVP_2024_2027"})
    public ExamplePolicies example;

    private final Validator validator = Validator.defaults();
    private String json;
    private SafetyPolicy policy;

    @Setup
    public void load() throws IOException {
        try (InputStream in = example.open()) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        policy = PolicyJson.read(json);
    }

    /** @return the report of a policy already in memory */
    @Benchmark
    public ValidationReport validate() {
        return validator.validate(policy);
    }

    /** @return the report of the document read from its text */
    @Benchmark
    public ValidationReport readAndValidate() {
        return validator.validate(json, example.fileName());
    }
}
