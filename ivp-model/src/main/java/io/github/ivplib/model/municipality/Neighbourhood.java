package io.github.ivplib.model.municipality;

import java.util.Optional;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A neighbourhood (buurt) within a district.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNeighbourhood.class)
@JsonDeserialize(as = ImmutableNeighbourhood.class)
@JsonClassDescription("A neighbourhood (buurt) within a district.")
public interface Neighbourhood {

    /** @return the name as the policy writes it, such as "Vastenavondkamp", not null */
    @JsonPropertyDescription("The name as the policy writes it, such as \"Vastenavondkamp\".")
    String name();

    /**
     * Returns the CBS neighbourhood code (buurtcode), "BU" and eight characters, where the
     * policy gives it.
     *
     * @return the code, may be empty
     */
    @JsonPropertyDescription("The CBS neighbourhood code (buurtcode): \"BU\" and eight characters.")
    Optional<String> cbsCode();

    /** @return a new builder, not null */
    static ImmutableNeighbourhood.Builder builder() {
        return ImmutableNeighbourhood.builder();
    }
}
