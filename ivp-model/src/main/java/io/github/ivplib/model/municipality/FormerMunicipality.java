package io.github.ivplib.model.municipality;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A former municipality (voormalige gemeente) whose territory a merger (herindeling) brought
 * into this one. Its plans are followed into the new municipality's series.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFormerMunicipality.class)
@JsonDeserialize(as = ImmutableFormerMunicipality.class)
@JsonClassDescription("A former municipality (voormalige gemeente) whose territory a merger (herindeling) brought into this one.")
public interface FormerMunicipality {

    /** @return the name it had, such as "Tegelen", not null */
    @JsonPropertyDescription("The name it had, such as \"Tegelen\".")
    String name();

    /**
     * Returns the CBS municipality code it had, by which its own policies are found. The format
     * is checked by validation, as for {@link Municipality#cbsCode()}.
     *
     * @return the code as written, not null
     */
    @JsonPropertyDescription("The CBS municipality code (gemeentecode) it had, such as \"GM0982\".")
    String cbsCode();

    /** @return a new builder, not null */
    static ImmutableFormerMunicipality.Builder builder() {
        return ImmutableFormerMunicipality.builder();
    }
}
