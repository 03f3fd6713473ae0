package io.github.ivplib.benchmarks;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the README's tables from a JMH result file: the ratios the targets are about first,
 * then the times and allocations they come from.
 * <p>
 * {@code java -cp ivp-benchmarks/target/benchmarks.jar io.github.ivplib.benchmarks.Ratios jmh-result.json}
 */
public final class Ratios {

    private static final String POLICY = PolicyBenchmark.class.getName() + ".";
    private static final String SERIES = SeriesBenchmark.class.getName() + ".";
    private static final String[] EXAMPLES = {"VENLO_IVB_2023_2026", "ROERMOND_IVP_2024_2027"};
    private static final String[] FACTORS = {"1", "10", "100"};
    private static final String[] OPERATIONS = {"floorReadTree", "floorTokens", "ivpRead", "ivpReadAndValidate", "ivpValidate", "peerJsonSchema"};

    /** Per benchmark and parameters, the score (µs/op) and the allocation (B/op). */
    private final Map<String, double[]> results = new LinkedHashMap<>();

    private Ratios() {
    }

    /**
     * Prints the tables.
     *
     * @param args the JMH result file, written with {@code -rf json}; then {@code fastest} to
     *        take each benchmark's fastest iteration instead of JMH's mean
     */
    public static void main(String[] args) {
        boolean fastest = args.length > 1 && "fastest".equals(args[1]);
        Ratios ratios = new Ratios();
        for (JsonNode run : JsonMapper.builder().build().readTree(Path.of(args[0]).toFile())) {
            StringBuilder key = new StringBuilder(run.get("benchmark").asString());
            // The parameters' values in the order of their names, whatever order the file has.
            Map<String, String> params = new TreeMap<>();
            run.path("params").properties().forEach(param -> params.put(param.getKey(), param.getValue().asString()));
            params.values().forEach(value -> key.append(' ').append(value));
            JsonNode alloc = run.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score");
            JsonNode time = run.get("primaryMetric");
            ratios.results.put(key.toString(), new double[] {fastest ? fastestIteration(time) : time.get("score").asDouble(),
                    alloc.isMissingNode() ? Double.NaN : alloc.asDouble()});
        }
        ratios.print();
    }

    /**
     * The fastest iteration of a benchmark, over all its forks: on a machine shared with other
     * work, that work only ever adds time to an iteration, so the fastest is the least disturbed.
     */
    private static double fastestIteration(JsonNode metric) {
        double fastest = Double.POSITIVE_INFINITY;
        for (JsonNode fork : metric.path("rawData")) {
            for (JsonNode iteration : fork) {
                fastest = Math.min(fastest, iteration.asDouble());
            }
        }
        return fastest;
    }

    private double time(String key) {
        double[] result = results.get(key);
        return result == null ? Double.NaN : result[0];
    }

    private double bytes(String key) {
        double[] result = results.get(key);
        return result == null ? Double.NaN : result[1];
    }

    private static String policy(String operation, String example, String factor) {
        return POLICY + operation + " " + example + " " + factor;
    }

    private static String series(String operation, String dates, String policies) {
        return SERIES + operation + " " + dates + " " + policies;
    }

    private void print() {
        System.out.println("| policy | read+validate / readTree (target ≤ 2) "
                + "| (tokens + validate) / readTree: the least any reader could reach "
                + "| JSON Schema peer / read+validate (target ≥ 10) "
                + "| read / readTree | validate / readTree | read+validate, ×10 size / ×1 (≤ 11), ×100 / ×1 (≤ 110) "
                + "| bytes allocated: read+validate / readTree |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
        for (String example : EXAMPLES) {
            for (String factor : FACTORS) {
                double floor = time(policy("floorReadTree", example, factor));
                double both = time(policy("ivpReadAndValidate", example, factor));
                String growth = factor.equals("1") ? "" : ratio(both / time(policy("ivpReadAndValidate", example, "1")));
                double validate = time(policy("ivpValidate", example, factor));
                System.out.printf(Locale.ROOT, "| %s ×%s | %s | %s | %s | %s | %s | %s | %s |%n", name(example), factor,
                        ratio(both / floor), ratio((time(policy("floorTokens", example, factor)) + validate) / floor),
                        ratio(time(policy("peerJsonSchema", example, factor)) / both),
                        ratio(time(policy("ivpRead", example, factor)) / floor),
                        ratio(validate / floor), growth,
                        ratio(bytes(policy("ivpReadAndValidate", example, factor)) / bytes(policy("floorReadTree", example, factor))));
            }
        }
        System.out.println();
        System.out.println("| series of one municipality | dates | whole catalogue, 100 / 10 policies (≤ 11) | series rules alone, 100 / 10 (≤ 11) |");
        System.out.println("| --- | --- | --- | --- |");
        for (String dates : new String[] {"exact", "untilNext"}) {
            System.out.printf(Locale.ROOT, "| 10 → 100 policies | %s | %s | %s |%n", dates,
                    ratio(time(series("wholeCatalogue", dates, "100")) / time(series("wholeCatalogue", dates, "10"))),
                    ratio(time(series("seriesRulesAlone", dates, "100")) / time(series("seriesRulesAlone", dates, "10"))));
        }
        System.out.println();
        System.out.print("| policy |");
        for (String operation : OPERATIONS) {
            System.out.print(" " + operation + " µs/op | B/op |");
        }
        System.out.println();
        System.out.println("|---".repeat(1 + 2 * OPERATIONS.length) + "|");
        for (String example : EXAMPLES) {
            for (String factor : FACTORS) {
                System.out.printf(Locale.ROOT, "| %s ×%s |", name(example), factor);
                for (String operation : OPERATIONS) {
                    System.out.printf(Locale.ROOT, " %,.0f | %,.0f |", time(policy(operation, example, factor)),
                            bytes(policy(operation, example, factor)));
                }
                System.out.println();
            }
        }
        System.out.println();
        System.out.println("| series | dates | policies | whole catalogue µs/op | B/op | series rules alone µs/op | B/op |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        for (String dates : new String[] {"exact", "untilNext"}) {
            for (String policies : new String[] {"10", "100"}) {
                String whole = series("wholeCatalogue", dates, policies);
                String alone = series("seriesRulesAlone", dates, policies);
                System.out.printf(Locale.ROOT, "| one municipality | %s | %s | %,.0f | %,.0f | %,.0f | %,.0f |%n", dates, policies,
                        time(whole), bytes(whole), time(alone), bytes(alone));
            }
        }
    }

    private static String name(String example) {
        return example.startsWith("VENLO") ? "Venlo" : "Roermond";
    }

    private static String ratio(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }
}
