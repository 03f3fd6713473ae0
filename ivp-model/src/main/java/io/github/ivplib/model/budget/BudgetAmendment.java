package io.github.ivplib.model.budget;

import java.util.List;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

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
@JsonClassDescription("A budget amendment (begrotingswijziging): lines that change the adopted budget per programme and year, each addition with its coverage (dekking).")
public interface BudgetAmendment {

    /** @return the id, unique among amendments, not null */
    @JsonPropertyDescription("The id, unique among amendments.")
    String id();

    /** @return the title as the source gives it, not null */
    @JsonPropertyDescription("The title as the source gives it.")
    String title();

    /** @return the scale the amounts are written in, not null */
    @JsonPropertyDescription("The scale the amounts are written in.")
    Scale scale();

    /** @return the year columns of the amendment, not null */
    @JsonPropertyDescription("The year columns of the amendment.")
    YearRange years();

    /** @return the lines, in the order of the source, not null */
    @JsonPropertyDescription("The lines, in the order of the source.")
    List<AmendmentLine> lines();

    /** @return a new builder, not null */
    static ImmutableBudgetAmendment.Builder builder() {
        return ImmutableBudgetAmendment.builder();
    }
}
