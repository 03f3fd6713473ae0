package io.github.ivplib.model.budget;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Optional;
import java.util.SortedMap;

import org.immutables.value.Value;

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
public interface AmendmentLine {

    /** @return the description (omschrijving) as the source gives it, not null */
    String description();

    /** @return the budget programme (programma), such as "Programma 1 Veiligheid", not null */
    String programme();

    /** @return the BBV task field code (taakveld), such as "1.2", where the source gives it, may be empty */
    Optional<String> taskField();

    /** @return whether the line is an expense, income or coverage, not null */
    LineKind kind();

    /** @return the amount per year, in the amendment's scale, exact as written, ordered by year, not null */
    @Value.NaturalOrder
    SortedMap<Year, BigDecimal> amounts();

    /** @return a new builder, not null */
    static ImmutableAmendmentLine.Builder builder() {
        return ImmutableAmendmentLine.builder();
    }
}
