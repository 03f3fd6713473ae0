package io.github.ivplib.validation.budget;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;

import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.budget.BalanceRow;
import io.github.ivplib.model.budget.BalanceTable;
import io.github.ivplib.model.budget.Budget;
import io.github.ivplib.model.budget.RowKind;
import io.github.ivplib.model.budget.Scale;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * {@code budget/table-sums}: a multi-year balance table (meerjarig begrotingssaldo) is read by
 * its subtotals and closing balance, so each of them must be what its rows add up to.
 * <p>
 * A {@link RowKind#SUBTOTAL} or {@link RowKind#CLOSING_BALANCE} row equals, per year, the sum
 * of the rows from the nearest opening, subtotal or closing row above it (included) down to
 * the row just above it, or from the top of the table if there is no such row. A total at the
 * very top adds up no rows and is not judged.
 * <p>
 * Tolerance: a table in {@link Scale#THOUSANDS_OF_EUROS} is rounded per cell to whole units,
 * so each of the n summed cells and the total itself can be off by half a unit: the tolerance
 * is 0.5 &times; (n + 1) units, within the catalogue's "one unit per summed row at most". A
 * table in {@link Scale#EUROS} must add up exactly. A year where a summed cell or the total
 * lacks an amount is left to {@code budget/years-complete}.
 * <p>
 * Reports at the total's cell, with the computed sum as {@code expected} and the total as
 * {@code actual}.
 */
final class TableSums implements PolicyRule {

    private static final BigDecimal HALF_UNIT = new BigDecimal("0.5");

    @Override
    public String id() {
        return "budget/table-sums";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public void check(SafetyPolicy policy, RuleContext context) {
        if (policy.budget().isEmpty()) {
            return;
        }
        Budget budget = policy.budget().get();
        for (int t = 0; t < budget.balanceTables().size(); t++) {
            check(t, budget.balanceTables().get(t), context);
        }
    }

    private static void check(int t, BalanceTable table, RuleContext context) {
        List<Year> years = BudgetPointers.years(table.years());
        List<BalanceRow> rows = table.rows();
        int from = 0;
        for (int r = 0; r < rows.size(); r++) {
            RowKind kind = rows.get(r).kind();
            if ((kind == RowKind.SUBTOTAL || kind == RowKind.CLOSING_BALANCE) && r > from) {
                BigDecimal tolerance = tolerance(table.scale(), r - from);
                for (Year year : years) {
                    check(rows.subList(from, r), rows.get(r), year, tolerance, BudgetPointers.row(t, r), context);
                }
            }
            if (kind != RowKind.MUTATION) {
                from = r;
            }
        }
    }

    private static void check(List<BalanceRow> summed, BalanceRow total, Year year, BigDecimal tolerance,
            Pointer totalRow, RuleContext context) {
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
        BigDecimal difference = actual.subtract(expected);
        if (difference.abs().compareTo(tolerance) > 0) {
            context.report(BudgetPointers.cell(totalRow, year), Values.of("year", year, "expected", expected,
                    "actual", actual, "difference", difference, "tolerance", tolerance));
        }
    }

    /** @return how far a total of {@code summedRows} rows may be off, in units of the scale */
    static BigDecimal tolerance(Scale scale, int summedRows) {
        if (scale != Scale.THOUSANDS_OF_EUROS) {
            return BigDecimal.ZERO;
        }
        return HALF_UNIT.multiply(BigDecimal.valueOf(summedRows + 1L)).stripTrailingZeros();
    }
}
