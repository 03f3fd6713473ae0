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
 * {@code budget/table-rounding}: a subtotal or closing row of a multi-year balance table
 * (meerjarig begrotingssaldo) that differs from the sum of its rows by more than zero but no
 * more than the table's rounding tolerance. Rounding per cell makes that legitimate, but a
 * reader who adds up the table sees it, so it is shown rather than passed over.
 * <p>
 * Which rows a total adds up and the tolerance are those of {@link TableTotals}, the same as
 * for {@code budget/table-sums}; a total beyond its tolerance is that rule's error and gives
 * nothing here, so one mistake gives one finding.
 * <p>
 * Reports at the total's cell, with the total row's label as {@code row} (rows have no id; the
 * pointer gives its place), the total less the sum as {@code difference}, and the
 * {@code tolerance}.
 */
final class TableRounding implements PolicyRule {

    @Override
    public String id() {
        return "budget/table-rounding";
    }

    @Override
    public Set<PolicyPart> reads() {
        return EnumSet.of(PolicyPart.BUDGET);
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public void check(SafetyPolicy policy, RuleContext context) {
        for (TableTotals.Total total : TableTotals.of(policy)) {
            if (total.difference().signum() != 0 && !total.exceedsTolerance()) {
                context.report(total.cell(), Values.of("year", total.year(), "row", total.label(),
                        "difference", total.difference(), "tolerance", total.tolerance()));
            }
        }
    }
}
