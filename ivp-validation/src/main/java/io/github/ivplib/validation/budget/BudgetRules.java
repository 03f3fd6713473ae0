package io.github.ivplib.validation.budget;

import java.util.List;

import io.github.ivplib.validation.Rule;

/**
 * The built-in rules of this package, in catalogue order.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class BudgetRules {

    private BudgetRules() {
    }

    /** @return the rules of this package, each a PolicyRule or a SeriesRule, not null */
    public static List<Rule> rules() {
        return List.of(new AmendmentBalances(), new TableSums(), new TableRounding(), new YearsComplete(),
                new TaskFieldKnown(), new CurrencyScale());
    }
}
