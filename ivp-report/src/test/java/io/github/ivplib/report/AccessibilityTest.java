package io.github.ivplib.report;

import static io.github.ivplib.report.Policies.inForce;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.validation.Validator;

/**
 * What a reader with a screen reader, low vision or a printout needs of the page (WCAG 2.1 AA):
 * text that stands out from its background, pictures with a name and a description, a declared
 * language and headings that do not skip a level.
 */
class AccessibilityTest {

    /** WCAG 2.1, success criterion 1.4.3: the least contrast of normal text. */
    private static final double TEXT_CONTRAST = 4.5;
    private static final String WHITE = "#ffffff";
    /** The background of table headers in the style sheet. */
    private static final String HEADER_GREY = "#eef0f2";
    private static final Pattern TEXT_COLOUR = Pattern.compile("(?<![-\\w])color:\\s*(#[0-9a-fA-F]{3,6})");

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    private static final List<SafetyPolicy> SERIES_WITH_GAP = List.of(
            inForce("ivp-2019-2022", LocalDate.of(2018, 12, 13), LocalDate.of(2019, 1, 1), LocalDate.of(2022, 12, 31)),
            inForce("ivp-2023-2026", LocalDate.of(2023, 2, 16), LocalDate.of(2023, 3, 1), LocalDate.of(2026, 12, 31)));

    private static Document page(Locale locale) {
        Validator validator = Validator.builder()
                .clock(Clock.fixed(AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC)).build();
        HtmlReport report = HtmlReport.builder().asOf(AS_OF).locale(locale).build();
        return Jsoup.parse(report.render(ReportedPolicy.validated(validator, SERIES_WITH_GAP)));
    }

    @Test
    void everyTextColourOfTheStyleSheetStandsOutFromWhiteAndFromTableHeaders() throws IOException {
        List<String> colours = new ArrayList<>();
        Matcher matcher = TEXT_COLOUR.matcher(styleSheet());
        while (matcher.find()) {
            colours.add(matcher.group(1));
        }

        assertThat(colours).isNotEmpty().allSatisfy(colour -> {
            assertThat(contrast(colour, WHITE)).as("%s on white", colour).isGreaterThanOrEqualTo(TEXT_CONTRAST);
            assertThat(contrast(colour, HEADER_GREY)).as("%s on table headers", colour).isGreaterThanOrEqualTo(TEXT_CONTRAST);
        });
    }

    @Test
    void everyColouredTextInTheChartsStandsOutFromWhite() {
        List<String> fills = page(new Locale("nl")).select("svg text[fill]").eachAttr("fill");

        assertThat(fills).isNotEmpty().allSatisfy(fill -> assertThat(contrast(fill, WHITE)).as("%s on white", fill)
                .isGreaterThanOrEqualTo(TEXT_CONTRAST));
    }

    @Test
    void everyChartIsAPictureNamedAndDescribedByItsOwnTitleAndDescription() {
        List<Element> charts = page(new Locale("nl")).select("svg.chart");

        assertThat(charts).isNotEmpty().allSatisfy(chart -> {
            assertThat(chart.attr("role")).isEqualTo("img");
            assertThat(chart.attr("aria-labelledby").split(" ")).hasSize(2).allSatisfy(id -> {
                Element label = chart.getElementById(id);
                assertThat(label == null ? "" : label.text()).as("the text of #%s inside the chart", id).isNotBlank();
            });
        });
    }

    @Test
    void declaresTheLanguageItIsWrittenIn() {
        assertThat(page(new Locale("nl")).selectFirst("html").attr("lang")).isEqualTo("nl");
        assertThat(page(Locale.ENGLISH).selectFirst("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void neverSkipsAHeadingLevelOnTheWayDown() {
        int previous = 0;
        for (Element heading : page(new Locale("nl")).select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            assertThat(level).as("%s after h%d", heading.outerHtml(), previous).isLessThanOrEqualTo(previous + 1);
            previous = level;
        }
        assertThat(previous).as("the page has headings").isPositive();
    }

    private static String styleSheet() throws IOException {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            assertThat(in).as("report.css beside HtmlReport").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The contrast ratio of WCAG 2.1 between two sRGB colours written #rgb or #rrggbb. */
    private static double contrast(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String colour) {
        String hex = colour.substring(1);
        if (hex.length() == 3) {
            hex = hex.replaceAll("(.)", "$1$1");
        }
        double red = channel(Integer.parseInt(hex.substring(0, 2), 16));
        double green = channel(Integer.parseInt(hex.substring(2, 4), 16));
        double blue = channel(Integer.parseInt(hex.substring(4, 6), 16));
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
