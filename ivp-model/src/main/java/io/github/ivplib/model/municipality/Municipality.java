package io.github.ivplib.model.municipality;

import java.util.List;

import org.immutables.value.Value;

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
public interface Municipality {

    /** @return the name, such as "Venlo", not null */
    String name();

    /**
     * Returns the CBS municipality code (gemeentecode), "GM" and four digits such as "GM0983".
     * The format is checked by validation, so that a wrong code is reported, not refused.
     *
     * @return the code as written, not null
     */
    String cbsCode();

    /** @return the districts (wijken) the policy speaks of, not null, may be empty */
    List<District> districts();

    /** @return a new builder, not null */
    static ImmutableMunicipality.Builder builder() {
        return ImmutableMunicipality.builder();
    }
}
