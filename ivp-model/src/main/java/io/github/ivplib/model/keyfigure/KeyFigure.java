package io.github.ivplib.model.keyfigure;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Optional;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import io.github.ivplib.model.PlainDecimals;
import io.github.ivplib.model.Qualifier;
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
@JsonClassDescription("A quantified fact the policy reports (kerncijfer), such as 384 events in 2022 or 57 fixed cameras.")
public interface KeyFigure {

    /** @return the id, unique among key figures, not null */
    @JsonPropertyDescription("The id, unique among key figures.")
    String id();

    /** @return what is counted, as the policy words it, not null */
    @JsonPropertyDescription("What is counted, as the policy words it.")
    String name();

    /** @return the figure, exact as written, not null */
    @JsonPropertyDescription("The figure, exact as written.")
    BigDecimal value();

    /** @return the unit, such as "evenementen", "camera's" or "EUR", not null */
    @JsonPropertyDescription("The unit, such as \"evenementen\", \"camera's\" or \"EUR\".")
    String unit();

    /** @return how exact the source says the figure is, not null */
    @Value.Default
    @JsonPropertyDescription("How exact the source says the figure is; EXACT where absent.")
    default Qualifier qualifier() {
        return Qualifier.EXACT;
    }

    /** @return the year the figure is for, may be empty */
    @JsonPropertyDescription("The year the figure is for.")
    Optional<Year> year();

    /** @return the id of the theme the figure belongs to, may be empty */
    @JsonPropertyDescription("The id of the theme the figure belongs to.")
    Optional<String> themeId();

    /** @return where the figure comes from, may be empty */
    @JsonPropertyDescription("Where the figure comes from (bron).")
    Optional<String> source();

    /**
     * Keeps the figure at a scale a document can write (see {@link PlainDecimals}).
     *
     * @return this, or a copy with the figure at scale 0, not null
     */
    @Value.Check
    default KeyFigure plainValue() {
        return PlainDecimals.isPlain(value()) ? this
                : ImmutableKeyFigure.copyOf(this).withValue(PlainDecimals.plain(value()));
    }

    /** @return a new builder, not null */
    static ImmutableKeyFigure.Builder builder() {
        return ImmutableKeyFigure.builder();
    }
}
