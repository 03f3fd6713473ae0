package io.github.ivplib.model.keyfigure;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Optional;

import org.immutables.value.Value;

import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A quantified fact the policy reports (kerncijfer), such as 384 events in 2022 or 57 fixed
 * cameras.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableKeyFigure.class)
@JsonDeserialize(as = ImmutableKeyFigure.class)
public interface KeyFigure {

    /** @return the id, unique among key figures, not null */
    String id();

    /** @return what is counted, as the policy words it, not null */
    String name();

    /** @return the figure, exact as written, not null */
    BigDecimal value();

    /** @return the unit, such as "evenementen", "camera's" or "EUR", not null */
    String unit();

    /** @return how exact the source says the figure is, not null */
    @Value.Default
    default Qualifier qualifier() {
        return Qualifier.EXACT;
    }

    /** @return the year the figure is for, may be empty */
    Optional<Year> year();

    /** @return the id of the theme the figure belongs to, may be empty */
    Optional<String> themeId();

    /** @return where the figure comes from, may be empty */
    Optional<String> source();

    /** @return a new builder, not null */
    static ImmutableKeyFigure.Builder builder() {
        return ImmutableKeyFigure.builder();
    }
}
