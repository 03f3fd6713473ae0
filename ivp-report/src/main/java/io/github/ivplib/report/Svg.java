package io.github.ivplib.report;

import java.util.Locale;

import org.jsoup.nodes.Element;

/** Small helpers for the inline SVG charts, which jsoup builds like any other element. */
final class Svg {

    static final String NAMESPACE = "http://www.w3.org/2000/svg";

    private Svg() {
    }

    /**
     * A chart: an SVG image with a title and a description that assistive technology reads, and
     * whose coordinates scale to the width the page gives it.
     */
    static Element chart(Element parent, String id, int width, int height, String title, String description) {
        Element svg = parent.appendElement("svg").attr("xmlns", NAMESPACE).addClass("chart")
                .attr("viewBox", "0 0 " + width + " " + height).attr("width", String.valueOf(width))
                .attr("height", String.valueOf(height)).attr("role", "img")
                .attr("aria-labelledby", id + "-title " + id + "-desc");
        svg.appendElement("title").attr("id", id + "-title").text(title);
        svg.appendElement("desc").attr("id", id + "-desc").text(description);
        return svg;
    }

    /** A pattern of diagonal stripes in a colour, for what is known only roughly or falls short. */
    static void hatch(Element svg, String id, String colour) {
        Element pattern = svg.appendElement("defs").appendElement("pattern").attr("id", id)
                .attr("width", "6").attr("height", "6").attr("patternUnits", "userSpaceOnUse")
                .attr("patternTransform", "rotate(45)");
        pattern.appendElement("rect").attr("width", "6").attr("height", "6").attr("fill", "#ffffff");
        pattern.appendElement("rect").attr("width", "3").attr("height", "6").attr("fill", colour);
    }

    static Element rect(Element parent, double x, double y, double width, double height) {
        return parent.appendElement("rect").attr("x", n(x)).attr("y", n(y)).attr("width", n(Math.max(width, 0)))
                .attr("height", n(height));
    }

    static Element line(Element parent, double x1, double y1, double x2, double y2) {
        return parent.appendElement("line").attr("x1", n(x1)).attr("y1", n(y1)).attr("x2", n(x2)).attr("y2", n(y2));
    }

    static Element text(Element parent, double x, double y, String text) {
        return parent.appendElement("text").attr("x", n(x)).attr("y", n(y)).text(text);
    }

    /** A coordinate with one decimal, written the same on every platform. */
    static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
