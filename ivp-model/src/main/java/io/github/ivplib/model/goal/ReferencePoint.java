package io.github.ivplib.model.goal;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Optional;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import io.github.ivplib.model.PlainDecimals;
import io.github.ivplib.model.Qualifier;
import io.github.ivplib.model.json.ExactLeftOut;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A value of an indicator in a year, used for baselines (nulmeting), targets (streefwaarde) and
 * district minimums (minimum per wijk), with how exact it is ("ten hoogste 90") and, where the
 * policy says so, where this value comes from.
 * <p>
 * The year may be missing because policies do write targets without one; validation reports
 * such a goal as not measurable.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReferencePoint.class)
@JsonDeserialize(as = ImmutableReferencePoint.class)
@JsonClassDescription("A value of an indicator in a year, used for baselines (nulmeting), targets (streefwaarde) and district minimums (minimum per wijk).")
public interface ReferencePoint {

    /** @return the value, exact as written, not null */
    @JsonPropertyDescription("The value, exact as written.")
    BigDecimal value();

    /**
     * Returns how the value stands for its figure (precies, ten minste, ten hoogste, meer dan,
     * minder dan, ongeveer): a target "ten hoogste 90" is {@link Qualifier#AT_MOST} 90.
     * Written only when it is not {@link Qualifier#EXACT}, which the reader takes when it is absent.
     *
     * @return the qualifier, {@link Qualifier#EXACT} unless the policy says otherwise, not null
     */
    @Value.Default
    @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ExactLeftOut.class)
    @JsonPropertyDescription("How the value stands for its figure (ten minste, ten hoogste, meer dan, minder dan, ongeveer); EXACT where absent.")
    default Qualifier qualifier() {
        return Qualifier.EXACT;
    }

    /** @return the year the value belongs to, may be empty */
    @JsonPropertyDescription("The year the value belongs to.")
    Optional<Year> year();

    /**
     * @return where this value comes from (bron), such as a poll, a news report or a council
     *     letter, beside or instead of the indicator's source, may be empty
     */
    @JsonPropertyDescription("Where this value comes from (bron), such as a poll or a council letter, beside the indicator's source.")
    Optional<String> source();

    /** @return what the source says of the value (toelichting) that the fields above cannot hold, may be empty */
    @JsonPropertyDescription("What the source says of the value (toelichting) that the other fields cannot hold.")
    Optional<String> note();

    /**
     * Creates a reference point with a year.
     *
     * @param value the value, not null
     * @param year the year, not null
     * @return the reference point, not null
     */
    static ReferencePoint of(BigDecimal value, Year year) {
        return builder().value(value).year(year).build();
    }

    /**
     * Keeps the value at a scale a document can write (see {@link PlainDecimals}).
     *
     * @return this, or a copy with the value at scale 0, not null
     */
    @Value.Check
    default ReferencePoint plainValue() {
        return PlainDecimals.isPlain(value()) ? this
                : ImmutableReferencePoint.copyOf(this).withValue(PlainDecimals.plain(value()));
    }

    /** @return a new builder, for a value with a qualifier, a source or a note, not null */
    static ImmutableReferencePoint.Builder builder() {
        return ImmutableReferencePoint.builder();
    }
}
