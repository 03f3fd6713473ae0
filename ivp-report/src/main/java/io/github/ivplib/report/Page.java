package io.github.ivplib.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

import io.github.ivplib.model.BoundedDate;
import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.adoption.Adoption;
import io.github.ivplib.model.adoption.Extension;
import io.github.ivplib.model.goal.Goal;
import io.github.ivplib.model.goal.Indicator;
import io.github.ivplib.model.goal.Measurement;
import io.github.ivplib.model.goal.ReferencePoint;
import io.github.ivplib.model.municipality.FormerMunicipality;
import io.github.ivplib.model.theme.Theme;
import io.github.ivplib.model.theme.ThemeKind;
import io.github.ivplib.validation.Finding;
import io.github.ivplib.validation.Rule;
import io.github.ivplib.validation.RuleCatalogue;
import io.github.ivplib.validation.SeriesRule;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.ValidationReport;

/**
 * Builds the page as a jsoup element tree: every text from a policy or a report goes in as a
 * text node or an attribute value, which jsoup escapes when it writes the page, so no policy can
 * add markup to it.
 */
final class Page {

    private static final String CSS = resource("report.css");

    private final Labels labels;
    private final LocalDate asOf;
    private final Map<String, Rule> rules;
    /** The element id of each policy's article, by position, so that an id from a file never becomes one. */
    private final Map<ReportedPolicy, String> anchors = new IdentityHashMap<>();

    Page(Labels labels, LocalDate asOf, Map<String, Rule> rules) {
        this.labels = labels;
        this.asOf = asOf;
        this.rules = rules;
    }

    Document render(List<ReportedPolicy> entries) {
        for (int i = 0; i < entries.size(); i++) {
            anchors.put(entries.get(i), "policy-" + (i + 1));
        }
        Document page = new Document("");
        page.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(true).indentAmount(1).outline(false);
        page.appendChild(new DocumentType("html", "", ""));
        Element html = page.appendElement("html").attr("lang", labels.language());
        Element head = html.appendElement("head");
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(labels.get("page.title"));
        head.appendElement("style").appendChild(new DataNode(CSS));
        Element body = html.appendElement("body");
        Element header = body.appendElement("header");
        header.appendElement("h1").text(labels.get("page.title"));
        header.appendElement("p").text(labels.get("page.asOf", labels.day(asOf), RuleCatalogue.VERSION));
        header.appendElement("p").text(labels.get("page.intro"));
        Element main = body.appendElement("main");
        summary(main, entries);
        int index = 0;
        for (List<ReportedPolicy> series : series(entries)) {
            municipality(main, series, ++index);
        }
        List<ReportedPolicy> unread = entries.stream().filter(e -> e.policy().isEmpty()).collect(Collectors.toList());
        if (!unread.isEmpty()) {
            Element section = main.appendElement("section").addClass("unread");
            section.appendElement("h2").text(labels.get("unread.heading"));
            for (ReportedPolicy entry : unread) {
                Element article = section.appendElement("article").attr("id", anchors.get(entry));
                article.appendElement("h3").text(entry.report().source().orElse(labels.get("unknown")));
                findings(article, entry.report().findings(), entry.report(), "h4");
            }
        }
        return page;
    }

    private void summary(Element main, List<ReportedPolicy> entries) {
        Element section = main.appendElement("section").addClass("summary").attr("aria-labelledby", "summary");
        section.appendElement("h2").attr("id", "summary").text(labels.get("summary.heading"));
        long[] total = new long[Severity.values().length];
        for (ReportedPolicy entry : entries) {
            for (Severity severity : Severity.values()) {
                total[severity.ordinal()] += entry.report().count(severity);
            }
        }
        section.appendElement("p").addClass("counts").attr("data-findings", String.valueOf(sum(total)))
                .text(labels.get("summary.counts", entries.size(), total[Severity.ERROR.ordinal()],
                        total[Severity.WARNING.ordinal()], total[Severity.INFO.ordinal()]));
        Element table = section.appendElement("table").addClass("summary-table");
        table.appendElement("caption").text(labels.get("summary.caption"));
        Element headRow = table.appendElement("thead").appendElement("tr");
        headRow.appendElement("th").attr("scope", "col").text(labels.get("summary.policy"));
        headRow.appendElement("th").attr("scope", "col").text(labels.get("summary.file"));
        for (Severity severity : Severity.values()) {
            headRow.appendElement("th").attr("scope", "col").addClass("number").text(labels.of(severity));
        }
        Element rows = table.appendElement("tbody");
        for (ReportedPolicy entry : entries) {
            Element row = rows.appendElement("tr");
            Element name = row.appendElement("th").attr("scope", "row");
            name.appendElement("a").attr("href", "#" + anchors.get(entry))
                    .text(entry.policy().map(SafetyPolicy::title).orElse(entry.report().source().orElse(labels.get("unknown"))));
            row.appendElement("td").appendElement("code").text(entry.report().source().orElse(""));
            for (Severity severity : Severity.values()) {
                row.appendElement("td").addClass("number").text(String.valueOf(entry.report().count(severity)));
            }
        }
        Element foot = table.appendElement("tfoot").appendElement("tr");
        foot.appendElement("th").attr("scope", "row").attr("colspan", "2").text(labels.get("summary.total"));
        for (Severity severity : Severity.values()) {
            foot.appendElement("td").addClass("number").text(String.valueOf(total[severity.ordinal()]));
        }
    }

