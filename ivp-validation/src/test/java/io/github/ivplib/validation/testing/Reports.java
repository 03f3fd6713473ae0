package io.github.ivplib.validation.testing;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.ivplib.validation.Finding;
import io.github.ivplib.validation.ImmutableFinding;
import io.github.ivplib.validation.ImmutableValidationReport;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.ValidationReport;

/**
 * Reports built by hand, so that the assertions are tested apart from the rules: three findings
 * of three severities in one file, and the line each is listed as ({@code severity rule-id
 * pointer values}).
 */
final class Reports {

    static final String SOURCE = "policies/venlo-ivb-2023-2026.json";

    static final Finding ERROR = ImmutableFinding.copyOf(finding(Severity.ERROR,
                    "politiewet-38b/adopted-by-council", "/adoption/adoptedBy", values("adoptedBy", "EXECUTIVE_BOARD"),
                    "Het beleid is vastgesteld door het college, niet door de gemeenteraad.",
                    "The policy is adopted by the executive board, not by the council."))
            .withLine(12)
            .withColumn(7);
    static final String ERROR_LINE = "ERROR politiewet-38b/adopted-by-council /adoption/adoptedBy {adoptedBy=EXECUTIVE_BOARD}";

    static final Finding WARNING = finding(Severity.WARNING, "themes/focus", "/themes", values("count", "6", "max", "5"),
            "Het beleid heeft 6 strategische thema's, meer dan het maximum van 5.",
            "The policy has 6 strategic themes, more than the maximum of 5.");
    static final String WARNING_LINE = "WARNING themes/focus /themes {count=6, max=5}";

    static final Finding INFO = finding(Severity.INFO, "indicator/district-below-minimum", "/indicators/0",
            values("district", "centrum", "gap", "0.2"),
            "Wijk centrum ligt 0.2 onder het minimum.",
            "District centrum is 0.2 below the minimum.");
    static final String INFO_LINE = "INFO indicator/district-below-minimum /indicators/0 {district=centrum, gap=0.2}";

    private Reports() {
    }

    /** @return a report of {@link #SOURCE} with the findings in the given order */
    static ValidationReport of(Finding... findings) {
        return ImmutableValidationReport.builder()
                .source(SOURCE)
                .ruleSetVersion("1.0")
                .addFindings(findings)
                .build();
    }

    /** @return a finding of a rule at a place with values, its messages naming the rule */
    static Finding finding(Severity severity, String ruleId, String pointer, Map<String, String> values) {
        return finding(severity, ruleId, pointer, values, "Bevinding " + ruleId, "Finding " + ruleId);
    }

    private static Finding finding(Severity severity, String ruleId, String pointer, Map<String, String> values,
            String dutch, String english) {
        return ImmutableFinding.builder()
                .severity(severity)
                .ruleId(ruleId)
                .pointer(pointer)
                .values(values)
                .putMessages("nl", dutch)
                .putMessages("en", english)
                .build();
    }

    /** @return names and values in the order given, as a finding keeps them */
    private static Map<String, String> values(String... namesAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return values;
    }
}
