package io.github.ivplib.validation.budget;

import static io.github.ivplib.validation.RuleTesting.findings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import io.github.ivplib.model.ImmutableSafetyPolicy;
import io.github.ivplib.model.budget.AmendmentLine;
import io.github.ivplib.model.budget.BalanceRow;
import io.github.ivplib.model.budget.BalanceTable;
import io.github.ivplib.model.budget.Budget;
import io.github.ivplib.model.budget.BudgetAmendment;
import io.github.ivplib.model.budget.ImmutableAmendmentLine;
import io.github.ivplib.model.budget.ImmutableBalanceRow;
import io.github.ivplib.model.budget.ImmutableBalanceTable;
import io.github.ivplib.model.budget.ImmutableBudget;
import io.github.ivplib.model.budget.ImmutableBudgetAmendment;
import io.github.ivplib.model.budget.RowKind;
import io.github.ivplib.model.budget.Scale;
import io.github.ivplib.validation.Finding;
import io.github.ivplib.validation.RuleTesting;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.ValidPolicy;
import io.github.ivplib.validation.Validator;

class BudgetRulesTest {

    private static final String AMENDMENT_BALANCES = "budget/amendment-balances";
    private static final String TABLE_SUMS = "budget/table-sums";
    private static final String TABLE_ROUNDING = "budget/table-rounding";
    private static final String YEARS_COMPLETE = "budget/years-complete";
    private static final String TASK_FIELD_KNOWN = "budget/task-field-known";
    private static final String CURRENCY_SCALE = "budget/currency-scale";

    private static final ImmutableSafetyPolicy VALID = ValidPolicy.policy();

    /** The valid policy's amendment covers 2024 and 2025; its table too. */
    private static final Year FIRST_YEAR = Year.of(2024);
    private static final Year SECOND_YEAR = Year.of(2025);
    private static final Year YEAR_AFTER_THE_COLUMNS = Year.of(2026);

    /** The valid table's rows: 0 opening, 1 mutation, 2 subtotal, 3 mutation, 4 closing. */
    private static final int OPENING = 0;
    private static final int MUTATION = 1;
    private static final int SUBTOTAL = 2;
    private static final int LAST_MUTATION = 3;

    /** The closing row adds up two rows (the subtotal and one mutation): 0.5 x (2 + 1) units. */
    private static final String CLOSING_TOLERANCE = "1.5";
    /** The valid closing balance of 2024, in thousands of euros. */
    private static final String CLOSING_2024 = "91";
    /** The valid closing row's label, which rounding findings name. */
    private static final String CLOSING_LABEL = "Saldo na besluitvorming";
    /** The last mutation of 2024 that makes the closing row off by half a unit, within its tolerance. */
    private static final String MUTATION_WITHIN_THE_TOLERANCE = "1.5";
    /** The last mutation of 2024 that makes the closing row off by exactly its tolerance. */
    private static final String MUTATION_AT_THE_TOLERANCE = "2.5";
    /** The last mutation of 2024 that makes the closing row off by just more than its tolerance. */
    private static final String MUTATION_PAST_THE_TOLERANCE = "2.6";

    // --- budget/amendment-balances

    @Test
    void anAmendmentWhoseCoverageMatchesItsAdditionsEveryYearPasses() {
        assertThat(findings(AMENDMENT_BALANCES, VALID)).isEmpty();
    }

    @Test
    void aPolicyWithoutBudgetBreaksNoBudgetRule() {
        ImmutableSafetyPolicy policy = VALID.withBudget(Optional.empty());

        assertThat(Validator.defaults().validate(policy).findings())
                .noneMatch(f -> f.ruleId().startsWith("budget/"));
    }

    @Test
    void amountsThatCancelOutWithDifferentDecimalsBalance() {
        ImmutableSafetyPolicy policy = withLine(1, line -> line.withAmounts(amounts("-1000", "-1000.0")));

        assertThat(findings(AMENDMENT_BALANCES, policy)).isEmpty();
    }

