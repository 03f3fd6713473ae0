package io.github.ivplib.examples.cli;

import java.util.List;
import java.util.Locale;

import io.github.ivplib.validation.Finding;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.ValidationReport;

/**
 * Writes reports as text in the style of ajv and check-jsonschema: a line per finding,
 * {@code file:line:column severity rule-id message (pointer)}, then a summary line such as
 * {@code 2 files, 0 errors, 11 warnings, 4 infos}.
 * <p>
 * The line and column are left out where unknown, the pointer where the finding concerns the
 * whole document. Messages are in the report's language; the rest is the tool's vocabulary,
 * the same in every language, so that people can search for it.
 * This class is immutable and thread-safe.
 */
final class TextReport {

    private TextReport() {
    }

    /**
     * Writes reports as text.
     *
     * @param reports the reports, not null
     * @return the lines, each ending with a line break, not null
     */
    static String write(List<ValidationReport> reports) {
        StringBuilder text = new StringBuilder();
        long[] counts = new long[Severity.values().length];
        for (ValidationReport report : reports) {
            for (Finding finding : report.findings()) {
                line(report, finding, text);
                counts[finding.severity().ordinal()]++;
            }
        }
        text.append(count(reports.size(), "file"));
        for (Severity severity : Severity.values()) {
            text.append(", ").append(count(counts[severity.ordinal()], name(severity)));
        }
        return text.append('\n').toString();
    }

    /**
     * Returns the lower-case name of a severity, as the text uses it.
     *
     * @param severity the severity, not null
     * @return "error", "warning" or "info", not null
     */
    private static String name(Severity severity) {
        return severity.name().toLowerCase(Locale.ROOT);
    }

    private static void line(ValidationReport report, Finding finding, StringBuilder text) {
        text.append(report.source().orElse("-"));
        finding.line().ifPresent(line -> {
            text.append(':').append(line);
            finding.column().ifPresent(column -> text.append(':').append(column));
        });
        text.append(' ').append(name(finding.severity()))
                .append(' ').append(finding.ruleId())
                // A reader's detail may span lines; a finding stays one line, so that grep finds it whole.
                .append(' ').append(Ivp.oneLine(report.message(finding)));
        if (!finding.pointer().isEmpty()) {
            text.append(" (").append(finding.pointer()).append(')');
        }
        text.append('\n');
    }

    private static String count(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
