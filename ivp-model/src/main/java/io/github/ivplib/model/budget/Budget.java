package io.github.ivplib.model.budget;

import java.util.List;

import org.immutables.value.Value;

import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The financial consequences of a policy (financiële gevolgen): budget amendments, multi-year
 * balance tables and staffing changes.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBudget.class)
@JsonDeserialize(as = ImmutableBudget.class)
public interface Budget {

    /** @return the budget amendments (begrotingswijzigingen), not null */
    List<BudgetAmendment> amendments();

    /** @return the multi-year balance tables (meerjarig begrotingssaldo), not null */
    List<BalanceTable> balanceTables();

    /** @return the staffing changes (formatiewijzigingen), not null */
    List<StaffingChange> staffingChanges();

    /** @return a new builder, not null */
    static ImmutableBudget.Builder builder() {
        return ImmutableBudget.builder();
    }
}
