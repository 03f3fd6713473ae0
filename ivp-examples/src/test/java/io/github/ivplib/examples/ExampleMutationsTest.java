package io.github.ivplib.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.github.ivplib.model.ImmutableSafetyPolicy;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.YearRange;
import io.github.ivplib.model.adoption.Adoption;
import io.github.ivplib.model.budget.AmendmentLine;
import io.github.ivplib.model.budget.BalanceRow;
import io.github.ivplib.model.budget.BalanceTable;
import io.github.ivplib.model.budget.Budget;
import io.github.ivplib.model.budget.BudgetAmendment;
import io.github.ivplib.model.budget.ImmutableAmendmentLine;
import io.github.ivplib.model.budget.ImmutableBalanceRow;
import io.github.ivplib.model.budget.LineKind;
import io.github.ivplib.model.governance.Actor;
import io.github.ivplib.validation.Validator;

/**
 * One realistic mistake in a real policy gives exactly the finding that names it, and nothing
 * else new.
 */
class ExampleMutationsTest {

    private static final ImmutableSafetyPolicy ROERMOND = ImmutableSafetyPolicy.copyOf(ExamplePolicies.ROERMOND_IVP_2024_2027.load());
    private static final ImmutableSafetyPolicy VENLO = ImmutableSafetyPolicy.copyOf(ExamplePolicies.VENLO_IVB_2023_2026.load());

    /** The findings a mutation adds, as "rule-id pointer values". */
    private static List<String> newFindings(SafetyPolicy original, SafetyPolicy mutated) {
        Set<String> before = describe(original).stream().collect(Collectors.toSet());
        return describe(mutated).stream().filter(f -> !before.contains(f)).collect(Collectors.toList());
    }

    /** The findings a mutation adds, as "rule-id pointer", for a mutation that also shifts values of old findings. */
    private static List<String> newPlaces(SafetyPolicy original, SafetyPolicy mutated) {
        Set<String> before = places(original).stream().collect(Collectors.toSet());
        return places(mutated).stream().filter(f -> !before.contains(f)).collect(Collectors.toList());
    }

    private static List<String> describe(SafetyPolicy policy) {
        return Validator.defaults().validate(policy).findings().stream()
                .map(f -> f.ruleId() + " " + f.pointer() + " " + f.values()).collect(Collectors.toList());
    }

    private static List<String> places(SafetyPolicy policy) {
        return Validator.defaults().validate(policy).findings().stream()
                .map(f -> f.ruleId() + " " + f.pointer()).collect(Collectors.toList());
    }

    private static Budget budget(SafetyPolicy policy) {
        return policy.budget().orElseThrow();
    }

    private static ImmutableSafetyPolicy withAmendmentLines(List<AmendmentLine> lines) {
        BudgetAmendment amendment = budget(ROERMOND).amendments().get(0);
        return ROERMOND.withBudget(Budget.builder().from(budget(ROERMOND))
                .amendments(List.of(BudgetAmendment.builder().from(amendment).lines(lines).build())).build());
    }

    /** Roermond with the 2025 cell of the first mutation of its balance table (56 in the source) changed. */
    private static SafetyPolicy withFirstMutationOf2025(BigDecimal amount) {
        BalanceTable table = budget(ROERMOND).balanceTables().get(0);
        List<BalanceRow> rows = new ArrayList<>(table.rows());
        TreeMap<Year, BigDecimal> amounts = new TreeMap<>(rows.get(1).amounts());
        amounts.put(Year.of(2025), amount);
        rows.set(1, ImmutableBalanceRow.copyOf(rows.get(1)).withAmounts(amounts));
        return ROERMOND.withBudget(Budget.builder().from(budget(ROERMOND))
                .balanceTables(List.of(BalanceTable.builder().from(table).rows(rows).build())).build());
    }

