package io.github.ivplib.validation.budget;

import java.math.BigDecimal;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;

import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.YearRange;
import io.github.ivplib.model.budget.BalanceTable;
import io.github.ivplib.model.budget.Budget;
import io.github.ivplib.model.budget.BudgetAmendment;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * {@code budget/years-complete}: an amendment or a balance table states its year columns, and
 * an empty cell or an amount outside them cannot be told apart from a typo, so every line of
 * an amendment and every row of a table has an amount for every one of those years, and for
 * no other.
 * <p>
 * Reports a missing year at the line's or row's {@code amounts} (variant {@code missing}) and
 * an extra year at its cell (variant {@code extra}, with the first and last year of the
 * columns).
 */
final class YearsComplete implements PolicyRule {

    @Override
    public String id() {
        return "budget/years-complete";
    }

    @Override
    public Set<PolicyPart> reads() {
        return EnumSet.of(PolicyPart.BUDGET);
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
        for (int a = 0; a < budget.amendments().size(); a++) {
            BudgetAmendment amendment = budget.amendments().get(a);
            List<Year> years = BudgetPointers.years(amendment.years());
            for (int l = 0; l < amendment.lines().size(); l++) {
                check(amendment.lines().get(l).amounts(), amendment.years(), years, BudgetPointers.line(a, l), context);
            }
        }
        for (int t = 0; t < budget.balanceTables().size(); t++) {
            BalanceTable table = budget.balanceTables().get(t);
            List<Year> years = BudgetPointers.years(table.years());
            for (int r = 0; r < table.rows().size(); r++) {
                check(table.rows().get(r).amounts(), table.years(), years, BudgetPointers.row(t, r), context);
            }
        }
    }

    private static void check(SortedMap<Year, BigDecimal> amounts, YearRange range, List<Year> years,
            Pointer lineOrRow, RuleContext context) {
        for (Year year : years) {
            if (!amounts.containsKey(year)) {
                context.report("missing", BudgetPointers.amounts(lineOrRow), Values.of("year", year));
            }
        }
        for (Year year : amounts.keySet()) {
            if (!range.contains(year)) {
                context.report("extra", BudgetPointers.cell(lineOrRow, year),
                        Values.of("year", year, "first", range.first(), "last", range.last()));
            }
        }
    }
}
