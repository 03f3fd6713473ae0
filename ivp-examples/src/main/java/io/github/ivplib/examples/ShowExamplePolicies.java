package io.github.ivplib.examples;

import java.io.PrintStream;
import java.util.stream.Collectors;

import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.theme.ThemeKind;

/**
 * Reads the bundled Venlo and Roermond policies and prints what they hold.
 * <p>
 * Run it with {@code ./mvnw -q -DskipTests -Prun package}.
 */
public final class ShowExamplePolicies {

    private ShowExamplePolicies() {
    }

    /**
     * Prints a summary of each bundled policy to standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        for (ExamplePolicies example : ExamplePolicies.values()) {
            print(example.fileName(), example.load(), System.out);
        }
    }

    static void print(String fileName, SafetyPolicy policy, PrintStream out) {
        out.printf("%s%n", fileName);
        out.printf("  %s (%s %s)%n", policy.title(), policy.municipality().name(),
                policy.municipality().cbsCode());
        out.printf("  period %s-%s, adopted by %s%s%n", policy.period().first(), policy.period().last(),
                policy.adoption().adoptedBy(),
                policy.adoption().decisionDate().map(d -> " on " + d).orElse(""));
        out.printf("  strategic themes: %s%n", policy.themes().stream()
                .filter(t -> t.kind() == ThemeKind.STRATEGIC)
                .map(t -> t.name()).collect(Collectors.joining("; ")));
        out.printf("  baseline themes: %d, cross-cutting threads: %d, goals: %d, indicators: %d%n",
                policy.themes().stream().filter(t -> t.kind() == ThemeKind.BASELINE).count(),
                policy.threads().size(), policy.goals().size(), policy.indicators().size());
        out.printf("  districts: %d, partners: %d, milestones: %d, DIN networks: %d%n",
                policy.municipality().districts().size(), policy.partners().size(),
                policy.milestones().size(), policy.dinNetworks().size());
        policy.ave().ifPresent(ave -> out.printf("  AVE: %d phases for %d themes%n",
                ave.phases().size(), ave.themes().size()));
        policy.budget().ifPresent(budget -> out.printf(
                "  budget: %d amendment(s), %d balance table(s), %d staffing change(s)%n",
                budget.amendments().size(), budget.balanceTables().size(), budget.staffingChanges().size()));
        out.println();
    }
}
