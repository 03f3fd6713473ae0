package io.github.ivplib.validation.budget;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.budget.BalanceRow;
import io.github.ivplib.model.budget.BalanceTable;
import io.github.ivplib.model.budget.Budget;
import io.github.ivplib.model.budget.RowKind;
import io.github.ivplib.model.budget.Scale;
import io.github.ivplib.validation.Pointer;

/**
 * The totals of the balance tables (meerjarig begrotingssaldo), each with the sum of the rows it
 * adds up: the one computation behind {@code budget/table-sums}, which reports a total beyond its
 * rounding tolerance, and {@code budget/table-rounding}, which shows one within it.
 * <p>
 * A {@link RowKind#SUBTOTAL} or {@link RowKind#CLOSING_BALANCE} row adds up, per year, the rows
 * from the nearest opening, subtotal or closing row above it (included) down to the row just
 * above it, or from the top of the table if there is no such row. A total at the very top adds
 * up no rows and is not judged. A year where a summed cell or the total lacks an amount has no
 * total here: it is left to {@code budget/years-complete}.
 * <p>
 * Tolerance: a table in {@link Scale#THOUSANDS_OF_EUROS} is rounded per cell to whole units, so
 * each of the n summed cells and the total itself can be off by half a unit: the tolerance is
 * 0.5 &times; (n + 1) units, within the catalogue's "one unit per summed row at most". A table
 * in {@link Scale#EUROS} must add up exactly.
 * <p>
 * This class is immutable and thread-safe.
 */
final class TableTotals {

    private static final BigDecimal HALF_UNIT = new BigDecimal("0.5");

    private TableTotals() {
    }

    /**
     * One year's cell of a subtotal or closing row, with what its rows add up to.
     *
     * @param cell the pointer to the total's cell, not null
     * @param label the total row's label as the source gives it, not null
     * @param year the year, not null
     * @param expected the sum of the rows it adds up, not null
     * @param actual the total the table states, not null
     * @param tolerance how far the total may be off, in units of the table's scale, not null
     */
    record Total(Pointer cell, String label, Year year, BigDecimal expected, BigDecimal actual,
            BigDecimal tolerance) {

        /** @return the total less the sum, negative if the total is too small, not null */
        BigDecimal difference() {
            return actual.subtract(expected);
        }

        /** @return true if the total is off by more than the table's rounding allows */
        boolean exceedsTolerance() {
            return difference().abs().compareTo(tolerance) > 0;
        }
    }

    /**
     * Returns every judged total of a policy's balance tables, table by table, top to bottom,
     * year by year.
     *
     * @param policy the policy, not null
     * @return the totals, empty if the policy has no budget or no table has a judged total, not null
     */
    static List<Total> of(SafetyPolicy policy) {
        List<Total> totals = new ArrayList<>();
        if (policy.budget().isPresent()) {
            Budget budget = policy.budget().get();
            for (int t = 0; t < budget.balanceTables().size(); t++) {
                addTotals(t, budget.balanceTables().get(t), totals);
            }
        }
        return totals;
    }

    private static void addTotals(int t, BalanceTable table, List<Total> totals) {
        List<Year> years = BudgetPointers.years(table.years());
        List<BalanceRow> rows = table.rows();
        int from = 0;
        for (int r = 0; r < rows.size(); r++) {
            RowKind kind = rows.get(r).kind();
            if ((kind == RowKind.SUBTOTAL || kind == RowKind.CLOSING_BALANCE) && r > from) {
                BigDecimal tolerance = tolerance(table.scale(), r - from);
                for (Year year : years) {
                    addTotal(rows.subList(from, r), rows.get(r), year, tolerance, BudgetPointers.row(t, r), totals);
                }
            }
            if (kind != RowKind.MUTATION) {
                from = r;
            }
        }
    }

    private static void addTotal(List<BalanceRow> summed, BalanceRow total, Year year, BigDecimal tolerance,
            Pointer totalRow, List<Total> totals) {
        BigDecimal actual = total.amounts().get(year);
        if (actual == null) {
            return;
        }
        BigDecimal expected = BigDecimal.ZERO;
        for (BalanceRow row : summed) {
            BigDecimal amount = row.amounts().get(year);
            if (amount == null) {
                return;
            }
            expected = expected.add(amount);
        }
        totals.add(new Total(BudgetPointers.cell(totalRow, year), total.label(), year, expected, actual, tolerance));
    }

    /**
     * Returns how far a total may be off from the rows it adds up.
     *
     * @param scale the table's scale, not null
     * @param summedRows how many rows the total adds up, at least 1
     * @return the tolerance in units of the scale, zero in euros, not null
     */
    static BigDecimal tolerance(Scale scale, int summedRows) {
        if (scale != Scale.THOUSANDS_OF_EUROS) {
            return BigDecimal.ZERO;
        }
        return HALF_UNIT.multiply(BigDecimal.valueOf(summedRows + 1L)).stripTrailingZeros();
    }
}
