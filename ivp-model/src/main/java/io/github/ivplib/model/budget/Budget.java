package io.github.ivplib.model.budget;

import java.util.List;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

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
@JsonClassDescription("The financial consequences of a policy (financiële gevolgen): budget amendments, multi-year balance tables and staffing changes.")
public interface Budget {

    /** @return the budget amendments (begrotingswijzigingen), not null */
    @JsonPropertyDescription("The budget amendments (begrotingswijzigingen).")
    List<BudgetAmendment> amendments();

    /** @return the multi-year balance tables (meerjarig begrotingssaldo), not null */
    @JsonPropertyDescription("The multi-year balance tables (meerjarig begrotingssaldo).")
    List<BalanceTable> balanceTables();

    /** @return the staffing changes (formatiewijzigingen), not null */
    @JsonPropertyDescription("The staffing changes (formatiewijzigingen).")
    List<StaffingChange> staffingChanges();

    /** @return a new builder, not null */
    static ImmutableBudget.Builder builder() {
        return ImmutableBudget.builder();
    }
}
