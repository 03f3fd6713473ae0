package io.github.ivplib.model.budget;

import java.math.BigDecimal;
import java.time.Year;
import java.util.SortedMap;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import io.github.ivplib.model.PlainDecimals;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One row of a multi-year balance table.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBalanceRow.class)
@JsonDeserialize(as = ImmutableBalanceRow.class)
@JsonClassDescription("One row of a multi-year balance table (meerjarig begrotingssaldo).")
public interface BalanceRow {

    /** @return the label (omschrijving) as the source gives it, not null */
    @JsonPropertyDescription("The label (omschrijving) as the source gives it.")
    String label();

    /** @return what the row is, not null */
    @JsonPropertyDescription("What the row is: opening balance, mutation, subtotal or closing balance.")
    RowKind kind();

    /** @return the amount per year, in the table's scale, exact as written, ordered by year, not null */
    @Value.NaturalOrder
    @JsonPropertyDescription("The amount per four-digit year, in the table's scale, exact as written.")
    SortedMap<Year, BigDecimal> amounts();

    /**
     * Keeps the amounts at a scale a document can write (see {@link PlainDecimals}).
     *
     * @return this, or a copy with every amount at a scale of 0 or more, not null
     */
    @Value.Check
    default BalanceRow plainAmounts() {
        return PlainDecimals.arePlain(amounts()) ? this
                : ImmutableBalanceRow.copyOf(this).withAmounts(PlainDecimals.plain(amounts()));
    }

    /** @return a new builder, not null */
    static ImmutableBalanceRow.Builder builder() {
        return ImmutableBalanceRow.builder();
    }
}
