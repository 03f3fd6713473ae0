package io.github.ivplib.validation.testing;

import static io.github.ivplib.validation.testing.PolicyAssertions.assertThat;
import static io.github.ivplib.validation.testing.Reports.ERROR;
import static io.github.ivplib.validation.testing.Reports.ERROR_LINE;
import static io.github.ivplib.validation.testing.Reports.INFO;
import static io.github.ivplib.validation.testing.Reports.INFO_LINE;
import static io.github.ivplib.validation.testing.Reports.SOURCE;
import static io.github.ivplib.validation.testing.Reports.WARNING;
import static io.github.ivplib.validation.testing.Reports.WARNING_LINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import io.github.ivplib.validation.ImmutableValidationReport;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.ValidationReport;

class ValidationReportAssertTest {

    private static final ValidationReport ALL_THREE = Reports.of(ERROR, WARNING, INFO);
    private static final ValidationReport WARNING_AND_INFO = Reports.of(WARNING, INFO);
    private static final ValidationReport INFO_ONLY = Reports.of(INFO);
    private static final ValidationReport EMPTY = Reports.of();

    /** Two findings of one rule at one place, for one year each. */
    private static final ValidationReport TWO_YEARS_UNBALANCED = Reports.of(
            Reports.finding(Severity.ERROR, "budget/amendment-balances", "/budget/amendments/0", Map.of("year", "2024")),
            Reports.finding(Severity.ERROR, "budget/amendment-balances", "/budget/amendments/0", Map.of("year", "2025")));

    // --- hasNoErrors

    @Test
    void hasNoErrorsPassesOnWarningsAndInformation() {
        assertThatCode(() -> assertThat(WARNING_AND_INFO).hasNoErrors()).doesNotThrowAnyException();
    }

    @Test
    void hasNoErrorsFailsOnAnErrorListingEveryFinding() {
        assertFailureListsAllThree(() -> assertThat(ALL_THREE).hasNoErrors())
                .hasMessageContaining("Expecting no errors, but found 1.");
    }

    // --- hasNoFindings

    @Test
    void hasNoFindingsPassesOnAnEmptyReport() {
        assertThatCode(() -> assertThat(EMPTY).hasNoFindings()).doesNotThrowAnyException();
    }

    @Test
    void hasNoFindingsFailsEvenOnInformationListingIt() {
        assertThatThrownBy(() -> assertThat(INFO_ONLY).hasNoFindings())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(SOURCE)
                .hasMessageContaining(INFO_LINE);
    }

    // --- hasNoFindingsAtLeast

    @Test
    void hasNoFindingsAtLeastPassesOnFindingsBelowTheLevel() {
        assertThatCode(() -> assertThat(INFO_ONLY).hasNoFindingsAtLeast(Severity.WARNING)).doesNotThrowAnyException();
    }

    @Test
    void hasNoFindingsAtLeastFailsOnAFindingAtTheLevelListingEveryFinding() {
        assertThatThrownBy(() -> assertThat(WARNING_AND_INFO).hasNoFindingsAtLeast(Severity.WARNING))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(SOURCE)
                .hasMessageContaining(WARNING_LINE)
                .hasMessageContaining(INFO_LINE);
    }

    @Test
    void hasNoFindingsAtLeastFailsOnAFindingAboveTheLevel() {
        assertFailureListsAllThree(() -> assertThat(ALL_THREE).hasNoFindingsAtLeast(Severity.WARNING));
    }

    // --- hasFinding

    @Test
    void hasFindingPassesForARuleThatFoundSomething() {
        assertThatCode(() -> assertThat(ALL_THREE).hasFinding(WARNING.ruleId())).doesNotThrowAnyException();
    }

    @Test
    void hasFindingFailsForARuleThatFoundNothingListingEveryFinding() {
        assertFailureListsAllThree(() -> assertThat(ALL_THREE).hasFinding("model/unique-ids"))
                .hasMessageContaining("model/unique-ids");
    }

    @Test
    void hasFindingAtAPointerPassesWhereTheRuleFoundSomething() {
        assertThatCode(() -> assertThat(ALL_THREE).hasFinding(WARNING.ruleId(), WARNING.pointer()))
                .doesNotThrowAnyException();
    }

    @Test
    void hasFindingAtAPointerFailsWhereTheRuleFoundNothing() {
        assertFailureListsAllThree(() -> assertThat(ALL_THREE).hasFinding(WARNING.ruleId(), "/themes/0"))
                .hasMessageContaining("/themes/0");
    }

    // --- hasFindingWithValues

    @Test
    void hasFindingWithValuesPassesOnSomeOfTheFindingsValues() {
        assertThatCode(() -> assertThat(ALL_THREE).hasFindingWithValues(WARNING.ruleId(), WARNING.pointer(),
                Map.of("count", "6"))).doesNotThrowAnyException();
    }

    @Test
    void hasFindingWithValuesFailsOnAValueTheFindingDoesNotHave() {
        assertFailureListsAllThree(() -> assertThat(ALL_THREE).hasFindingWithValues(WARNING.ruleId(),
                WARNING.pointer(), Map.of("count", "7")))
                .hasMessageContaining("count=7");
    }

