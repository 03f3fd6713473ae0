package io.github.ivplib.model.budget;

import java.util.List;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import io.github.ivplib.model.YearRange;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A multi-year budget balance table (meerjarig begrotingssaldo): an opening balance, mutations,
 * subtotals and a closing balance, one amount per year.
 * <p>
 * Each subtotal and closing row is the sum of the rows above it back to and including the
 * previous opening, subtotal or closing row. Tables in thousands of euros are rounded per
 * cell, so validation allows one unit per summed row.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBalanceTable.class)
@JsonDeserialize(as = ImmutableBalanceTable.class)
@JsonClassDescription("A multi-year budget balance table (meerjarig begrotingssaldo): an opening balance, mutations, subtotals and a closing balance per year.")
public interface BalanceTable {

    /** @return the id, unique among balance tables, not null */
    @JsonPropertyDescription("The id, unique among balance tables.")
    String id();

    /** @return the title or caption as the source gives it, not null */
    @JsonPropertyDescription("The title or caption as the source gives it.")
    String title();

    /** @return the scale the amounts are written in, not null */
    @JsonPropertyDescription("The scale the amounts are written in.")
    Scale scale();

    /** @return the year columns of the table, not null */
    @JsonPropertyDescription("The year columns of the table.")
    YearRange years();

    /** @return the rows, top to bottom, not null */
    @JsonPropertyDescription("The rows, top to bottom.")
    List<BalanceRow> rows();

    /** @return a new builder, not null */
    static ImmutableBalanceTable.Builder builder() {
        return ImmutableBalanceTable.builder();
    }
}
