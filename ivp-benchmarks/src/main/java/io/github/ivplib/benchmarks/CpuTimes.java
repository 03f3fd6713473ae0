package io.github.ivplib.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import io.github.ivplib.examples.ExamplePolicies;

/**
 * The operations of {@link PolicyBenchmark} timed by the CPU time of the measuring thread rather
 * than the wall clock: on a machine shared with other work, the wall clock counts the time the
 * thread waits for a core, and the ratios between operations drift with the load; the thread's
 * CPU time does not. JMH's figures remain the reference on a quiet machine.
 * <p>
 * {@code java -Xmx1g -cp ivp-benchmarks/target/benchmarks.jar io.github.ivplib.benchmarks.CpuTimes [SECONDS]}
 */
public final class CpuTimes {

    private static final String[] FACTORS = {"1", "10", "100"};

    /** Keeps results alive, so that no operation is optimised away. */
    private static volatile Object sink;

    private CpuTimes() {
    }

    /**
     * Prints a table of CPU µs per operation and the ratios.
     *
     * @param args how many seconds to warm up and then to measure each operation (default 3)
     */
    public static void main(String[] args) {
        long nanos = (long) (Double.parseDouble(args.length > 0 ? args[0] : "3") * 1e9);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.println("| policy | readTree | tokens | read | read+validate | validate | peer | read+validate / readTree "
                + "| (tokens + validate) / readTree | peer / read+validate | read+validate / its ×1 |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        // On a loaded machine the compiler's threads wait for a core too: every operation is run
        // twice over before any is measured, so that none is measured before it is compiled.
        for (int round = 0; round < 2; round++) {
            for (ExamplePolicies example : ExamplePolicies.values()) {
                operations(example, "1").values().forEach(operation -> cpuMicros(operation, nanos, threads));
            }
        }
        for (ExamplePolicies example : ExamplePolicies.values()) {
            double single = 0;
            for (String factor : FACTORS) {
                Map<String, Double> micros = new LinkedHashMap<>();
                operations(example, factor).forEach((name, operation) -> micros.put(name, cpuMicros(operation, nanos, threads)));
                single = factor.equals("1") ? micros.get("both") : single;
                System.out.printf(Locale.ROOT, "| %s ×%s | %,.0f | %,.0f | %,.0f | %,.0f | %,.0f | %,.0f | %.2f | %.2f | %.2f | %s |%n",
                        example.fileName(), factor, micros.get("floor"), micros.get("tokens"), micros.get("read"),
                        micros.get("both"), micros.get("validate"), micros.get("peer"), micros.get("both") / micros.get("floor"),
                        (micros.get("tokens") + micros.get("validate")) / micros.get("floor"), micros.get("peer") / micros.get("both"),
                        factor.equals("1") ? "" : String.format(Locale.ROOT, "%.2f", micros.get("both") / single));
            }
        }
    }

    private static Map<String, Supplier<Object>> operations(ExamplePolicies example, String factor) {
        PolicyBenchmark benchmark = new PolicyBenchmark();
        benchmark.example = example;
        benchmark.factor = Integer.parseInt(factor);
        benchmark.setUp();
        Map<String, Supplier<Object>> operations = new LinkedHashMap<>();
        operations.put("floor", benchmark::floorReadTree);
        operations.put("tokens", benchmark::floorTokens);
        operations.put("read", benchmark::ivpRead);
        operations.put("both", benchmark::ivpReadAndValidate);
        operations.put("validate", benchmark::ivpValidate);
        operations.put("peer", benchmark::peerJsonSchema);
        return operations;
    }

    /** Runs an operation for the given time to warm it up, then as long again, counting this thread's CPU time. */
    private static double cpuMicros(Supplier<Object> operation, long nanos, ThreadMXBean threads) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            sink = operation.get();
        }
        long count = 0;
        long start = threads.getCurrentThreadCpuTime();
        end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            sink = operation.get();
            count++;
        }
        return (threads.getCurrentThreadCpuTime() - start) / 1e3 / count;
    }
}