    private static long sum(long[] counts) {
        long sum = 0;
        for (long count : counts) {
            sum += count;
        }
        return sum;
    }

    /**
     * The entries that were read, grouped by territory as the validator's series are: by CBS
     * code, with the former municipalities a record names joined to the new one. Series come
     * in the order of their first entry, each in date order.
     */
    static List<List<ReportedPolicy>> series(List<ReportedPolicy> entries) {
        Map<String, String> mergedInto = new HashMap<>();
        for (ReportedPolicy entry : entries) {
            SafetyPolicy policy = entry.policy().orElse(null);
            if (policy != null) {
                for (FormerMunicipality former : policy.municipality().formerMunicipalities()) {
                    if (!former.cbsCode().equals(policy.municipality().cbsCode())) {
                        mergedInto.putIfAbsent(former.cbsCode(), policy.municipality().cbsCode());
                    }
                }
            }
        }
        Map<String, List<ReportedPolicy>> byTerritory = new LinkedHashMap<>();
        for (ReportedPolicy entry : entries) {
            entry.policy().ifPresent(policy -> byTerritory
                    .computeIfAbsent(territory(policy.municipality().cbsCode(), mergedInto), code -> new ArrayList<>())
                    .add(entry));
        }
        List<List<ReportedPolicy>> series = new ArrayList<>();
        for (List<ReportedPolicy> members : byTerritory.values()) {
            members.sort(Comparator.comparing((ReportedPolicy e) -> Timeline.firstDay(e.policy().orElseThrow()))
                    .thenComparing(e -> e.policy().orElseThrow().id()));
            series.add(members);
        }
        return series;
    }

    /** The code of the municipality a code's territory ended up in; a cycle of mergers stops where it began. */
    private static String territory(String code, Map<String, String> mergedInto) {
        String at = code;
        for (int step = 0; step <= mergedInto.size() && mergedInto.containsKey(at); step++) {
            at = mergedInto.get(at);
        }
        return at;
    }

    private void municipality(Element main, List<ReportedPolicy> series, int index) {
        SafetyPolicy newest = series.get(series.size() - 1).policy().orElseThrow();
        String id = "municipality-" + index;
        Element section = main.appendElement("section").addClass("municipality").attr("aria-labelledby", id);
        section.appendElement("h2").attr("id", id)
                .text(labels.get("municipality.heading", newest.municipality().name(), newest.municipality().cbsCode()));
        section.appendElement("h3").text(labels.get("timeline.heading"));
        Element layout = section.appendElement("div").addClass("series");
        List<SafetyPolicy> policies = series.stream().map(e -> e.policy().orElseThrow()).collect(Collectors.toList());
        List<Finding> seriesFindings = new ArrayList<>();
        Map<Finding, ReportedPolicy> findingOf = new IdentityHashMap<>();
        for (ReportedPolicy entry : series) {
            for (Finding finding : entry.report().findings()) {
                if (isSeriesRule(finding.ruleId())) {
                    seriesFindings.add(finding);
                    findingOf.put(finding, entry);
                }
            }
        }
        Timeline timeline = new Timeline(labels, asOf, policies, seriesFindings, "t" + index);
        timeline.draw(layout.appendElement("figure"), newest.municipality().name());
        Element aside = layout.appendElement("aside").addClass("series-findings");
        aside.appendElement("h4").text(labels.get("timeline.seriesFindings"));
        if (seriesFindings.isEmpty()) {
            aside.appendElement("p").text(labels.get("timeline.noSeriesFindings"));
        } else {
            Element list = aside.appendElement("ul");
            for (Finding finding : seriesFindings) {
                Element item = list.appendElement("li").addClass("series-finding").attr("data-rule", finding.ruleId());
                item.appendElement("span").addClass(severityClass(finding.severity())).text(labels.of(finding.severity()));
                item.appendText(" ");
                item.appendElement("a").attr("href", "#" + anchors.get(findingOf.get(finding)))
                        .text(findingOf.get(finding).policy().orElseThrow().id());
                item.appendText(": " + finding.message(labels.locale()));
            }
        }
        timeline.table(section, this);
        for (ReportedPolicy entry : series) {
            policy(section, entry);
        }
    }

