package io.github.ivplib.model.budget;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Optional;
import java.util.SortedMap;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import io.github.ivplib.model.PlainDecimals;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One line of a budget amendment (regel van een begrotingswijziging).
 * <p>
 * Amounts are signed as the source writes them: an addition is positive, its coverage
 * negative. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAmendmentLine.class)
@JsonDeserialize(as = ImmutableAmendmentLine.class)
@JsonClassDescription("One line of a budget amendment (regel van een begrotingswijziging); an addition is positive, its coverage negative.")
public interface AmendmentLine {

    /** @return the description (omschrijving) as the source gives it, not null */
    @JsonPropertyDescription("The description (omschrijving) as the source gives it.")
    String description();

    /** @return the budget programme (programma), such as "Programma 1 Veiligheid", not null */
    @JsonPropertyDescription("The budget programme (programma), such as \"Programma 1 Veiligheid\".")
    String programme();

    /** @return the BBV task field code (taakveld), such as "1.2", where the source gives it, may be empty */
    @JsonPropertyDescription("The BBV task field code (taakveld), such as \"1.2\".")
    Optional<String> taskField();

    /** @return whether the line is an expense, income or coverage, not null */
    @JsonPropertyDescription("Whether the line is an expense (lasten), income (baten) or coverage (dekking).")
    LineKind kind();

    /** @return the amount per year, in the amendment's scale, exact as written, ordered by year, not null */
    @Value.NaturalOrder
    @JsonPropertyDescription("The amount per four-digit year, in the amendment's scale, exact as written.")
    SortedMap<Year, BigDecimal> amounts();

    /**
     * Keeps the amounts at a scale a document can write (see {@link PlainDecimals}).
     *
     * @return this, or a copy with every amount at a scale of 0 or more, not null
     */
    @Value.Check
    default AmendmentLine plainAmounts() {
        return PlainDecimals.arePlain(amounts()) ? this
                : ImmutableAmendmentLine.copyOf(this).withAmounts(PlainDecimals.plain(amounts()));
    }

    /** @return a new builder, not null */
    static ImmutableAmendmentLine.Builder builder() {
        return ImmutableAmendmentLine.builder();
    }
}
