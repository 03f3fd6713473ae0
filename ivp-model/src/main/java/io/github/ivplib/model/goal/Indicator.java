package io.github.ivplib.model.goal;

import java.util.List;
import java.util.Optional;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An indicator (indicator) that measures a goal, such as the Veiligheidsmonitor report mark
 * (rapportcijfer) for the safety of one's own neighbourhood.
 * <p>
 * The baseline and target are for the whole municipality; a district minimum is a target
 * every district must reach. Measurements are for the municipality or for one district.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicator.class)
@JsonDeserialize(as = ImmutableIndicator.class)
@JsonClassDescription("An indicator (indicator) that measures a goal, such as the Veiligheidsmonitor report mark (rapportcijfer).")
public interface Indicator {

    /** @return the id, unique among indicators, not null */
    @JsonPropertyDescription("The id, unique among indicators.")
    String id();

    /** @return the name as the policy writes it, not null */
    @JsonPropertyDescription("The name as the policy writes it.")
    String name();

    /** @return what the values count or mark, not null */
    @JsonPropertyDescription("What the values count or mark (eenheid).")
    IndicatorUnit unit();

    /** @return the direction the policy wants the indicator to move in, may be empty */
    @JsonPropertyDescription("The direction the policy wants the indicator to move in (gewenste ontwikkeling).")
    Optional<Direction> direction();

    /** @return where the figures come from (bron), such as "CBS Veiligheidsmonitor", may be empty */
    @JsonPropertyDescription("Where the figures come from (bron), such as \"CBS Veiligheidsmonitor\".")
    Optional<String> source();

    /** @return the starting value (nulmeting, uitgangswaarde), may be empty */
    @JsonPropertyDescription("The starting value (nulmeting, uitgangswaarde).")
    Optional<ReferencePoint> baseline();

    /** @return the value aimed at (streefwaarde), may be empty */
    @JsonPropertyDescription("The value aimed at (streefwaarde).")
    Optional<ReferencePoint> target();

    /** @return the least value every district must reach (minimum per wijk), may be empty */
    @JsonPropertyDescription("The least value every district must reach (minimum per wijk).")
    Optional<ReferencePoint> districtMinimum();

    /** @return the measurements the policy reports, not null */
    @JsonPropertyDescription("The measurements (metingen) the policy reports.")
    List<Measurement> measurements();

    /** @return a new builder, not null */
    static ImmutableIndicator.Builder builder() {
        return ImmutableIndicator.builder();
    }
}
