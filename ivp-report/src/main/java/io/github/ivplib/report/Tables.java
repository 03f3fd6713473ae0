package io.github.ivplib.report;

import java.util.List;

import org.jsoup.nodes.Element;

/** The page's data tables: a caption where the table stands for a chart, column headings, rows. */
final class Tables {

    private Tables() {
    }

    /**
     * Adds a table and returns its body, for the rows.
     *
     * @param captionKey the label of the caption, null for a table whose heading says what it is
     */
    static Element body(Element parent, Labels labels, String cssClass, String captionKey, List<String> headingKeys) {
        Element table = parent.appendElement("table").addClass(cssClass);
        if (captionKey != null) {
            table.appendElement("caption").text(labels.get(captionKey));
        }
        Element head = table.appendElement("thead").appendElement("tr");
        for (String key : headingKeys) {
            head.appendElement("th").attr("scope", "col").text(labels.get(key));
        }
        return table.appendElement("tbody");
    }
}
