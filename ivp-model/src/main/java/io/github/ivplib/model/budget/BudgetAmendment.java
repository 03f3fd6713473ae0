package io.github.ivplib.model.budget;

import java.util.List;

import org.immutables.value.Value;

import io.github.ivplib.model.YearRange;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A budget amendment (begrotingswijziging): lines that change the adopted budget per
 * programme and year. Every addition needs coverage (dekking), so the signed amounts of all
 * lines sum to zero in each year; validation reports a year where they do not.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBudgetAmendment.class)
@JsonDeserialize(as = ImmutableBudgetAmendment.class)
public interface BudgetAmendment {

    /** @return the id, unique among amendments, not null */
    String id();

    /** @return the title as the source gives it, not null */
    String title();

    /** @return the scale the amounts are written in, not null */
    Scale scale();

    /** @return the year columns of the amendment, not null */
    YearRange years();

    /** @return the lines, in the order of the source, not null */
    List<AmendmentLine> lines();

    /** @return a new builder, not null */
    static ImmutableBudgetAmendment.Builder builder() {
        return ImmutableBudgetAmendment.builder();
    }
}
