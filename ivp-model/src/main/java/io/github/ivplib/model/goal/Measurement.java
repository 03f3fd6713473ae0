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
 * A measured value of an indicator (meting) for the municipality or one district in a year.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMeasurement.class)
@JsonDeserialize(as = ImmutableMeasurement.class)
@JsonClassDescription("A measured value of an indicator (meting) for the municipality or one district in a year.")
public interface Measurement {

    /** @return the year measured, not null */
    @JsonPropertyDescription("The year measured.")
    Year year();

    /** @return the value, exact as written, not null */
    @JsonPropertyDescription("The value, exact as written.")
    BigDecimal value();

    /**
     * Returns how the value stands for its figure (precies, ten minste, ten hoogste, meer dan,
     * minder dan, ongeveer): a poll's "meer dan 70 %" is {@link Qualifier#MORE_THAN} 70.
     * Written only when it is not {@link Qualifier#EXACT}, which the reader takes when it is absent.
     *
     * @return the qualifier, {@link Qualifier#EXACT} unless the source says otherwise, not null
     */
    @Value.Default
    @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ExactLeftOut.class)
    @JsonPropertyDescription("How the value stands for its figure (ten minste, ten hoogste, meer dan, minder dan, ongeveer); EXACT where absent.")
    default Qualifier qualifier() {
        return Qualifier.EXACT;
    }

    /** @return the id of the district measured; empty for the whole municipality */
    @JsonPropertyDescription("The id of the district (wijk) measured; absent for the whole municipality.")
    Optional<String> districtId();

    /** @return where the figure comes from, may be empty */
    @JsonPropertyDescription("Where the figure comes from (bron).")
    Optional<String> source();

    /** @return what the source says of the figure that the fields above cannot hold, may be empty */
    @JsonPropertyDescription("What the source says of the figure that the other fields cannot hold.")
    Optional<String> note();

    /**
     * Keeps the value at a scale a document can write (see {@link PlainDecimals}).
     *
     * @return this, or a copy with the value at scale 0, not null
     */
    @Value.Check
    default Measurement plainValue() {
        return PlainDecimals.isPlain(value()) ? this
                : ImmutableMeasurement.copyOf(this).withValue(PlainDecimals.plain(value()));
    }

    /** @return a new builder, not null */
    static ImmutableMeasurement.Builder builder() {
        return ImmutableMeasurement.builder();
    }
}
