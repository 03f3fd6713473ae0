package io.github.ivplib.validation.budget;

import java.math.BigDecimal;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.budget.AmendmentLine;
import io.github.ivplib.model.budget.Budget;
import io.github.ivplib.model.budget.BudgetAmendment;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

import org.jspecify.annotations.Nullable;

/**
 * {@code budget/amendment-balances}: every addition to the budget needs coverage (dekking), so
 * in each year the signed amounts of all lines of a budget amendment (begrotingswijziging) sum
 * to zero; a year that does not is an unfunded change.
 * <p>
 * Judges only the years of the amendment in which every line has an amount: a year where a
 * line lacks one is reported by {@code budget/years-complete}, so one mistake gives one
 * finding. Reports each unbalanced year at the amendment, with the sum as {@code actual} and
 * its {@code difference} from zero.
 */
final class AmendmentBalances implements PolicyRule {

    @Override
    public String id() {
        return "budget/amendment-balances";
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
            for (Year year : BudgetPointers.years(amendment.years())) {
                BigDecimal sum = sum(amendment.lines(), year);
                if (sum != null && sum.signum() != 0) {
                    context.report(BudgetPointers.amendment(a), Values.of("year", year, "expected", BigDecimal.ZERO,
                            "actual", sum, "difference", sum.subtract(BigDecimal.ZERO)));
                }
            }
        }
    }

    /** @return the sum of the lines' amounts in a year, or null if a line has none */
    private static @Nullable BigDecimal sum(List<AmendmentLine> lines, Year year) {
        BigDecimal sum = BigDecimal.ZERO;
        for (AmendmentLine line : lines) {
            BigDecimal amount = line.amounts().get(year);
            if (amount == null) {
                return null;
            }
            sum = sum.add(amount);
        }
        return sum;
    }
}
