package io.github.ivplib.model.goal;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Optional;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A value of an indicator in a year, used for baselines (nulmeting) and targets (streefwaarde).
 * <p>
 * The year may be missing because policies do write targets without one; validation reports
 * such a goal as not measurable.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReferencePoint.class)
@JsonDeserialize(as = ImmutableReferencePoint.class)
@JsonClassDescription("A value of an indicator in a year, used for baselines (nulmeting) and targets (streefwaarde).")
public interface ReferencePoint {

    /** @return the value, exact as written, not null */
    @JsonPropertyDescription("The value, exact as written.")
    BigDecimal value();

    /** @return the year the value belongs to, may be empty */
    @JsonPropertyDescription("The year the value belongs to.")
    Optional<Year> year();

    /**
     * Creates a reference point with a year.
     *
     * @param value the value, not null
     * @param year the year, not null
     * @return the reference point, not null
     */
    static ReferencePoint of(BigDecimal value, Year year) {
        return ImmutableReferencePoint.builder().value(value).year(year).build();
    }
}
