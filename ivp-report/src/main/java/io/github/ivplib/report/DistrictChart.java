package io.github.ivplib.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jsoup.nodes.Element;

import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.goal.Indicator;
import io.github.ivplib.model.goal.IndicatorUnit;
import io.github.ivplib.model.goal.Measurement;
import io.github.ivplib.model.goal.ReferencePoint;
import io.github.ivplib.model.municipality.District;

/**
 * An indicator's latest measurement per district against its district minimum (minimum per
 * wijk), as horizontal bars with the minimum as a line, and the same as a table. A bar below the
 * minimum is striped as well as coloured, so that it does not rest on colour alone.
 */
final class DistrictChart {

    private static final int WIDTH = 1000;
    private static final int LEFT = 260;
    private static final int RIGHT = 70;
    private static final int TOP = 40;
    private static final int ROW = 24;

    private final Labels labels;
    private final Indicator indicator;
    private final ReferencePoint minimum;
    private final List<Bar> bars;

    /** One district's latest measurement. */
    private record Bar(String district, Measurement measurement) {

        boolean below(BigDecimal minimum) {
            return measurement.value().compareTo(minimum) < 0;
        }
    }

    private DistrictChart(Labels labels, Indicator indicator, ReferencePoint minimum, List<Bar> bars) {
        this.labels = labels;
        this.indicator = indicator;
        this.minimum = minimum;
        this.bars = bars;
    }

    /**
     * The chart of an indicator, where it has a district minimum and district measurements.
     * Districts come in the order the municipality lists them, then any the record does not list.
     */
    static Optional<DistrictChart> of(Labels labels, SafetyPolicy policy, Indicator indicator) {
        if (indicator.districtMinimum().isEmpty()) {
            return Optional.empty();
        }
        Map<String, Measurement> latest = new LinkedHashMap<>();
        for (Measurement measurement : indicator.measurements()) {
            measurement.districtId().ifPresent(district -> latest.merge(district, measurement,
                    (a, b) -> b.year().isAfter(a.year()) ? b : a));
        }
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        List<Bar> bars = new ArrayList<>();
        for (District district : policy.municipality().districts()) {
            Measurement measurement = latest.remove(district.id());
            if (measurement != null) {
                bars.add(new Bar(district.name(), measurement));
            }
        }
        latest.forEach((district, measurement) -> bars.add(new Bar(district, measurement)));
        return Optional.of(new DistrictChart(labels, indicator, indicator.districtMinimum().get(), bars));
    }

    /** The largest value on the scale: the unit's own where it has one, else a little above the largest figure. */
    private double scale() {
        if (indicator.unit() == IndicatorUnit.REPORT_MARK) {
            return 10;
        }
        if (indicator.unit() == IndicatorUnit.PERCENTAGE) {
            return 100;
        }
        double max = bars.stream().map(b -> b.measurement().value()).max(Comparator.naturalOrder()).orElse(BigDecimal.ONE)
                .max(minimum.value()).doubleValue();
        return max <= 0 ? 1 : max * 1.1;
    }

    private double x(BigDecimal value) {
        return LEFT + Math.max(0, value.doubleValue()) / scale() * (WIDTH - LEFT - RIGHT);
    }

    void draw(Element parent, String id) {
        String minimumText = labels.number(minimum.value(), minimum.qualifier());
        Element section = parent.appendElement("section").addClass("districts").attr("aria-labelledby", id);
        section.appendElement("h5").attr("id", id).text(labels.get("districts.heading", indicator.name()));
        int height = TOP + bars.size() * ROW + 30;
        Element svg = Svg.chart(section.appendElement("figure"), id + "-chart", WIDTH, height,
                labels.get("districts.svgTitle", indicator.name(), minimumText), labels.get("districts.svgDesc"))
                .addClass("district-chart");
        Svg.hatch(svg, id + "-below", "#b35900");
        Element axis = svg.appendElement("g").addClass("axis");
        double scale = scale();
        double step = scale <= 10 ? 1 : Math.pow(10, Math.floor(Math.log10(scale)));
        for (double tick = 0; tick <= scale + 1e-9; tick += step) {
            double x = LEFT + tick / scale * (WIDTH - LEFT - RIGHT);
            Svg.line(axis, x, TOP - 6, x, TOP + bars.size() * ROW).attr("stroke", "#d0d0d0");
            Svg.text(axis, x, TOP + bars.size() * ROW + 18, labels.number(BigDecimal.valueOf(tick).stripTrailingZeros()))
                    .attr("text-anchor", "middle").attr("font-size", "12");
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = TOP + i * ROW;
            boolean below = bar.below(minimum.value());
            String value = labels.number(bar.measurement().value(), bar.measurement().qualifier());
            Element group = svg.appendElement("g").addClass("district");
            group.appendElement("title").text(bar.district() + ": " + value + " (" + bar.measurement().year() + ")");
            Svg.text(group, LEFT - 8, y + 16, bar.district()).attr("text-anchor", "end").attr("font-size", "13");
            Element rect = Svg.rect(group, LEFT, y + 4, x(bar.measurement().value()) - LEFT, ROW - 8).addClass("bar")
                    .attr("data-district", bar.district()).attr("data-value", bar.measurement().value().toPlainString());
            if (below) {
                rect.addClass("below").attr("fill", "url(#" + id + "-below)").attr("stroke", "#b35900");
            } else {
                rect.attr("fill", "#1565c0");
            }
            Svg.text(group, x(bar.measurement().value()) + 6, y + 16, value).attr("font-size", "13");
        }
        Element line = svg.appendElement("g").addClass("minimum").attr("data-value", minimum.value().toPlainString());
        Svg.line(line, x(minimum.value()), TOP - 10, x(minimum.value()), TOP + bars.size() * ROW + 4)
                .attr("stroke", "#1a1a1a").attr("stroke-width", "2").attr("stroke-dasharray", "6 3");
        Svg.text(line, x(minimum.value()), TOP - 16, labels.get("districts.minimum", minimumText))
                .attr("text-anchor", "middle").attr("font-size", "13").attr("font-weight", "600");
        table(section);
    }

    private void table(Element section) {
        Element rows = Tables.body(section, labels, "districts-table", "districts.tableCaption",
                List.of("column.district", "column.value", "column.year", "column.belowMinimum"));
        for (Bar bar : bars) {
            Element row = rows.appendElement("tr");
            row.appendElement("th").attr("scope", "row").text(bar.district());
            row.appendElement("td").addClass("number")
                    .text(labels.number(bar.measurement().value(), bar.measurement().qualifier()));
            row.appendElement("td").addClass("number").text(String.valueOf(bar.measurement().year()));
            row.appendElement("td").text(labels.get(bar.below(minimum.value()) ? "yes" : "no"));
        }
    }
}
