package io.github.ivplib.validation.testing;

import static io.github.ivplib.validation.testing.Reports.ERROR;
import static io.github.ivplib.validation.testing.Reports.ERROR_LINE;
import static io.github.ivplib.validation.testing.Reports.SOURCE;
import static io.github.ivplib.validation.testing.Reports.WARNING;
import static io.github.ivplib.validation.testing.Reports.WARNING_LINE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.ivplib.validation.ImmutableValidationReport;
import io.github.ivplib.validation.Severity;

class ListingTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Test
    void aFindingIsOneLineOfSeverityRulePointerValuesThenLocationAndMessage() {
        assertThat(Listing.line(ERROR, DUTCH))
                .isEqualTo(ERROR_LINE + " (line 12, column 7): " + ERROR.messages().get("nl"));
    }

    @Test
    void aFindingWithoutLocationGoesStraightToItsMessage() {
        assertThat(Listing.line(WARNING, Locale.ENGLISH)).isEqualTo(WARNING_LINE + ": " + WARNING.messages().get("en"));
    }

    @Test
    void theEmptyPointerReadsAsTheDocumentRoot() {
        assertThat(Listing.line(Reports.finding(Severity.ERROR, "json/syntax", "", Map.of()), DUTCH))
                .startsWith("ERROR json/syntax (document root) {}");
    }

    @Test
    void aValueSpanningLinesStaysOnTheFindingsLine() {
        assertThat(Listing.line(Reports.finding(Severity.ERROR, "json/syntax", "", Map.of("originalMessage", "one\ntwo")), DUTCH))
                .contains("{originalMessage=one two}")
                .doesNotContain("\n");
    }

    @Test
    void aReportIsListedUnderItsSourceOneFindingALine() {
        assertThat(Listing.findings(Reports.of(ERROR, WARNING)).split("\n"))
                .containsExactly("Findings of " + SOURCE + ":",
                        "  " + Listing.line(ERROR, DUTCH),
                        "  " + Listing.line(WARNING, DUTCH));
    }

    @Test
    void aReportListsMessagesInItsLanguage() {
        assertThat(Listing.findings(ImmutableValidationReport.copyOf(Reports.of(WARNING)).withLanguage("en")))
                .contains(WARNING.messages().get("en"));
    }

    @Test
    void aReportWithoutFindingsSaysSo() {
        assertThat(Listing.findings(Reports.of())).isEqualTo("Findings of " + SOURCE + ": none");
    }
}