    private boolean isSeriesRule(String ruleId) {
        return rules.get(ruleId) instanceof SeriesRule;
    }

    private void policy(Element section, ReportedPolicy entry) {
        SafetyPolicy policy = entry.policy().orElseThrow();
        Element article = section.appendElement("article").addClass("policy").attr("id", anchors.get(entry));
        article.appendElement("h3").addClass("policy-title").text(policy.title());
        article.appendElement("h4").text(labels.get("policy.identity"));
        Element identity = article.appendElement("dl").addClass("identity");
        item(identity, "policy.id", policy.id());
        item(identity, "policy.kind", labels.of(policy.kind()));
        item(identity, "policy.period", policy.period().first() + "–" + policy.period().last());
        entry.report().source().ifPresent(source -> item(identity, "policy.file", source));
        if (!policy.notRecorded().isEmpty()) {
            item(identity, "policy.notRecorded", policy.notRecorded().stream().map(PolicyPart::name).sorted()
                    .collect(Collectors.joining(", ")));
        }
        adoption(article, policy.adoption());
        themes(article, policy);
        indicators(article, policy, anchors.get(entry));
        article.appendElement("h4").text(labels.get("policy.findings"));
        findings(article, entry.report().findings(), entry.report(), "h5");
    }

    private void adoption(Element article, Adoption adoption) {
        article.appendElement("h4").text(labels.get("policy.adoption"));
        Element list = article.appendElement("dl").addClass("adoption");
        item(list, "policy.adoptedBy", adoption.adoptedBy().map(labels::of).orElse(labels.get("unknown")));
        item(list, "column.decision", date(adoption.decisionDate()));
        item(list, "column.entryIntoForce", date(adoption.entryIntoForce()));
        adoption.retroactiveFrom().ifPresent(date -> item(list, "column.retroactiveFrom", labels.date(date)));
        item(list, "column.end", date(adoption.endDate()));
        if (!adoption.extensions().isEmpty()) {
            item(list, "column.extensions", extensions(adoption));
        }
        adoption.note().ifPresent(note -> article.appendElement("p").addClass("note").text(note));
    }

    String extensions(Adoption adoption) {
        List<String> texts = new ArrayList<>();
        for (Extension extension : adoption.extensions()) {
            texts.add(labels.get("extension.text", labels.date(extension.until()), date(extension.decisionDate()),
                    extension.decidedBy().map(labels::of).orElse(labels.get("unknown"))));
        }
        return String.join("; ", texts);
    }

    String date(Optional<BoundedDate> date) {
        return date.map(labels::date).orElse(labels.get("unknown"));
    }

    private void item(Element list, String key, String value) {
        list.appendElement("dt").text(labels.get(key));
        list.appendElement("dd").text(value);
    }

    private void themes(Element article, SafetyPolicy policy) {
        if (policy.notRecorded().contains(PolicyPart.THEMES) && policy.notRecorded().contains(PolicyPart.GOALS)) {
            return;
        }
        article.appendElement("h4").text(labels.get("policy.themes"));
        Map<String, Indicator> indicators = policy.indicators().stream()
                .collect(Collectors.toMap(Indicator::id, i -> i, (a, b) -> a, LinkedHashMap::new));
        for (ThemeKind kind : ThemeKind.values()) {
            List<Theme> themes = policy.themes().stream().filter(t -> t.kind() == kind).collect(Collectors.toList());
            if (themes.isEmpty()) {
                continue;
            }
            article.appendElement("h5").text(labels.get(kind == ThemeKind.STRATEGIC ? "policy.strategic" : "policy.baseline"));
            Element list = article.appendElement("ul").addClass("themes");
            for (Theme theme : themes) {
                Element item = list.appendElement("li").addClass("theme");
                item.appendElement("strong").text(theme.name());
                List<Goal> goals = policy.goals().stream().filter(g -> g.themeIds().contains(theme.id())).collect(Collectors.toList());
                if (!goals.isEmpty()) {
                    goals(item, goals, indicators);
                } else if (kind == ThemeKind.STRATEGIC) {
                    item.appendElement("p").addClass("note").text(labels.get("policy.noGoals"));
                }
            }
        }
        List<Goal> whole = policy.goals().stream().filter(g -> g.themeIds().isEmpty()).collect(Collectors.toList());
        if (!whole.isEmpty()) {
            article.appendElement("h5").text(labels.get("policy.wholePolicy"));
            goals(article, whole, indicators);
        }
    }

