package io.github.ivplib.validation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.github.ivplib.model.json.JsonLayout;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes validation reports as JSON, in the library's layout: the machine-readable form of a
 * report for dashboards and CI.
 * <p>
 * Each report is written with its source, policy id, rule-set version, language, counts per
 * severity and findings (rule id, severity, pointer, line and column where known, values, and
 * the message in Dutch and English).
 * This class is immutable and thread-safe.
 */
public final class ReportJson {

    private static final ObjectWriter WRITER = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_ABSENT))
            .build()
            .writer()
            .with(JsonLayout.prettyPrinter());

    private ReportJson() {
    }

    /**
     * Writes one report, ending with a line break.
     *
     * @param report the report, not null
     * @return the JSON text, not null
     */
    public static String write(ValidationReport report) {
        return WRITER.writeValueAsString(report) + "\n";
    }

    /**
     * Writes reports as a JSON array, ending with a line break.
     *
     * @param reports the reports, not null
     * @return the JSON text, not null
     */
    public static String write(List<ValidationReport> reports) {
        return WRITER.writeValueAsString(reports) + "\n";
    }
}
