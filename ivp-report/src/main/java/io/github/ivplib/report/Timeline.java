package io.github.ivplib.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.nodes.Element;

import io.github.ivplib.model.BoundedDate;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.adoption.Adoption;
import io.github.ivplib.model.adoption.Extension;
import io.github.ivplib.model.governance.Actor;
import io.github.ivplib.validation.Finding;

/**
 * The timeline of one municipality's series, to the scale of the calendar: per policy its
 * period, the days it is in force and the dates of its adoption; the spans the validator proved
 * uncovered; the readoption deadline and the reference date.
 * <p>
 * A date known to the day is a diamond on its day. A date known only as a year or by bounds is
 * drawn as what is known: a bar with end caps over the days it can be, and a span in force that
 * starts or ends at such a date is striped over those days. No day is made up. The uncovered
 * spans are the {@code politiewet-38b/continuous-coverage} findings' own dates: the page shows
 * what the validator judged, not a second judgement of its own.
 */
final class Timeline {

    static final String CONTINUOUS_COVERAGE = "politiewet-38b/continuous-coverage";
    private static final int YEARS = 4;

    private static final int WIDTH = 760;
    private static final int LEFT = 100;
    private static final int RIGHT = 16;
    private static final int TOP = 40;
    private static final int ROW = 56;
    private static final int LANE = 20;

    private static final String IN_FORCE = "#2e7d32";
    private static final String EXTENSION = "#1565c0";

    private final Labels labels;
    private final LocalDate asOf;
    private final List<SafetyPolicy> policies;
    private final List<Gap> gaps;
    private final Deadline deadline;
    private final String id;
    private final LocalDate start;
    private final LocalDate end;

    /** A span the validator proved uncovered, from a {@code continuous-coverage} finding. */
    record Gap(LocalDate from, LocalDate to, String days, String previousPolicy) {
    }

    /**
     * The last day the council may readopt its goals: four years after its latest adoption, as
     * bounds where that adoption is known only so; null bounds where it cannot be told, with why.
     */
    record Deadline(LocalDate earliest, LocalDate latest, String adopted, String unknownBecause) {

        boolean known() {
            return earliest != null;
        }
    }

    Timeline(Labels labels, LocalDate asOf, List<SafetyPolicy> policies, List<Finding> seriesFindings, String id) {
        this.labels = labels;
        this.asOf = asOf;
        this.policies = policies;
        this.id = id;
        this.gaps = seriesFindings.stream().filter(f -> f.ruleId().equals(CONTINUOUS_COVERAGE))
                .filter(f -> f.values().containsKey("from") && f.values().containsKey("to"))
                .map(f -> new Gap(LocalDate.parse(f.values().get("from")), LocalDate.parse(f.values().get("to")),
                        f.values().getOrDefault("days", ""), f.values().getOrDefault("previousPolicy", "")))
                .collect(Collectors.toList());
        this.deadline = deadline(labels, policies);
        List<LocalDate> days = new ArrayList<>();
        days.add(asOf);
        for (SafetyPolicy policy : policies) {
            days.add(policy.period().first().atDay(1));
            days.add(policy.period().last().atMonth(12).atEndOfMonth());
            dates(policy.adoption()).forEach(date -> {
                date.earliest().ifPresent(days::add);
                date.latest().ifPresent(days::add);
            });
        }
        gaps.forEach(gap -> days.add(gap.to()));
        if (deadline.known()) {
            days.add(deadline.latest());
        }
        this.start = days.stream().min(LocalDate::compareTo).orElseThrow().withDayOfYear(1);
        this.end = days.stream().max(LocalDate::compareTo).orElseThrow().withDayOfYear(1).plusYears(1);
    }

    /** The first day a policy can concern, for ordering a series: its start, else its decision, else its period. */
    static LocalDate firstDay(SafetyPolicy policy) {
        Adoption adoption = policy.adoption();
        return Stream.of(adoption.retroactiveFrom(), adoption.entryIntoForce(), adoption.decisionDate())
                .flatMap(Optional::stream).map(BoundedDate::earliest).flatMap(Optional::stream)
                .findFirst().orElse(policy.period().first().atDay(1));
    }

