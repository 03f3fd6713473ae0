package io.github.ivplib.validation.budget;

import java.util.EnumSet;
import java.util.Set;

import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * {@code budget/table-sums}: a multi-year balance table (meerjarig begrotingssaldo) is read by
 * its subtotals and closing balance, so each of them must be what its rows add up to, within
 * the table's rounding tolerance.
 * <p>
 * Which rows a total adds up, the tolerance, and which years are left to
 * {@code budget/years-complete} are those of {@link TableTotals}. A total off by more than zero
 * but within its tolerance is no mistake: {@code budget/table-rounding} shows it.
 * <p>
 * Reports at the total's cell, with the computed sum as {@code expected} and the total as
 * {@code actual}.
 */
final class TableSums implements PolicyRule {

    @Override
    public String id() {
        return "budget/table-sums";
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
        for (TableTotals.Total total : TableTotals.of(policy)) {
            if (total.exceedsTolerance()) {
                context.report(total.cell(), Values.of("year", total.year(), "expected", total.expected(),
                        "actual", total.actual(), "difference", total.difference(), "tolerance", total.tolerance()));
            }
        }
    }
}
