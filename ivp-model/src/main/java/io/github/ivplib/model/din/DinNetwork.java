package io.github.ivplib.model.din;

import java.util.List;
import java.util.Optional;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A goals-efforts network (Doelen-Inspanningen-Netwerk, DIN) for one theme: ambition, goals,
 * results (resultaten, baten) and efforts (inspanningen), and the partners in the network.
 * <p>
 * Goals are the policy's own goals, named by id; results and efforts live here.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDinNetwork.class)
@JsonDeserialize(as = ImmutableDinNetwork.class)
@JsonClassDescription("A goals-efforts network (Doelen-Inspanningen-Netwerk, DIN) for one theme: ambition, goals, results and efforts, and the partners in it.")
public interface DinNetwork {

    /** @return the id, unique among DIN networks, not null */
    @JsonPropertyDescription("The id, unique among DIN networks.")
    String id();

    /** @return the id of the theme the network works out, may be empty for a network of the whole policy */
    @JsonPropertyDescription("The id of the theme the network works out; absent for a network of the whole policy.")
    Optional<String> themeId();

    /** @return the ambition (ambitie) at the top of the network, may be empty */
    @JsonPropertyDescription("The ambition (ambitie) at the top of the network.")
    Optional<String> ambition();

    /** @return the ids of the goals (doelen) in the network, not null */
    @JsonPropertyDescription("The ids of the goals (doelen) in the network.")
    List<String> goalIds();

    /**
     * Returns the lines of approach the network is worked out along, such as Roermond's
     * "signaleren, voorkomen en begrenzen", where the policy names them for the whole network
     * (an effort may name its own line besides).
     *
     * @return the lines, in the order the policy names them, not null
     */
    @JsonPropertyDescription("The lines of approach (lijnen van aanpak) the network is worked out along, such as signaleren, voorkomen en begrenzen.")
    List<DinLine> lines();

    /** @return the results (resultaten, baten), not null */
    @JsonPropertyDescription("The results (resultaten, baten).")
    List<Result> results();

    /** @return the efforts (inspanningen, activiteiten), not null */
    @JsonPropertyDescription("The efforts (inspanningen, activiteiten).")
    List<Effort> efforts();

    /** @return the ids of the partners in the network (stakeholders), not null */
    @JsonPropertyDescription("The ids of the partners in the network (stakeholders).")
    List<String> partnerIds();

    /** @return a new builder, not null */
    static ImmutableDinNetwork.Builder builder() {
        return ImmutableDinNetwork.builder();
    }
}
