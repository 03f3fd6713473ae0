package io.github.ivplib.model.ave;

import java.util.List;
import java.util.Optional;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The escalation model AVE (Aanpak ter Voorkoming van Escalatie) as the municipality works it
 * out: successive phases with scaling up and down (opschalen, afschalen), for cases on the
 * border of care and safety.
 * <p>
 * Who holds direction per phase differs per municipality and theme, so it is data here.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAveModel.class)
@JsonDeserialize(as = ImmutableAveModel.class)
@JsonClassDescription("The escalation model AVE (Aanpak ter Voorkoming van Escalatie) as the municipality works it out: phases with scaling up and down (opschalen, afschalen).")
public interface AveModel {

    /** @return the purpose of the model as the policy words it, may be empty */
    @JsonPropertyDescription("The purpose of the model as the policy words it.")
    Optional<String> purpose();

    /** @return the themes the model is worked out for, as the policy names them, not null */
    @JsonPropertyDescription("The themes the model is worked out for, as the policy names them.")
    List<String> themes();

    /** @return the phases, in the order the policy gives them, not null */
    @JsonPropertyDescription("The phases (AVE-fasen), in the order the policy gives them.")
    List<AvePhase> phases();

    /** @return where the fully worked-out model can be read, such as a web address, may be empty */
    @JsonPropertyDescription("Where the fully worked-out model can be read, such as a web address.")
    Optional<String> reference();

    /** @return cases with their phase transitions, where a tool records them, not null */
    @JsonPropertyDescription("Cases (casussen) with their phase transitions, where a tool records them.")
    List<AveCase> cases();

    /** @return a new builder, not null */
    static ImmutableAveModel.Builder builder() {
        return ImmutableAveModel.builder();
    }
}