    private static Stream<BoundedDate> dates(Adoption adoption) {
        Stream<BoundedDate> own = Stream.of(adoption.decisionDate(), adoption.entryIntoForce(), adoption.retroactiveFrom(),
                adoption.endDate()).flatMap(Optional::stream);
        Stream<BoundedDate> extended = adoption.extensions().stream()
                .flatMap(e -> Stream.concat(Stream.of(e.until()), e.decisionDate().stream()));
        return Stream.concat(own, extended);
    }

    /**
     * Four years after the latest adoption by the council: a policy's decision, or an extension
     * the council decided. A policy whose decision date is not known, or is open on a side,
     * leaves the deadline unknown rather than one taken from an earlier adoption.
     */
    private static Deadline deadline(Labels labels, List<SafetyPolicy> policies) {
        LocalDate earliest = null;
        LocalDate latest = null;
        String adopted = null;
        for (SafetyPolicy policy : policies) {
            Adoption adoption = policy.adoption();
            if (adoption.adoptedBy().isPresent() && adoption.adoptedBy().get() != Actor.COUNCIL) {
                continue;
            }
            Optional<BoundedDate> decision = adoption.decisionDate();
            if (decision.isEmpty() || decision.get().earliest().isEmpty() || decision.get().latest().isEmpty()) {
                return new Deadline(null, null, null, policy.id());
            }
            List<BoundedDate> adoptions = new ArrayList<>(List.of(decision.get()));
            for (Extension extension : adoption.extensions()) {
                if (extension.decidedBy().orElse(null) == Actor.COUNCIL && extension.decisionDate().isPresent()
                        && extension.decisionDate().get().earliest().isPresent()
                        && extension.decisionDate().get().latest().isPresent()) {
                    adoptions.add(extension.decisionDate().get());
                }
            }
            for (BoundedDate date : adoptions) {
                if (latest == null || date.latest().get().isAfter(latest)) {
                    latest = date.latest().get();
                    adopted = labels.date(date);
                }
                if (earliest == null || date.earliest().get().isAfter(earliest)) {
                    earliest = date.earliest().get();
                }
            }
        }
        if (earliest == null) {
            return new Deadline(null, null, null, null);
        }
        return new Deadline(earliest.plusYears(YEARS), latest.plusYears(YEARS), adopted, null);
    }

    private String deadlineText() {
        return deadline.earliest().equals(deadline.latest()) ? labels.day(deadline.earliest())
                : labels.get("date.between", labels.day(deadline.earliest()), labels.day(deadline.latest()));
    }

    private double x(LocalDate day) {
        double total = ChronoUnit.DAYS.between(start, end);
        return LEFT + ChronoUnit.DAYS.between(start, day) / total * (WIDTH - LEFT - RIGHT);
    }

    /** The right edge of a day, where a span that includes it ends. */
    private double xEnd(LocalDate day) {
        return x(day.plusDays(1));
    }

    void draw(Element figure, String municipality) {
        int lanes = gaps.size() + 1 + (deadline.known() ? 1 : 0);
        int rowsBottom = TOP + policies.size() * ROW;
        int height = rowsBottom + lanes * LANE + 12;
        Element svg = Svg.chart(figure, id, WIDTH, height, labels.get("timeline.svgTitle", municipality),
                labels.get("timeline.svgDesc")).addClass("timeline");
        Svg.hatch(svg, id + "-uncertain", IN_FORCE);
        Svg.hatch(svg, id + "-uncertain-extension", EXTENSION);
        axis(svg, rowsBottom);
        int lane = 0;
        for (Gap gap : gaps) {
            Element group = svg.appendElement("g").addClass("gap").attr("data-from", gap.from().toString())
                    .attr("data-to", gap.to().toString()).attr("data-days", gap.days());
            String text = labels.get("timeline.gap", labels.day(gap.from()), labels.day(gap.to()), gap.days());
            group.appendElement("title").text(text);
            Svg.rect(group, x(gap.from()), TOP - 6, Math.max(xEnd(gap.to()) - x(gap.from()), 2), rowsBottom - TOP + 6)
                    .attr("fill", "#f4c7c7").attr("stroke", "#c62828");
            laneLabel(group, x(gap.from()), rowsBottom, lane++, text).addClass("gap-label").attr("fill", "#8e0000");
        }
        for (int i = 0; i < policies.size(); i++) {
            row(svg, policies.get(i), i);
        }
        if (deadline.known()) {
            Element group = svg.appendElement("g").addClass("deadline")
                    .attr("data-date", deadline.earliest().equals(deadline.latest()) ? deadline.earliest().toString()
                            : deadline.earliest() + ".." + deadline.latest());
            String text = labels.get("timeline.deadline", deadlineText());
            group.appendElement("title").text(text);
            if (deadline.earliest().equals(deadline.latest())) {
                Svg.line(group, x(deadline.earliest()), TOP - 6, x(deadline.earliest()), rowsBottom + lane * LANE + 4)
                        .attr("stroke", "#6a1b9a").attr("stroke-width", "2").attr("stroke-dasharray", "6 3");
            } else {
                Svg.rect(group, x(deadline.earliest()), TOP - 6, xEnd(deadline.latest()) - x(deadline.earliest()),
                        rowsBottom - TOP + lane * LANE + 10).attr("fill", "#6a1b9a").attr("fill-opacity", "0.18")
                        .attr("stroke", "#6a1b9a").attr("stroke-dasharray", "6 3");
            }
            laneLabel(group, x(deadline.earliest()), rowsBottom, lane++, text).attr("fill", "#4a148c");
        }
        Element now = svg.appendElement("g").addClass("as-of").attr("data-date", asOf.toString());
        Svg.line(now, x(asOf), TOP - 6, x(asOf), rowsBottom + lane * LANE + 4).attr("stroke", "#1a1a1a")
                .attr("stroke-width", "1.5");
        laneLabel(now, x(asOf), rowsBottom, lane, labels.get("timeline.asOf", labels.day(asOf)));
        legend(figure);
    }