    // --- hasSingleFinding

    @Test
    void hasSingleFindingOfARuleLeadsToThatFinding() {
        assertThatCode(() -> assertThat(ALL_THREE).hasSingleFinding(WARNING.ruleId())
                .hasSeverity(Severity.WARNING)
                .hasValue("max", "5"))
                .doesNotThrowAnyException();
    }

    @Test
    void hasSingleFindingOfARuleFailsOnTwoFindingsListingThem() {
        assertThatThrownBy(() -> assertThat(TWO_YEARS_UNBALANCED).hasSingleFinding("budget/amendment-balances"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("but found 2")
                .hasMessageContaining("ERROR budget/amendment-balances /budget/amendments/0 {year=2024}")
                .hasMessageContaining("ERROR budget/amendment-balances /budget/amendments/0 {year=2025}");
    }

    @Test
    void hasSingleFindingAtAPointerLeadsToThatFinding() {
        assertThatCode(() -> assertThat(ALL_THREE).hasSingleFinding(ERROR.ruleId(), ERROR.pointer())
                .hasSeverity(Severity.ERROR)
                .hasValue("adoptedBy", "EXECUTIVE_BOARD"))
                .doesNotThrowAnyException();
    }

    @Test
    void hasSingleFindingAtAPointerFailsWhereTheRuleFoundNothingListingEveryFinding() {
        assertFailureListsAllThree(() -> assertThat(ALL_THREE).hasSingleFinding(ERROR.ruleId(), "/adoption"))
                .hasMessageContaining("but found 0");
    }

    // --- doesNotHaveFinding

    @Test
    void doesNotHaveFindingPassesForARuleThatFoundNothing() {
        assertThatCode(() -> assertThat(ALL_THREE).doesNotHaveFinding("model/unique-ids")).doesNotThrowAnyException();
    }

    @Test
    void doesNotHaveFindingFailsForARuleThatFoundSomethingListingEveryFinding() {
        assertFailureListsAllThree(() -> assertThat(ALL_THREE).doesNotHaveFinding(INFO.ruleId()))
                .hasMessageContaining("Expecting no finding of rule " + INFO.ruleId());
    }

    // --- the AssertJ conventions

    @Test
    void aNullReportFailsAsInAssertJ() {
        assertThatThrownBy(() -> assertThat((ValidationReport) null).hasNoErrors())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting actual not to be null");
    }

    @Test
    void assertionsChain() {
        assertThatCode(() -> assertThat(WARNING_AND_INFO)
                .hasNoErrors()
                .hasFinding(WARNING.ruleId())
                .doesNotHaveFinding(ERROR.ruleId()))
                .doesNotThrowAnyException();
    }

    @Test
    void everyAssertionThatPassesLeadsBackToTheSameReportAssertion() {
        ValidationReportAssert report = assertThat(WARNING_AND_INFO);
        ValidationReportAssert empty = assertThat(EMPTY);

        assertThat(List.of(report.hasNoErrors(), report.hasNoFindingsAtLeast(Severity.ERROR),
                report.hasFinding(WARNING.ruleId()), report.hasFinding(WARNING.ruleId(), WARNING.pointer()),
                report.hasFindingWithValues(WARNING.ruleId(), WARNING.pointer(), WARNING.values()),
                report.doesNotHaveFinding(ERROR.ruleId()))).allSatisfy(next -> assertThat(next).isSameAs(report));
        assertThat(empty.hasNoFindings()).isSameAs(empty);
    }

    @Test
    void aDescriptionLeadsTheFailureMessage() {
        assertThatThrownBy(() -> assertThat(ALL_THREE).as("Venlo").hasNoErrors())
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("[Venlo] ");
    }

    @Test
    void aDescriptionCarriesOverToTheSingleFinding() {
        assertThatThrownBy(() -> assertThat(ALL_THREE).as("Venlo").hasSingleFinding(ERROR.ruleId())
                .hasSeverity(Severity.WARNING))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("[Venlo] ");
    }

    @Test
    void aReportWithoutSourceIsNamedAfterItsPolicy() {
        ValidationReport inMemory = ImmutableValidationReport.builder()
                .ruleSetVersion("1.0").policyId("venlo-ivb-2023-2026").addFindings(ERROR).build();

        assertThatThrownBy(() -> assertThat(inMemory).hasNoErrors())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("policy venlo-ivb-2023-2026");
    }

    @Test
    void aPercentSignInAFindingIsListedAsWritten() {
        ValidationReport report = Reports.of(Reports.finding(Severity.ERROR, "indicator/report-mark-range",
                "/indicators/0/target", Map.of("value", "70%")));

        assertThatThrownBy(() -> assertThat(report).hasNoErrors())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("{value=70%}");
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertFailureListsAllThree(ThrowingCallable assertion) {
        return assertThatThrownBy(assertion)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Findings of " + SOURCE + ":")
                .hasMessageContaining(ERROR_LINE)
                .hasMessageContaining(WARNING_LINE)
                .hasMessageContaining(INFO_LINE);
    }
}
