package io.github.ivplib.validation.testing;

import java.util.Locale;
import java.util.stream.Collectors;

import io.github.ivplib.validation.Finding;
import io.github.ivplib.validation.ValidationReport;

/**
 * Writes findings for failure messages, one a line ({@code severity rule-id pointer values},
 * then where in the file and the message), so that a failing build shows what to fix.
 */
final class Listing {

    /** The language of a finding's message when no report says otherwise: the default's. */
    static final Locale DEFAULT_LANGUAGE = Locale.forLanguageTag("nl");

    private static final String INDENT = "  ";

    private Listing() {
    }

    /** @return "Findings of source:" and every finding of the report, one a line */
    static String findings(ValidationReport report) {
        String heading = "Findings of " + source(report) + ":";
        if (report.findings().isEmpty()) {
            return heading + " none";
        }
        Locale language = Locale.forLanguageTag(report.language());
        return report.findings().stream()
                .map(finding -> INDENT + line(finding, language))
                .collect(Collectors.joining("\n", heading + "\n", ""));
    }

    /** @return "Finding of source:", or "Finding:" where the source is null, and the finding on the next line */
    static String finding(Finding finding, String source, Locale language) {
        return (source == null ? "Finding:" : "Finding of " + source + ":") + "\n" + INDENT + line(finding, language);
    }

    /** @return where the report's document came from, in words */
    static String source(ValidationReport report) {
        return report.source()
                .or(() -> report.policyId().map(id -> "policy " + id))
                .orElse("a document without source");
    }

    /** @return a pointer as a person reads it: the empty pointer is the whole document */
    static String pointer(String pointer) {
        return pointer.isEmpty() ? "(document root)" : pointer;
    }

    static String line(Finding finding, Locale language) {
        StringBuilder line = new StringBuilder()
                .append(finding.severity()).append(' ')
                .append(finding.ruleId()).append(' ')
                .append(pointer(finding.pointer())).append(' ')
                .append(finding.values());
        finding.line().ifPresent(number -> {
            line.append(" (line ").append(number);
            finding.column().ifPresent(column -> line.append(", column ").append(column));
            line.append(')');
        });
        line.append(": ").append(finding.message(language));
        // A reader's detail can span lines; the listing keeps one finding a line.
        return line.toString().replaceAll("\\R+", " ");
    }
}