    private void goals(Element parent, List<Goal> goals, Map<String, Indicator> indicators) {
        Element list = parent.appendElement("ul").addClass("goals");
        for (Goal goal : goals) {
            Element item = list.appendElement("li").addClass("goal").text(goal.text());
            List<String> names = goal.indicatorIds().stream()
                    .map(id -> indicators.containsKey(id) ? indicators.get(id).name() : id).collect(Collectors.toList());
            if (!names.isEmpty()) {
                item.appendText(" (" + labels.get("column.indicator").toLowerCase(labels.locale()) + ": "
                        + String.join(", ", names) + ")");
            }
        }
    }

    private void indicators(Element article, SafetyPolicy policy, String anchor) {
        if (policy.notRecorded().contains(PolicyPart.GOALS)) {
            return;
        }
        article.appendElement("h4").text(labels.get("policy.indicators"));
        if (policy.indicators().isEmpty()) {
            article.appendElement("p").text(labels.get("policy.noIndicators"));
            return;
        }
        Element rows = Tables.body(article, labels, "indicators", null, List.of("column.indicator", "column.unit",
                "column.baseline", "column.latest", "column.target", "column.direction", "column.districtMinimum"));
        for (Indicator indicator : policy.indicators()) {
            Element row = rows.appendElement("tr");
            row.appendElement("th").attr("scope", "row").text(indicator.name());
            row.appendElement("td").text(labels.of(indicator.unit()));
            row.appendElement("td").text(point(indicator.baseline()));
            row.appendElement("td").text(latestOfMunicipality(indicator).map(this::measurement).orElse(labels.get("none")));
            row.appendElement("td").text(point(indicator.target()));
            row.appendElement("td").text(indicator.direction().map(labels::of).orElse(labels.get("unknown")));
            row.appendElement("td").text(point(indicator.districtMinimum()));
        }
        List<Indicator> all = policy.indicators();
        for (int i = 0; i < all.size(); i++) {
            String id = anchor + "-indicator-" + (i + 1);
            DistrictChart.of(labels, policy, all.get(i)).ifPresent(chart -> chart.draw(article, id));
        }
    }

    private static Optional<Measurement> latestOfMunicipality(Indicator indicator) {
        return indicator.measurements().stream().filter(m -> m.districtId().isEmpty())
                .max(Comparator.comparing(Measurement::year));
    }

    private String measurement(Measurement measurement) {
        return labels.number(measurement.value(), measurement.qualifier()) + " (" + measurement.year() + ")";
    }

    private String point(Optional<ReferencePoint> point) {
        return point.map(p -> labels.number(p.value(), p.qualifier()) + p.year().map(y -> " (" + y + ")").orElse(""))
                .orElse(labels.get("none"));
    }

    /** A report's findings grouped by severity and rule, in the report's order, each group with its rule's description. */
    private void findings(Element parent, List<Finding> findings, ValidationReport report, String heading) {
        if (findings.isEmpty()) {
            parent.appendElement("p").addClass("no-findings").text(labels.get("policy.noFindings"));
            return;
        }
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        for (Finding finding : findings) {
            groups.computeIfAbsent(finding.severity() + " " + finding.ruleId(), key -> new ArrayList<>()).add(finding);
        }
        for (List<Finding> group : groups.values()) {
            Finding first = group.get(0);
            Element section = parent.appendElement("section").addClass("rule-group")
                    .attr("data-rule", first.ruleId()).attr("data-severity", first.severity().name());
            Element title = section.appendElement(heading);
            title.appendElement("span").addClass(severityClass(first.severity())).text(labels.of(first.severity()));
            title.appendText(" · ");
            title.appendElement("code").text(first.ruleId());
            title.appendText(" (" + group.size() + ")");
            Rule rule = rules.get(first.ruleId());
            if (rule != null) {
                section.appendElement("p").addClass("description").text(rule.description(labels.locale()));
            }
            Element rows = Tables.body(section, labels, "findings", null,
                    List.of("column.message", "column.location", "column.pointer"));
            for (Finding finding : group) {
                Element row = rows.appendElement("tr").addClass("finding");
                row.appendElement("td").text(finding.message(labels.locale()));
                row.appendElement("td").appendElement("code").text(location(report, finding));
                row.appendElement("td").appendElement("code").text(finding.pointer().isEmpty() ? "/" : finding.pointer());
            }
        }
    }

    private static String location(ValidationReport report, Finding finding) {
        StringBuilder location = new StringBuilder(report.source().orElse(""));
        finding.line().ifPresent(line -> location.append(':').append(line));
        finding.column().ifPresent(column -> location.append(':').append(column));
        return location.toString();
    }

    static String severityClass(Severity severity) {
        return "severity-" + severity.name().toLowerCase(Locale.ROOT);
    }

    private static String resource(String name) {
        try (InputStream in = Page.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the class path: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
