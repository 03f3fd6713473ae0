package io.github.ivplib.validation.budget;

import java.math.BigDecimal;
import java.time.Year;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.budget.BalanceTable;
import io.github.ivplib.model.budget.Budget;
import io.github.ivplib.model.budget.BudgetAmendment;
import io.github.ivplib.model.budget.Scale;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * {@code budget/currency-scale}: money is counted in whole cents, so an amount in an
 * amendment or a balance table has no more decimals than its scale allows
 * ({@link Scale#maxFractionDigits()}: two in euros, five in thousands of euros); more would be
 * a fraction of a cent, most likely a misplaced decimal point or a computed figure.
 * <p>
 * Trailing zeros do not count ({@code 1000.000} is a whole number of euros). Checks every
 * amount, in any year, and reports at its cell.
 */
final class CurrencyScale implements PolicyRule {

    @Override
    public String id() {
        return "budget/currency-scale";
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
            for (int l = 0; l < amendment.lines().size(); l++) {
                check(amendment.lines().get(l).amounts(), amendment.scale(), BudgetPointers.line(a, l), context);
            }
        }
        for (int t = 0; t < budget.balanceTables().size(); t++) {
            BalanceTable table = budget.balanceTables().get(t);
            for (int r = 0; r < table.rows().size(); r++) {
                check(table.rows().get(r).amounts(), table.scale(), BudgetPointers.row(t, r), context);
            }
        }
    }

    private static void check(SortedMap<Year, BigDecimal> amounts, Scale scale, Pointer lineOrRow,
            RuleContext context) {
        for (Map.Entry<Year, BigDecimal> cell : amounts.entrySet()) {
            BigDecimal amount = cell.getValue();
            if (amount.stripTrailingZeros().scale() > scale.maxFractionDigits()) {
                context.report(BudgetPointers.cell(lineOrRow, cell.getKey()), Values.of("amount", amount,
                        "scale", scale, "maxFractionDigits", scale.maxFractionDigits()));
            }
        }
    }
}
