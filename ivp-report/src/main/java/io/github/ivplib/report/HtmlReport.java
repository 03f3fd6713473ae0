package io.github.ivplib.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.jsoup.SerializationException;
import org.jsoup.nodes.Document;

import io.github.ivplib.model.json.PolicyJson;
import io.github.ivplib.model.json.PolicyReadException;
import io.github.ivplib.model.json.PolicyReader;
import io.github.ivplib.validation.Rule;
import io.github.ivplib.validation.RuleCatalogue;
import io.github.ivplib.validation.ValidationReport;
import io.github.ivplib.validation.Validator;
import io.github.ivplib.validation.json.ReadingRule;

/**
 * Writes one self-contained HTML page for a policy register (rapportage beleidsregister): per
 * municipality a timeline of its series of policies drawn to scale, with the spans no policy
 * covered and the four-year readoption deadline (art. 38b Politiewet) as of a reference date,
 * and the series' findings; per policy its identity and adoption, themes, goals and indicators,
 * the district marks against the district minimum as a bar chart, and its findings grouped by
 * rule and severity with the rule's description.
 * <p>
 * The page needs no network and no script: style and charts (SVG) are inline, every chart has a
 * table beside it, and it prints. Every text from a policy is escaped: a policy file is
 * untrusted input. The same entries, language and reference date give the same bytes.
 * <pre>{@code
 * HtmlReport report = HtmlReport.builder().locale(Locale.ENGLISH).asOf(LocalDate.of(2025, 6, 1)).build();
 * report.writeFiles(List.of(Path.of("policies")), writer);
 * }</pre>
 * This class is immutable and thread-safe.
 */
public final class HtmlReport {

    private final Labels labels;
    private final Clock clock;
    private final Validator validator;
    private final Map<String, Rule> rules;

    private HtmlReport(Builder builder) {
        this.labels = Labels.of(builder.locale);
        this.clock = builder.clock;
        this.rules = Map.copyOf(builder.rules);
        if (builder.validator != null) {
            this.validator = builder.validator;
        } else {
            Validator.Builder validator = Validator.builder().clock(builder.clock).locale(builder.locale);
            builder.localRules.forEach(validator::addRule);
            this.validator = validator.build();
        }
    }

    /** @return a builder for a Dutch page as of today, not null */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Writes the page of a register's entries.
     *
     * @param entries the policies with their reports, validated together so that each series' findings are there, not null
     * @param out where the page goes, not null
     * @throws IOException if {@code out} fails
     */
    public void write(List<ReportedPolicy> entries, Appendable out) throws IOException {
        Document page = new Page(labels, LocalDate.now(clock), rules).render(List.copyOf(entries));
        try {
            page.html(out);
        } catch (SerializationException e) {
            // jsoup wraps the Appendable's IOException; the caller handed us the Appendable and expects its exception.
            if (e.getCause() instanceof IOException) {
                throw (IOException) e.getCause();
            }
            throw e;
        }
    }

    /**
     * Renders the page of a register's entries as text.
     *
     * @param entries the policies with their reports, not null
     * @return the page, not null
     */
    public String render(List<ReportedPolicy> entries) {
        StringBuilder page = new StringBuilder();
        try {
            write(entries, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return page.toString();
    }

    /**
     * Reads and validates policy files together, as {@link Validator#validateFiles(List)} does,
     * and writes their page; a file that cannot be read is shown with its {@code json/...} finding.
     *
     * @param paths files and directories (every {@code *.json} below them), not null
     * @param out where the page goes, not null
     * @throws IOException if a path does not exist, a file cannot be read or {@code out} fails
     */
    public void writeFiles(List<Path> paths, Appendable out) throws IOException {
        List<ReportedPolicy> entries = new ArrayList<>();
        // Under the validator's limits, so that a file it read is read again.
        PolicyReader reader = PolicyJson.reader(validator.readLimits());
        for (ValidationReport report : validator.validateFiles(paths)) {
            if (report.policyId().isPresent() && report.source().isPresent()) {
                try {
                    entries.add(ReportedPolicy.of(reader.read(Path.of(report.source().get())), report));
                } catch (PolicyReadException e) {
                    // The validator read the same file a moment ago; it changed in between, and the report still tells.
                    entries.add(ReportedPolicy.unread(report));
                }
            } else {
                entries.add(ReportedPolicy.unread(report));
            }
        }
        write(entries, out);
    }

    /**
     * Configures an {@link HtmlReport}. Not thread-safe; the report it builds is.
     */
    public static final class Builder {

        private Locale locale = new Locale("nl");
        private Clock clock = Clock.systemDefaultZone();
        private Validator validator;
        private final List<Rule> localRules = new ArrayList<>();
        private final Map<String, Rule> rules = new LinkedHashMap<>();

        private Builder() {
            Stream.concat(Stream.of(ReadingRule.values()), RuleCatalogue.rules().stream())
                    .forEach(rule -> rules.put(rule.id(), rule));
        }

        /**
         * Sets the language of the page and of the findings' messages: Dutch (the default) or English.
         *
         * @param locale the language, not null
         * @return this builder, not null
         */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /**
         * Sets the clock whose today is the reference date (peildatum) of the readoption deadline,
         * and of the validation of files.
         *
         * @param clock the clock, not null
         * @return this builder, not null
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Fixes the reference date (peildatum), as {@link #clock(Clock)} with a clock that stands still on it.
         *
         * @param date the date, not null
         * @return this builder, not null
         */
        public Builder asOf(LocalDate date) {
            return clock(Clock.fixed(date.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
        }

        /**
         * Sets the validator {@link HtmlReport#writeFiles(List, Appendable)} uses, configured as the
         * register wants (rules switched off, severities, local rules); by default one of the
         * catalogue with this builder's clock and language. Its clock should be this builder's,
         * so that the deadline drawn and the findings speak of the same day.
         *
         * @param validator the validator, not null
         * @return this builder, not null
         */
        public Builder validator(Validator validator) {
            this.validator = Objects.requireNonNull(validator, "validator");
            return this;
        }

        /**
         * Adds a local rule: the page shows its description beside its findings, and the default
         * validator runs it.
         *
         * @param rule the rule, whose id has its own namespace, not null
         * @return this builder, not null
         */
        public Builder addRule(Rule rule) {
            localRules.add(Objects.requireNonNull(rule, "rule"));
            rules.put(rule.id(), rule);
            return this;
        }

        /** @return the report, not null */
        public HtmlReport build() {
            return new HtmlReport(this);
        }
    }
}
