package io.github.ivplib.examples.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.ivplib.model.json.JsonLayout;
import io.github.ivplib.validation.Finding;
import io.github.ivplib.validation.Rule;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.ValidationReport;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes reports as a SARIF 2.1.0 log that GitHub code scanning accepts: one run of the tool
 * "ivp", every rule it can report with its description, and a result per finding, placed in its
 * file by line and column and in the document by its JSON Pointer.
 * <p>
 * File locations are relative to the working directory, which is the repository root in CI, as
 * code scanning wants; a file outside it keeps its absolute {@code file:} URI. Code scanning
 * requires a region, so a finding whose line is unknown is placed on line 1.
 * This class is immutable and thread-safe.
 */
final class SarifLog {

    /** The OASIS schema of SARIF 2.1.0, as of its errata. */
    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    /** The SARIF version written. */
    static final String VERSION = "2.1.0";
    /** The tool's name in code scanning. */
    static final String TOOL = "ivp";
    /** Where people learn about the tool. */
    static final String INFORMATION_URI = "https://github.com/ivplib/ivp";

    private static final ObjectWriter WRITER = JsonMapper.builder()
            // Field order as declared below, as in the SARIF specification's examples.
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build()
            .writer()
            .with(JsonLayout.prettyPrinter());

    private SarifLog() {
    }

    /**
     * Writes reports as a SARIF log.
     *
     * @param reports the reports, not null
     * @param rules every rule the reports may name, in the order to list them, not null
     * @param locale the language of the rule descriptions, as the reports' messages, not null
     * @param workingDirectory what the reports' sources are relative to, not null
     * @return the log, ending with a line break, not null
     * @throws IllegalArgumentException if a finding names a rule not among {@code rules}
     */
    static String write(List<ValidationReport> reports, List<Rule> rules, Locale locale, Path workingDirectory) {
        List<Descriptor> descriptors = new ArrayList<>();
        Map<String, Integer> indexOf = new HashMap<>();
        for (Rule rule : rules) {
            if (indexOf.putIfAbsent(rule.id(), descriptors.size()) == null) {
                descriptors.add(descriptor(rule, locale));
            }
        }
        Path base = workingDirectory.toAbsolutePath().normalize();
        List<Result> results = new ArrayList<>();
        for (ValidationReport report : reports) {
            String uri = uri(base, report.source().orElse(""));
            for (Finding finding : report.findings()) {
                Integer index = indexOf.get(finding.ruleId());
                if (index == null) {
                    throw new IllegalArgumentException("the finding's rule is not among the rules: " + finding.ruleId());
                }
                results.add(result(report, finding, index, uri));
            }
        }
        Driver driver = new Driver(TOOL, ManifestVersion.version(), INFORMATION_URI, descriptors);
        Log log = new Log(SCHEMA, VERSION, List.of(new Run(new Tool(driver), results)));
        return WRITER.writeValueAsString(log) + "\n";
    }

    private static Descriptor descriptor(Rule rule, Locale locale) {
        String description;
        try {
            description = rule.description(locale);
        } catch (MissingResourceException e) {
            // A local rule need not describe itself; code scanning still needs some text.
            description = rule.id();
        }
        return new Descriptor(rule.id(), new Text(summary(description)), new Text(description), new Text(description),
                new Configuration(level(rule.defaultSeverity())));
    }

    /** The part of a description before its first semicolon: what the rule wants, without the detail. */
    private static String summary(String description) {
        int end = description.indexOf("; ");
        return end < 0 ? description : description.substring(0, end) + ".";
    }

    private static Result result(ValidationReport report, Finding finding, int ruleIndex, String uri) {
        // Code scanning places a result only with a region, so an unknown line becomes line 1.
        Region region = new Region(finding.line().orElse(1),
                finding.line().isPresent() && finding.column().isPresent() ? finding.column().getAsInt() : null);
        Location location = new Location(new PhysicalLocation(new ArtifactLocation(uri), region),
                List.of(new LogicalLocation(finding.pointer(), "member")));
        return new Result(finding.ruleId(), ruleIndex, level(finding.severity()), new Text(report.message(finding)),
                List.of(location));
    }

    private static String level(Severity severity) {
        switch (severity) {
            case ERROR:
                return "error";
            case WARNING:
                return "warning";
            default:
                return "note";
        }
    }

    /** A relative URI with forward slashes for a file below the base, else the file's absolute URI. */
    private static String uri(Path base, String source) {
        Path file = base.resolve(source).normalize();
        if (!file.startsWith(base)) {
            return file.toUri().toString();
        }
        StringBuilder uri = new StringBuilder();
        for (Path name : base.relativize(file)) {
            if (uri.length() > 0) {
                uri.append('/');
            }
            uri.append(segment(name.toString()));
        }
        return uri.toString();
    }

    /** Percent-encodes a path segment (RFC 3986), a colon too, so that no segment reads as a scheme. */
    private static String segment(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (b >= 0 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=@".indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }

    private record Log(@JsonProperty("$schema") String schema, String version, List<Run> runs) {
    }

    private record Run(Tool tool, List<Result> results) {
    }

    private record Tool(Driver driver) {
    }

    private record Driver(String name, String version, String informationUri, List<Descriptor> rules) {
    }

    private record Descriptor(String id, Text shortDescription, Text fullDescription, Text help,
            Configuration defaultConfiguration) {
    }

    private record Configuration(String level) {
    }

    private record Text(String text) {
    }

    private record Result(String ruleId, int ruleIndex, String level, Text message, List<Location> locations) {
    }

    private record Location(PhysicalLocation physicalLocation, List<LogicalLocation> logicalLocations) {
    }

    private record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {
    }

    private record ArtifactLocation(String uri) {
    }

    private record Region(int startLine, Integer startColumn) {
    }

    private record LogicalLocation(String fullyQualifiedName, String kind) {
    }
}