    /** A label in its own lane below the rows, turned to the left where it would run off the chart. */
    private Element laneLabel(Element parent, double x, int rowsBottom, int lane, String text) {
        Element label = Svg.text(parent, x + 3, rowsBottom + lane * LANE + 16, text).attr("font-size", "13");
        if (x > WIDTH * 0.6) {
            label.attr("x", Svg.n(x - 3)).attr("text-anchor", "end");
        }
        return label;
    }

    private void axis(Element svg, int rowsBottom) {
        Element axis = svg.appendElement("g").addClass("axis");
        int years = end.getYear() - start.getYear();
        int every = years > 30 ? 5 : years > 15 ? 2 : 1;
        for (LocalDate year = start; year.isBefore(end); year = year.plusYears(1)) {
            Svg.line(axis, x(year), TOP - 14, x(year), rowsBottom).attr("stroke", "#c8c8c8");
            if (year.getYear() % every == 0) {
                Svg.text(axis, (x(year) + x(year.plusYears(1))) / 2, TOP - 18, String.valueOf(year.getYear()))
                        .attr("text-anchor", "middle").attr("font-size", "13");
            }
        }
        Svg.line(axis, x(end), TOP - 14, x(end), rowsBottom).attr("stroke", "#c8c8c8");
    }

    private void row(Element svg, SafetyPolicy policy, int index) {
        double y = TOP + index * ROW;
        Adoption adoption = policy.adoption();
        Element row = svg.appendElement("g").addClass("policy-row").attr("data-policy", policy.id());
        row.appendElement("title").text(policy.title());
        Svg.text(row, LEFT - 8, y + 22, policy.period().first() + "–" + policy.period().last())
                .attr("text-anchor", "end").attr("font-size", "13").attr("font-weight", "600");
        Svg.rect(row, x(policy.period().first().atDay(1)), y + 4, xEnd(policy.period().last().atMonth(12).atEndOfMonth())
                - x(policy.period().first().atDay(1)), 8).addClass("period").attr("fill", "#ffffff")
                .attr("stroke", "#555555");
        Optional<BoundedDate> begins = adoption.retroactiveFrom().or(adoption::entryIntoForce);
        if (begins.isEmpty()) {
            Svg.text(row, x(policy.period().first().atDay(1)) + 4, y + 27, labels.get("timeline.unknownStart"))
                    .attr("font-size", "12").attr("font-style", "italic");
        } else {
            inForce(row, policy, index, begins.get(), y + 16);
        }
        double markers = y + 42;
        adoption.decisionDate().ifPresent(date -> marker(row, "decision", "column.decision", date, markers, "#0d47a1"));
        adoption.entryIntoForce().ifPresent(date -> marker(row, "entry-into-force", "column.entryIntoForce", date, markers,
                "#1b5e20"));
        adoption.retroactiveFrom().ifPresent(date -> marker(row, "retroactive-from", "column.retroactiveFrom", date,
                markers, "#6a1b9a"));
        adoption.endDate().ifPresent(date -> marker(row, "end", "column.end", date, markers, "#1a1a1a"));
        for (Extension extension : adoption.extensions()) {
            extension.decisionDate().ifPresent(date -> marker(row, "extension-decision", "column.extensions", date, markers,
                    EXTENSION));
        }
    }

