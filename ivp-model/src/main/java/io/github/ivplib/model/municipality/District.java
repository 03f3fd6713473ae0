package io.github.ivplib.model.municipality;

import java.util.List;
import java.util.Optional;

import org.immutables.value.Value;

import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A district (wijk) of the municipality, as the CBS and the Veiligheidsmonitor report on it.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDistrict.class)
@JsonDeserialize(as = ImmutableDistrict.class)
public interface District {

    /** @return the id, unique among districts, not null */
    String id();

    /** @return the name as the policy writes it, such as "Klingerberg", not null */
    String name();

    /**
     * Returns the CBS district code (wijkcode), "WK", the municipality's four digits and two
     * characters, where the policy gives it.
     *
     * @return the code, may be empty
     */
    Optional<String> cbsCode();

    /** @return the neighbourhoods (buurten) the policy names in this district, not null */
    List<Neighbourhood> neighbourhoods();

    /** @return a new builder, not null */
    static ImmutableDistrict.Builder builder() {
        return ImmutableDistrict.builder();
    }
}