    @Test
    void aChangedCellOfTheBalanceTableIsReportedAtTheSubtotalItNoLongerAddsUpTo() {
        SafetyPolicy mutated = withFirstMutationOf2025(new BigDecimal("60"));

        assertThat(newFindings(ROERMOND, mutated)).containsExactly(
                "budget/table-sums /budget/balanceTables/0/rows/4/amounts/2025 "
                        + "{year=2025, expected=6281, actual=6277, difference=-4, tolerance=2.5}");
    }

    @Test
    void aCellRoundedTheOtherWayIsShownAsRoundingRatherThanReportedAsAnError() {
        SafetyPolicy mutated = withFirstMutationOf2025(new BigDecimal("57"));

        assertThat(newFindings(ROERMOND, mutated)).containsExactly(
                "budget/table-rounding /budget/balanceTables/0/rows/4/amounts/2025 "
                        + "{year=2025, row=Saldo na mutaties, difference=-1, tolerance=2.5}");
    }

    /**
     * Roermond has a yearly implementation plan for each of 2024-2027, so the added fifth year is
     * also the one year no plan covers: that finding follows from the same mistake.
     */
    @Test
    void aPeriodStretchedToFiveYearsBreaksArticle38b() {
        SafetyPolicy mutated = ROERMOND.withPeriod(YearRange.of(2024, 2028));

        assertThat(newPlaces(ROERMOND, mutated)).containsExactly(
                "politiewet-38b/period-at-most-four-years /period",
                "pc-cycle/implementation-plan-coverage /milestones");
        assertThat(newFindings(ROERMOND, mutated)).contains(
                "pc-cycle/implementation-plan-coverage /milestones {from=2028, to=2028}");
    }

    @Test
    void aPolicyAdoptedByTheCollegeBreaksArticle38b() {
        SafetyPolicy mutated = VENLO.withAdoption(Adoption.builder().from(VENLO.adoption()).adoptedBy(Actor.EXECUTIVE_BOARD).build());

        assertThat(newFindings(VENLO, mutated)).containsExactly(
                "politiewet-38b/adopted-by-council /adoption/adoptedBy {adoptedBy=EXECUTIVE_BOARD}");
    }

    @Test
    void aYearMissingFromAnAmendmentLineIsReportedOnceAtThatLine() {
        List<AmendmentLine> lines = new ArrayList<>(budget(ROERMOND).amendments().get(0).lines());
        TreeMap<Year, BigDecimal> amounts = new TreeMap<>(lines.get(0).amounts());
        amounts.remove(Year.of(2026));
        lines.set(0, ImmutableAmendmentLine.copyOf(lines.get(0)).withAmounts(amounts));

        assertThat(newFindings(ROERMOND, withAmendmentLines(lines))).containsExactly(
                "budget/years-complete /budget/amendments/0/lines/0/amounts {year=2026}");
    }

    @Test
    void anAdditionWithoutCoverageLeavesEveryYearUnbalanced() {
        List<AmendmentLine> additionsOnly = budget(ROERMOND).amendments().get(0).lines().stream()
                .filter(line -> line.kind() != LineKind.COVERAGE).collect(Collectors.toList());

        assertThat(newFindings(ROERMOND, withAmendmentLines(additionsOnly))).containsExactly(
                "budget/amendment-balances /budget/amendments/0 {year=2024, expected=0, actual=115000, difference=115000}",
                "budget/amendment-balances /budget/amendments/0 {year=2025, expected=0, actual=115000, difference=115000}",
                "budget/amendment-balances /budget/amendments/0 {year=2026, expected=0, actual=115000, difference=115000}",
                "budget/amendment-balances /budget/amendments/0 {year=2027, expected=0, actual=115000, difference=115000}",
                "budget/amendment-balances /budget/amendments/0 {year=2028, expected=0, actual=115000, difference=115000}");
    }

    @Test
    void theUnmutatedPoliciesGiveNoNewFindings() {
        assertThat(newFindings(ROERMOND, ROERMOND)).isEmpty();
        assertThat(newFindings(VENLO, VENLO)).isEmpty();
    }
}