    /**
     * The days a policy is in force, as its record gives them: from its start to its end date;
     * without one, to its last extension, else to the day before the next policy starts, else
     * (the newest policy) to the reference date. Each extension follows its previous end, from
     * its decision where that came later.
     */
    private void inForce(Element row, SafetyPolicy policy, int index, BoundedDate begins, double y) {
        Adoption adoption = policy.adoption();
        LocalDate from = begins.earliest().orElse(start);
        LocalDate certainFrom = begins.latest().orElse(from);
        LocalDate certainTo;
        LocalDate to;
        if (adoption.endDate().isPresent()) {
            to = adoption.endDate().get().latest().orElse(end.minusDays(1));
            certainTo = adoption.endDate().get().earliest().orElse(certainFrom);
        } else if (!adoption.extensions().isEmpty()) {
            BoundedDate last = adoption.extensions().get(adoption.extensions().size() - 1).until();
            to = last.latest().orElse(end.minusDays(1));
            certainTo = last.earliest().orElse(certainFrom);
        } else {
            Optional<LocalDate> next = nextStart(index);
            to = next.map(day -> day.minusDays(1)).orElse(asOf);
            certainTo = to;
        }
        span(row, "in-force", from, certainFrom, certainTo, to, y, IN_FORCE, id + "-uncertain");
        if (adoption.endDate().isEmpty()) {
            return;
        }
        BoundedDate previous = adoption.endDate().get();
        for (Extension extension : adoption.extensions()) {
            LocalDate resumes = previous.earliest().orElse(from).plusDays(1);
            if (extension.decisionDate().flatMap(BoundedDate::earliest).filter(resumes::isBefore).isPresent()) {
                resumes = extension.decisionDate().get().earliest().get();
            }
            LocalDate until = extension.until().latest().orElse(end.minusDays(1));
            LocalDate certainUntil = extension.until().earliest().orElse(resumes);
            span(row, "extension", resumes, resumes, certainUntil, until, y, EXTENSION, id + "-uncertain-extension");
            previous = extension.until();
        }
    }

    private Optional<LocalDate> nextStart(int index) {
        for (int i = index + 1; i < policies.size(); i++) {
            Adoption next = policies.get(i).adoption();
            Optional<LocalDate> day = next.retroactiveFrom().or(next::entryIntoForce).flatMap(BoundedDate::earliest);
            if (day.isPresent()) {
                return day;
            }
        }
        return Optional.empty();
    }

    /** A run of days: striped where its start or end is not certain, solid between. */
    private void span(Element row, String kind, LocalDate from, LocalDate certainFrom, LocalDate certainTo, LocalDate to,
            double y, String colour, String pattern) {
        if (to.isBefore(from)) {
            return;
        }
        Element group = row.appendElement("g").addClass(kind).attr("data-from", from.toString())
                .attr("data-to", to.toString());
        if (certainTo.isBefore(certainFrom)) {
            Svg.rect(group, x(from), y, xEnd(to) - x(from), 14).addClass("uncertain").attr("fill", "url(#" + pattern + ")")
                    .attr("stroke", colour);
            return;
        }
        if (certainFrom.isAfter(from)) {
            Svg.rect(group, x(from), y, x(certainFrom) - x(from), 14).addClass("uncertain")
                    .attr("fill", "url(#" + pattern + ")").attr("stroke", colour);
        }
        Svg.rect(group, x(certainFrom), y, xEnd(certainTo) - x(certainFrom), 14).attr("fill", colour);
        if (to.isAfter(certainTo)) {
            Svg.rect(group, xEnd(certainTo), y, xEnd(to) - xEnd(certainTo), 14).addClass("uncertain")
                    .attr("fill", "url(#" + pattern + ")").attr("stroke", colour);
        }
    }

