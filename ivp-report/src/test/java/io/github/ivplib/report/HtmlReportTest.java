package io.github.ivplib.report;

import static io.github.ivplib.report.Policies.inForce;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.ivplib.model.BoundedDate;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.adoption.Adoption;
import io.github.ivplib.model.json.PolicyJson;
import io.github.ivplib.validation.Validator;

/** The page {@link HtmlReport} writes, read back as a DOM. */
class HtmlReportTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

    /** Two plans of one municipality with 59 days between them: 2023-01-01 to 2023-02-28. */
    private static final List<SafetyPolicy> SERIES_WITH_GAP = List.of(
            inForce("ivp-2019-2022", LocalDate.of(2018, 12, 13), LocalDate.of(2019, 1, 1), LocalDate.of(2022, 12, 31)),
            inForce("ivp-2023-2026", LocalDate.of(2023, 2, 16), LocalDate.of(2023, 3, 1), LocalDate.of(2026, 12, 31)));

    @TempDir
    Path dir;

    private static HtmlReport dutch() {
        return HtmlReport.builder().asOf(AS_OF).build();
    }

    private static List<ReportedPolicy> validated(List<SafetyPolicy> policies) {
        return ReportedPolicy.validated(Validator.builder().clock(fixedClock()).build(), policies);
    }

    private static java.time.Clock fixedClock() {
        return java.time.Clock.fixed(AS_OF.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), java.time.ZoneOffset.UTC);
    }

    private static Document page(HtmlReport report, List<SafetyPolicy> policies) {
        return Jsoup.parse(report.render(validated(policies)));
    }

    @Test
    void isDutchByDefault() {
        Document page = page(dutch(), SERIES_WITH_GAP);

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("nl");
    }

    @Test
    void isEnglishOnRequest() {
        Document page = page(HtmlReport.builder().asOf(AS_OF).locale(Locale.ENGLISH).build(), SERIES_WITH_GAP);

        assertThat(List.of(page.selectFirst("html").attr("lang"), page.selectFirst("h1").text()))
                .containsExactly("en", "Safety policy register report");
    }

    @Test
    void writesFindingsInThePageLanguage() {
        Document page = page(HtmlReport.builder().asOf(AS_OF).locale(Locale.ENGLISH).build(), SERIES_WITH_GAP);

        assertThat(page.selectFirst(".series-finding").text()).contains("no safety policy was in force");
    }

    @Test
    void showsATitleWithMarkupAsText() {
        String title = "IVP <script>alert('x')</script> & <b>vet</b>";
        SafetyPolicy policy = SafetyPolicy.builder().from(SERIES_WITH_GAP.get(0)).title(title).build();

        Document page = page(dutch(), List.of(policy));

        assertThat(page.select("script, b")).isEmpty();
        assertThat(page.selectFirst("h3.policy-title").text()).isEqualTo(title);
    }

    @Test
    void givesTheSamePageForTheSameEntriesAndDate() {
        List<ReportedPolicy> entries = validated(SERIES_WITH_GAP);

        assertThat(dutch().render(entries)).isEqualTo(dutch().render(entries));
    }

    @Test
    void drawsTheGapTheValidatorFoundWithItsDates() {
        Element gap = page(dutch(), SERIES_WITH_GAP).selectFirst("svg.timeline g.gap");

        assertThat(List.of(gap.attr("data-from"), gap.attr("data-to"), gap.attr("data-days")))
                .containsExactly("2023-01-01", "2023-02-28", "59");
    }

    @Test
    void listsTheGapInTheTableBesideTheTimeline() {
        List<String> cells = page(dutch(), SERIES_WITH_GAP).select("table.gaps-table tr.gap-row td").eachText();

        assertThat(cells).containsExactly("2023-01-01", "2023-02-28", "59", "ivp-2019-2022");
    }

    @Test
    void drawsOneRowPerPolicyOfTheSeries() {
        List<String> rows = page(dutch(), SERIES_WITH_GAP).select("svg.timeline g.policy-row").eachAttr("data-policy");

        assertThat(rows).containsExactly("ivp-2019-2022", "ivp-2023-2026");
    }

    @Test
    void drawsTheReadoptionDeadlineFourYearsAfterTheLatestDecision() {
        Element deadline = page(dutch(), SERIES_WITH_GAP).selectFirst("svg.timeline g.deadline");

        assertThat(deadline.attr("data-date")).isEqualTo("2027-02-16");
    }

    @Test
    void drawsADecisionKnownOnlyAsAYearAsASpanWithoutADay() {
        SafetyPolicy policy = SERIES_WITH_GAP.get(0);
        SafetyPolicy yearOnly = SafetyPolicy.builder().from(policy).adoption(Adoption.builder().from(policy.adoption())
                .decisionDate(BoundedDate.in(Year.of(2018))).build()).build();

        Element decision = page(dutch(), List.of(yearOnly)).selectFirst("g.marker.decision");

        assertThat(List.of(decision.attr("data-date"), String.valueOf(decision.select("polygon").size()),
                String.valueOf(decision.select("line").size()))).containsExactly("2018", "0", "3");
    }

    @Test
    void saysTheDeadlineCannotBeToldWithoutADecisionDate() {
        SafetyPolicy policy = SERIES_WITH_GAP.get(0);
        SafetyPolicy undated = SafetyPolicy.builder().from(policy)
                .adoption(Adoption.builder().from(policy.adoption()).decisionDate(java.util.Optional.empty()).build()).build();

        Document page = page(dutch(), List.of(undated));

        assertThat(page.select("g.deadline")).isEmpty();
        assertThat(page.selectFirst("p.deadline-text").text()).contains("niet te bepalen").contains("ivp-2019-2022");
    }

    @Test
    void drawsABarPerDistrictMeasuredAndMarksThoseBelowTheMinimum() {
        Element chart = page(dutch(), List.of(SERIES_WITH_GAP.get(0))).selectFirst("svg.district-chart");

        assertThat(chart.select("rect.bar").eachAttr("data-district")).containsExactly("Noord", "Zuid", "West");
        assertThat(chart.select("rect.bar.below").eachAttr("data-district")).containsExactly("Zuid");
    }

    @Test
    void writesFiguresWithADecimalCommaInDutch() {
        Element chart = page(dutch(), List.of(SERIES_WITH_GAP.get(0))).selectFirst("svg.district-chart");

        assertThat(chart.selectFirst("g.minimum text").text()).isEqualTo("minimum 6,7");
    }

    @Test
    void givesEveryChartATableBesideIt() {
        Document page = page(dutch(), SERIES_WITH_GAP);

        assertThat(page.select("table.timeline-table, table.districts-table")).hasSameSizeAs(page.select("svg.chart"));
    }

    @Test
    void listsEveryFindingOnceInTheFindingTables() {
        List<ReportedPolicy> entries = validated(SERIES_WITH_GAP);
        long findings = entries.stream().mapToLong(e -> e.report().findings().size()).sum();

        Document page = Jsoup.parse(dutch().render(entries));

        assertThat(page.select("table.findings tr.finding")).hasSize((int) findings);
    }

    @Test
    void countsTheFindingsAtTheTop() {
        List<ReportedPolicy> entries = validated(SERIES_WITH_GAP);
        long findings = entries.stream().mapToLong(e -> e.report().findings().size()).sum();

        Document page = Jsoup.parse(dutch().render(entries));

        assertThat(page.selectFirst("p.counts").attr("data-findings")).isEqualTo(String.valueOf(findings));
    }

    @Test
    void groupsFindingsByRuleWithTheRuleDescription() {
        Element group = page(dutch(), SERIES_WITH_GAP)
                .selectFirst("section.rule-group[data-rule=politiewet-38b/continuous-coverage]");

        assertThat(group.selectFirst("p.description").text()).startsWith("In een reeks beleidsplannen van een gemeente");
    }

    @Test
    void showsAFileThatCannotBeReadWithItsFinding() throws IOException {
        Path broken = Files.writeString(dir.resolve("kapot.json"), "{\"schemaVersion\": \"1.0\",", StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();

        dutch().writeFiles(List.of(broken), out);

        Element unread = Jsoup.parse(out.toString()).selectFirst("section.unread");
        assertThat(unread.select("section.rule-group").eachAttr("data-rule")).containsExactly("json/syntax");
    }

    @Test
    void readsPolicyFilesAndTheirSeries() throws IOException {
        for (SafetyPolicy policy : SERIES_WITH_GAP) {
            Files.writeString(dir.resolve(policy.id() + ".json"), PolicyJson.write(policy), StandardCharsets.UTF_8);
        }
        StringBuilder out = new StringBuilder();

        dutch().writeFiles(List.of(dir), out);

        Document page = Jsoup.parse(out.toString());
        assertThat(page.select("svg.timeline g.gap").stream().map(g -> g.attr("data-from")).collect(Collectors.toList()))
                .containsExactly("2023-01-01");
    }
}
