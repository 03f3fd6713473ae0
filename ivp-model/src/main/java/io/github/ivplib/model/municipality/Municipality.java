package io.github.ivplib.model.municipality;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The municipality (gemeente) whose council adopts the policy.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMunicipality.class)
@JsonDeserialize(as = ImmutableMunicipality.class)
@JsonClassDescription("The municipality (gemeente) whose council adopts the policy.")
public interface Municipality {

    /** @return the name, such as "Venlo", not null */
    @JsonPropertyDescription("The name, such as \"Venlo\".")
    String name();

    /**
     * Returns the CBS municipality code (gemeentecode), "GM" and four digits such as "GM0983".
     * The format is checked by validation, so that a wrong code is reported, not refused.
     *
     * @return the code as written, not null
     */
    @JsonPropertyDescription("The CBS municipality code (gemeentecode): \"GM\" and four digits, such as \"GM0983\".")
    String cbsCode();

    /** @return the districts (wijken) the policy speaks of, not null, may be empty */
    @JsonPropertyDescription("The districts (wijken) the policy speaks of.")
    List<District> districts();

    /**
     * Returns the date of the merger (datum van herindeling) that formed the municipality, or
     * that brought the {@link #formerMunicipalities() former municipalities} into it where it
     * kept its own code. The law fixes it to the day, so it is a plain date.
     *
     * @return the date, may be empty
     */
    @JsonPropertyDescription("The date of the merger (datum van herindeling) that formed the municipality or brought its former municipalities into it.")
    Optional<LocalDate> foundedOn();

    /**
     * Returns the municipalities a merger brought into this one. Where the municipality kept its
     * own code, it is not listed itself: its own earlier policies are its own.
     *
     * @return the former municipalities, not null, may be empty
     */
    @JsonPropertyDescription("The former municipalities (voormalige gemeenten) a merger brought into this one.")
    List<FormerMunicipality> formerMunicipalities();

    /** @return a new builder, not null */
    static ImmutableMunicipality.Builder builder() {
        return ImmutableMunicipality.builder();
    }
}