    /** A date on its row: a diamond on a known day, else a bar with end caps over the days it can be. */
    private void marker(Element row, String kind, String labelKey, BoundedDate date, double y, String colour) {
        Element group = row.appendElement("g").addClass("marker").addClass(kind).attr("data-date", date.toString());
        group.appendElement("title").text(labels.get(labelKey) + ": " + labels.date(date));
        if (date.isExact()) {
            double cx = (x(date.day().get()) + xEnd(date.day().get())) / 2;
            group.appendElement("polygon").attr("points", Svg.n(cx) + "," + Svg.n(y - 6) + " " + Svg.n(cx + 6) + ","
                    + Svg.n(y) + " " + Svg.n(cx) + "," + Svg.n(y + 6) + " " + Svg.n(cx - 6) + "," + Svg.n(y))
                    .attr("fill", colour).attr("stroke", "#ffffff");
            return;
        }
        double from = date.earliest().map(this::x).orElse((double) LEFT);
        double to = date.latest().map(this::xEnd).orElse((double) WIDTH - RIGHT);
        Svg.line(group, from, y, to, y).attr("stroke", colour).attr("stroke-width", "3");
        if (date.earliest().isPresent()) {
            Svg.line(group, from, y - 6, from, y + 6).attr("stroke", colour).attr("stroke-width", "2");
        }
        if (date.latest().isPresent()) {
            Svg.line(group, to, y - 6, to, y + 6).attr("stroke", colour).attr("stroke-width", "2");
        }
    }

    private void legend(Element figure) {
        Element caption = figure.appendElement("figcaption");
        caption.appendElement("span").addClass("legend-heading").text(labels.get("timeline.legend") + ":");
        Element list = caption.appendElement("ul").addClass("legend");
        for (String kind : List.of("period", "in-force", "uncertain", "extension", "gap")) {
            Element item = list.appendElement("li");
            item.appendElement("span").addClass("swatch").addClass(kind).attr("aria-hidden", "true");
            item.appendText(labels.get("timeline.legend." + (kind.equals("in-force") ? "inForce" : kind)));
        }
        list.appendElement("li").text(labels.get("timeline.legend.marker"));
    }

    /** The timeline as tables, for readers who do not see the chart, and the deadline in words. */
    void table(Element section, Page page) {
        Element rows = Tables.body(section, labels, "timeline-table", "timeline.tableCaption",
                List.of("column.policy", "column.period", "column.decision", "column.entryIntoForce",
                        "column.retroactiveFrom", "column.extensions", "column.end"));
        for (SafetyPolicy policy : policies) {
            Adoption adoption = policy.adoption();
            Element row = rows.appendElement("tr");
            row.appendElement("th").attr("scope", "row").text(policy.id());
            row.appendElement("td").text(policy.period().first() + "–" + policy.period().last());
            row.appendElement("td").text(page.date(adoption.decisionDate()));
            row.appendElement("td").text(page.date(adoption.entryIntoForce()));
            row.appendElement("td").text(adoption.retroactiveFrom().map(labels::date).orElse(labels.get("none")));
            row.appendElement("td").text(adoption.extensions().isEmpty() ? labels.get("none") : page.extensions(adoption));
            row.appendElement("td").text(page.date(adoption.endDate()));
        }
        if (gaps.isEmpty()) {
            section.appendElement("p").addClass("no-gaps").text(labels.get("timeline.noGaps"));
        } else {
            Element gapRows = Tables.body(section, labels, "gaps-table", "timeline.gapsCaption",
                    List.of("column.from", "column.to", "column.days", "column.previousPolicy"));
            for (Gap gap : gaps) {
                Element row = gapRows.appendElement("tr").addClass("gap-row");
                row.appendElement("td").text(labels.day(gap.from()));
                row.appendElement("td").text(labels.day(gap.to()));
                row.appendElement("td").addClass("number").text(gap.days());
                row.appendElement("td").text(gap.previousPolicy());
            }
        }
        String text;
        if (deadline.known()) {
            text = labels.get("timeline.deadlineText", deadlineText(), deadline.adopted());
        } else if (deadline.unknownBecause() != null) {
            text = labels.get("timeline.deadlineUnknown", deadline.unknownBecause());
        } else {
            text = labels.get("timeline.deadlineNone");
        }
        section.appendElement("p").addClass("deadline-text").text(text);
    }
}