    @Test
    void anUnfundedYearIsReportedAtTheAmendmentWithTheDifference() {
        ImmutableSafetyPolicy policy = withLine(1, line -> line.withAmounts(amounts("-1000.00", "-900.00")));

        assertThat(findings(AMENDMENT_BALANCES, policy)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.pointer()).isEqualTo("/budget/amendments/0");
            assertThat(f.values()).containsExactly(entry("year", "2025"), entry("expected", "0"),
                    entry("actual", "100.00"), entry("difference", "100.00"));
        });
    }

    @Test
    void aYearWhereALineLacksAnAmountIsLeftToYearsComplete() {
        ImmutableSafetyPolicy policy = withLine(0, line -> line.withAmounts(amount(FIRST_YEAR, "1000.00")));

        assertThat(findings(AMENDMENT_BALANCES, policy)).isEmpty();
        assertThat(findings(YEARS_COMPLETE, policy)).hasSize(1);
    }

    // --- budget/table-sums

    @Test
    void aTableWhoseTotalsAddUpPasses() {
        assertThat(findings(TABLE_SUMS, VALID)).isEmpty();
    }

    @Test
    void aTotalInEurosThatIsOffByOneIsReportedAtItsCell() {
        ImmutableSafetyPolicy policy = withTable(table -> withRow(table.withScale(Scale.EUROS), LAST_MUTATION,
                row -> row.withAmounts(amounts("2", "1"))));

        assertThat(findings(TABLE_SUMS, policy)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.pointer()).isEqualTo("/budget/balanceTables/0/rows/4/amounts/2024");
            assertThat(f.values()).containsExactly(entry("year", "2024"), entry("expected", "92"),
                    entry("actual", CLOSING_2024), entry("difference", "-1"), entry("tolerance", "0"));
        });
    }

    @Test
    void aTotalInThousandsOffByExactlyItsRoundingTolerancePasses() {
        ImmutableSafetyPolicy policy = withLastMutationOf2024(MUTATION_AT_THE_TOLERANCE);

        assertThat(findings(TABLE_SUMS, policy)).isEmpty();
    }

    @Test
    void aTotalInThousandsOffByMoreThanItsRoundingToleranceIsReported() {
        ImmutableSafetyPolicy policy = withLastMutationOf2024(MUTATION_PAST_THE_TOLERANCE);

        assertThat(findings(TABLE_SUMS, policy)).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/budget/balanceTables/0/rows/4/amounts/2024");
            assertThat(f.values()).containsExactly(entry("year", "2024"), entry("expected", "92.6"),
                    entry("actual", CLOSING_2024), entry("difference", "-1.6"),
                    entry("tolerance", CLOSING_TOLERANCE));
        });
    }

    @Test
    void aSubtotalCountsTheOpeningBalanceAboveIt() {
        ImmutableSafetyPolicy policy = withTable(table -> withRow(table, OPENING,
                row -> row.withAmounts(amounts("110", "200"))));

        assertThat(findings(TABLE_SUMS, policy)).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/budget/balanceTables/0/rows/2/amounts/2024");
            assertThat(f.values()).contains(entry("expected", "100"), entry("actual", "90"));
        });
    }

    @Test
    void withoutABalanceRowAboveItATotalAddsUpFromTheTop() {
        ImmutableBalanceTable table = ImmutableBalanceTable.copyOf(VALID.budget().get().balanceTables().get(0))
                .withScale(Scale.EUROS)
                .withRows(row(RowKind.MUTATION, "10", "20"), row(RowKind.MUTATION, "5", "5"),
                        row(RowKind.SUBTOTAL, "16", "25"));
        ImmutableSafetyPolicy policy = withTable(old -> table);

        assertThat(findings(TABLE_SUMS, policy)).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/budget/balanceTables/0/rows/2/amounts/2024");
            assertThat(f.values()).contains(entry("expected", "15"), entry("actual", "16"));
        });
    }

    @Test
    void aYearWhereASummedCellIsMissingIsLeftToYearsComplete() {
        ImmutableSafetyPolicy policy = withTable(table -> withRow(table, MUTATION,
                row -> row.withAmounts(amount(SECOND_YEAR, "5"))));

        assertThat(findings(TABLE_SUMS, policy)).isEmpty();
    }

    @Test
    void theToleranceGrowsByHalfAUnitPerSummedRowInThousandsAndIsZeroInEuros() {
        assertThat(TableTotals.tolerance(Scale.THOUSANDS_OF_EUROS, 1)).isEqualByComparingTo("1");
        assertThat(TableTotals.tolerance(Scale.THOUSANDS_OF_EUROS, 4)).isEqualByComparingTo("2.5");
        assertThat(TableTotals.tolerance(Scale.EUROS, 4)).isEqualByComparingTo("0");
    }

    // --- budget/table-rounding

    @Test
    void totalsThatAddUpExactlyShowNoRounding() {
        assertThat(findings(TABLE_ROUNDING, VALID)).isEmpty();
    }

    @Test
    void aTotalInThousandsOffWithinItsToleranceIsShownAsInformationAtItsCell() {
        ImmutableSafetyPolicy policy = withLastMutationOf2024(MUTATION_WITHIN_THE_TOLERANCE);

        assertThat(findings(TABLE_ROUNDING, policy)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.pointer()).isEqualTo("/budget/balanceTables/0/rows/4/amounts/2024");
            assertThat(f.values()).containsExactly(entry("year", "2024"), entry("row", CLOSING_LABEL),
                    entry("difference", "-0.5"), entry("tolerance", CLOSING_TOLERANCE));
        });
    }

    @Test
    void aTotalInThousandsOffByExactlyItsToleranceIsShownAsRounding() {
        ImmutableSafetyPolicy policy = withLastMutationOf2024(MUTATION_AT_THE_TOLERANCE);

        assertThat(findings(TABLE_ROUNDING, policy)).singleElement().satisfies(f -> assertThat(f.values())
                .contains(entry("difference", "-" + CLOSING_TOLERANCE), entry("tolerance", CLOSING_TOLERANCE)));
    }

    @Test
    void aTotalOffByMoreThanItsToleranceIsOnlyATableSumsError() {
        ImmutableSafetyPolicy policy = withLastMutationOf2024(MUTATION_PAST_THE_TOLERANCE);

        assertThat(Validator.defaults().validate(policy).findings()).extracting(Finding::ruleId)
                .filteredOn(id -> id.startsWith("budget/table-"))
                .containsExactly(TABLE_SUMS);
    }

    @Test
    void aRoundingFindingNamesTheRowInBothLanguages() {
        ImmutableSafetyPolicy policy = withLastMutationOf2024(MUTATION_WITHIN_THE_TOLERANCE);

        assertThat(findings(TABLE_ROUNDING, policy)).singleElement().satisfies(f -> {
            assertThat(f.messages()).containsOnlyKeys("nl", "en").allSatisfy((language, message) -> assertThat(message)
                    .contains("'" + CLOSING_LABEL + "'").doesNotContain("{"));
            assertThat(f.message(Locale.ENGLISH)).contains("-0.5").contains(CLOSING_TOLERANCE);
        });
    }

    @Test
    void aRoundingFindingWritesItsAmountsWithADecimalCommaInDutch() {
        ImmutableSafetyPolicy policy = withLastMutationOf2024(MUTATION_WITHIN_THE_TOLERANCE);

        assertThat(findings(TABLE_ROUNDING, policy)).singleElement().satisfies(f -> assertThat(f.message(new Locale("nl")))
                .contains("-0,5").contains(CLOSING_TOLERANCE.replace('.', ',')));
    }

    // --- budget/years-complete

    @Test
    void linesAndRowsWithAnAmountForEveryYearPass() {
        assertThat(findings(YEARS_COMPLETE, VALID)).isEmpty();
    }

    @Test
    void anAmendmentLineWithoutAnAmountForAYearIsReportedAtItsAmounts() {
        ImmutableSafetyPolicy policy = withLine(0, line -> line.withAmounts(amount(FIRST_YEAR, "1000.00")));

        assertThat(findings(YEARS_COMPLETE, policy)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.pointer()).isEqualTo("/budget/amendments/0/lines/0/amounts");
            assertThat(f.values()).containsExactly(entry("year", "2025"));
            assertThat(f.message(Locale.ENGLISH)).contains("2025").contains("missing");
        });
    }

    @Test
    void aTableRowWithoutAnAmountForAYearIsReportedAtItsAmounts() {
        ImmutableSafetyPolicy policy = withTable(table -> withRow(table, MUTATION,
                row -> row.withAmounts(amount(SECOND_YEAR, "5"))));

        assertThat(findings(YEARS_COMPLETE, policy)).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/budget/balanceTables/0/rows/1/amounts");
            assertThat(f.values()).containsExactly(entry("year", "2024"));
        });
    }

    @Test
    void anAmountOutsideTheYearsOfTheTableIsReportedAtItsCell() {
        SortedMap<Year, BigDecimal> amounts = amounts("-10", "5");
        amounts.put(YEAR_AFTER_THE_COLUMNS, BigDecimal.ONE);
        ImmutableSafetyPolicy policy = withTable(table -> withRow(table, MUTATION, row -> row.withAmounts(amounts)));

        assertThat(findings(YEARS_COMPLETE, policy)).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/budget/balanceTables/0/rows/1/amounts/2026");
            assertThat(f.values()).containsExactly(entry("year", "2026"), entry("first", "2024"),
                    entry("last", "2025"));
            assertThat(f.message(Locale.ENGLISH)).contains("outside");
        });
    }

    // --- budget/task-field-known

    @Test
    void knownTaskFieldsPass() {
        assertThat(findings(TASK_FIELD_KNOWN, VALID)).isEmpty();
    }

    @Test
    void aLineWithoutTaskFieldPasses() {
        ImmutableSafetyPolicy policy = withLine(0, line -> line.withTaskField(Optional.empty()));

        assertThat(findings(TASK_FIELD_KNOWN, policy)).isEmpty();
    }

    @Test
    void anUnknownTaskFieldIsAWarningAtTheLine() {
        ImmutableSafetyPolicy policy = withLine(0, line -> line.withTaskField("1.9"));

        assertThat(findings(TASK_FIELD_KNOWN, policy)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.pointer()).isEqualTo("/budget/amendments/0/lines/0/taskField");
            assertThat(f.values()).containsExactly(entry("taskField", "1.9"));
        });
    }

    @Test
    void theTaskFieldsConfiguredOnTheValidatorAreTheOnesKnown() {
        Validator validator = Validator.builder().knownTaskFields(Set.of("1.2")).build();

        assertThat(RuleTesting.findings(TASK_FIELD_KNOWN, validator.validate(VALID))).singleElement()
                .satisfies(f -> assertThat(f.pointer()).isEqualTo("/budget/amendments/0/lines/1/taskField"));
    }

    // --- budget/currency-scale

    @Test
    void amountsInWholeCentsPass() {
        assertThat(findings(CURRENCY_SCALE, VALID)).isEmpty();
    }

    @Test
    void trailingZerosAreNoFractionOfACent() {
        ImmutableSafetyPolicy policy = withLine(0, line -> line.withAmounts(amounts("1000.0000", "1000.00")));

        assertThat(findings(CURRENCY_SCALE, policy)).isEmpty();
    }

    @Test
    void aFractionOfACentInEurosIsReportedAtItsCell() {
        ImmutableSafetyPolicy policy = withLine(0, line -> line.withAmounts(amounts("1000.005", "1000.00")));

        assertThat(findings(CURRENCY_SCALE, policy)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.pointer()).isEqualTo("/budget/amendments/0/lines/0/amounts/2024");
            assertThat(f.values()).containsExactly(entry("amount", "1000.005"), entry("scale", "EUROS"),
                    entry("maxFractionDigits", "2"));
        });
    }

    @Test
    void fiveDecimalsInThousandsOfEurosAreWholeCents() {
        ImmutableSafetyPolicy policy = withTable(table -> withRow(table, MUTATION,
                row -> row.withAmounts(amounts("-10.00001", "5"))));

        assertThat(findings(CURRENCY_SCALE, policy)).isEmpty();
    }

    @Test
    void sixDecimalsInThousandsOfEurosAreReportedAsAFractionOfACent() {
        ImmutableSafetyPolicy policy = withTable(table -> withRow(table, MUTATION,
                row -> row.withAmounts(amounts("-10", "5.000001"))));

        assertThat(findings(CURRENCY_SCALE, policy)).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/budget/balanceTables/0/rows/1/amounts/2025");
            assertThat(f.values()).containsExactly(entry("amount", "5.000001"),
                    entry("scale", "THOUSANDS_OF_EUROS"), entry("maxFractionDigits", "5"));
        });
    }

    // --- messages

    @Test
    void everyBudgetFindingHasBothMessagesFilledIn() {
        SortedMap<Year, BigDecimal> extra = amounts("-10.001", "5");
        extra.put(YEAR_AFTER_THE_COLUMNS, BigDecimal.ONE);
        ImmutableSafetyPolicy policy = withTable(table -> withRow(table.withScale(Scale.EUROS), MUTATION,
                row -> row.withAmounts(extra)));
        policy = withLine(0, policy, line -> line.withTaskField("1.9").withAmounts(amount(FIRST_YEAR, "999")));

        List<Finding> found = Validator.defaults().validate(policy).findings();

        assertThat(found).extracting(Finding::ruleId).contains(AMENDMENT_BALANCES, TABLE_SUMS, YEARS_COMPLETE,
                TASK_FIELD_KNOWN, CURRENCY_SCALE);
        assertThat(found).filteredOn(f -> f.ruleId().startsWith("budget/")).allSatisfy(f -> {
            assertThat(f.messages()).containsOnlyKeys("nl", "en");
            assertThat(f.messages().values()).allSatisfy(m -> assertThat(m).isNotBlank().doesNotContain("{"));
        });
    }

    // --- helpers: change the valid policy in one place

    private static ImmutableSafetyPolicy withLine(int index, UnaryOperator<ImmutableAmendmentLine> change) {
        return withLine(index, VALID, change);
    }

    private static ImmutableSafetyPolicy withLine(int index, ImmutableSafetyPolicy policy,
            UnaryOperator<ImmutableAmendmentLine> change) {
        ImmutableBudget budget = ImmutableBudget.copyOf(policy.budget().get());
        ImmutableBudgetAmendment amendment = ImmutableBudgetAmendment.copyOf(budget.amendments().get(0));
        List<AmendmentLine> lines = new ArrayList<>(amendment.lines());
        lines.set(index, change.apply(ImmutableAmendmentLine.copyOf(lines.get(index))));
        List<BudgetAmendment> amendments = new ArrayList<>(budget.amendments());
        amendments.set(0, amendment.withLines(lines));
        return policy.withBudget(budget.withAmendments(amendments));
    }

    private static ImmutableSafetyPolicy withTable(UnaryOperator<ImmutableBalanceTable> change) {
        Budget budget = VALID.budget().get();
        List<BalanceTable> tables = new ArrayList<>(budget.balanceTables());
        tables.set(0, change.apply(ImmutableBalanceTable.copyOf(tables.get(0))));
        return VALID.withBudget(ImmutableBudget.copyOf(budget).withBalanceTables(tables));
    }

    /** The valid policy with the 2024 amount of the mutation the closing row adds up changed. */
    private static ImmutableSafetyPolicy withLastMutationOf2024(String amount) {
        return withTable(table -> withRow(table, LAST_MUTATION, row -> row.withAmounts(amounts(amount, "1"))));
    }

    private static ImmutableBalanceTable withRow(ImmutableBalanceTable table, int index,
            UnaryOperator<ImmutableBalanceRow> change) {
        List<BalanceRow> rows = new ArrayList<>(table.rows());
        rows.set(index, change.apply(ImmutableBalanceRow.copyOf(rows.get(index))));
        return table.withRows(rows);
    }

    private static BalanceRow row(RowKind kind, String first, String second) {
        return BalanceRow.builder().label(kind.name()).kind(kind).amounts(amounts(first, second)).build();
    }

    private static SortedMap<Year, BigDecimal> amounts(String first, String second) {
        SortedMap<Year, BigDecimal> amounts = amount(FIRST_YEAR, first);
        amounts.put(SECOND_YEAR, new BigDecimal(second));
        return amounts;
    }

    private static SortedMap<Year, BigDecimal> amount(Year year, String amount) {
        SortedMap<Year, BigDecimal> amounts = new TreeMap<>();
        amounts.put(year, new BigDecimal(amount));
        return amounts;
    }
}
