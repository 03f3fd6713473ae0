package io.github.ivplib.model.goal;

import java.util.List;
import java.util.Optional;

import org.immutables.value.Value;

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
public interface Indicator {

    /** @return the id, unique among indicators, not null */
    String id();

    /** @return the name as the policy writes it, not null */
    String name();

    /** @return what the values count or mark, not null */
    IndicatorUnit unit();

    /** @return the direction the policy wants the indicator to move in, may be empty */
    Optional<Direction> direction();

    /** @return where the figures come from (bron), such as "CBS Veiligheidsmonitor", may be empty */
    Optional<String> source();

    /** @return the starting value (nulmeting, uitgangswaarde), may be empty */
    Optional<ReferencePoint> baseline();

    /** @return the value aimed at (streefwaarde), may be empty */
    Optional<ReferencePoint> target();

    /** @return the least value every district must reach (minimum per wijk), may be empty */
    Optional<ReferencePoint> districtMinimum();

    /** @return the measurements the policy reports, not null */
    List<Measurement> measurements();

    /** @return a new builder, not null */
    static ImmutableIndicator.Builder builder() {
        return ImmutableIndicator.builder();
    }
}
