package io.github.ivplib.model.municipality;

import java.util.List;
import java.util.Optional;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

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
@JsonClassDescription("A district (wijk) of the municipality, as the CBS and the Veiligheidsmonitor report on it.")
public interface District {

    /** @return the id, unique among districts, not null */
    @JsonPropertyDescription("The id, unique among districts.")
    String id();

    /** @return the name as the policy writes it, such as "Klingerberg", not null */
    @JsonPropertyDescription("The name as the policy writes it, such as \"Klingerberg\".")
    String name();

    /**
     * Returns the CBS district code (wijkcode), "WK", the municipality's four digits and two
     * characters, where the policy gives it.
     *
     * @return the code, may be empty
     */
    @JsonPropertyDescription("The CBS district code (wijkcode): \"WK\", the municipality's four digits and two characters.")
    Optional<String> cbsCode();

    /** @return the neighbourhoods (buurten) the policy names in this district, not null */
    @JsonPropertyDescription("The neighbourhoods (buurten) the policy names in this district.")
    List<Neighbourhood> neighbourhoods();

    /** @return a new builder, not null */
    static ImmutableDistrict.Builder builder() {
        return ImmutableDistrict.builder();
    }
}
