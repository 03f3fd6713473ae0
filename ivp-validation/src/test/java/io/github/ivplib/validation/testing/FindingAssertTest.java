package io.github.ivplib.validation.testing;

import static io.github.ivplib.validation.testing.PolicyAssertions.assertThat;
import static io.github.ivplib.validation.testing.Reports.ERROR;
import static io.github.ivplib.validation.testing.Reports.ERROR_LINE;
import static io.github.ivplib.validation.testing.Reports.SOURCE;
import static io.github.ivplib.validation.testing.Reports.WARNING;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.github.ivplib.validation.Finding;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.ValidationReport;

class FindingAssertTest {

    private static final ValidationReport REPORT = Reports.of(ERROR, WARNING);

    private static FindingAssert theError() {
        return assertThat(REPORT).hasSingleFinding(ERROR.ruleId(), ERROR.pointer());
    }

    @Test
    void hasSeverityPassesOnTheFindingsSeverity() {
        assertThatCode(() -> theError().hasSeverity(Severity.ERROR)).doesNotThrowAnyException();
    }

    @Test
    void hasSeverityFailsOnAnotherShowingTheFindingAndItsSource() {
        assertThatThrownBy(() -> theError().hasSeverity(Severity.WARNING))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting severity WARNING, but was ERROR.")
                .hasMessageContaining("Finding of " + SOURCE + ":")
                .hasMessageContaining(ERROR_LINE);
    }

    @Test
    void hasValuePassesOnAValueTheFindingCarries() {
        assertThatCode(() -> theError().hasValue("adoptedBy", "EXECUTIVE_BOARD")).doesNotThrowAnyException();
    }

    @Test
    void hasValueFailsOnADifferentValueShowingBoth() {
        assertThatThrownBy(() -> theError().hasValue("adoptedBy", "MAYOR"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("adoptedBy=MAYOR")
                .hasMessageContaining(ERROR_LINE);
    }

    @Test
    void hasValueFailsOnAValueTheFindingDoesNotCarry() {
        assertThatThrownBy(() -> theError().hasValue("year", "2024"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("has no value year")
                .hasMessageContaining(ERROR_LINE);
    }

    @Test
    void hasMessageContainingPassesOnTextOfTheEnglishMessage() {
        assertThatCode(() -> theError().hasMessageContaining(Locale.ENGLISH, "not by the council"))
                .doesNotThrowAnyException();
    }

    @Test
    void hasMessageContainingPassesOnTextOfTheDutchMessage() {
        assertThatCode(() -> theError().hasMessageContaining(Locale.forLanguageTag("nl"), "niet door de gemeenteraad"))
                .doesNotThrowAnyException();
    }

    @Test
    void hasMessageContainingFailsOnTextOfAnotherLanguageShowingTheMessage() {
        assertThatThrownBy(() -> theError().hasMessageContaining(Locale.ENGLISH, "gemeenteraad"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(ERROR.messages().get("en"));
    }

    @Test
    void aFindingOnItsOwnIsShownWithoutASource() {
        assertThatThrownBy(() -> assertThat(ERROR).hasSeverity(Severity.INFO))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Finding:\n  " + ERROR_LINE);
    }

    @Test
    void aNullFindingFailsAsInAssertJ() {
        assertThatThrownBy(() -> assertThat((Finding) null).hasSeverity(Severity.ERROR))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting actual not to be null");
    }
}
