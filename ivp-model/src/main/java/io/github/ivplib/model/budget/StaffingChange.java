package io.github.ivplib.model.budget;

import java.math.BigDecimal;
import java.util.Optional;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import io.github.ivplib.model.PlainDecimals;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A change to the municipal staffing (formatiewijziging), such as one fte more for the safety team.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStaffingChange.class)
@JsonDeserialize(as = ImmutableStaffingChange.class)
@JsonClassDescription("A change to the municipal staffing (formatiewijziging), such as one fte more for the safety team.")
public interface StaffingChange {

    /** @return the id, unique among staffing changes, not null */
    @JsonPropertyDescription("The id, unique among staffing changes.")
    String id();

    /** @return the change as the source words it, not null */
    @JsonPropertyDescription("The change as the source words it.")
    String description();

    /** @return the change in full-time equivalents, negative for a reduction, exact, not null */
    @JsonPropertyDescription("The change in full-time equivalents (fte), negative for a reduction, exact.")
    BigDecimal fte();

    /** @return the salary scale (salarisschaal), such as "11", may be empty */
    @JsonPropertyDescription("The salary scale (salarisschaal), such as \"11\".")
    Optional<String> salaryScale();

    /** @return the unit whose staffing changes, may be empty */
    @JsonPropertyDescription("The unit whose staffing changes.")
    Optional<String> unit();

    /** @return the id of the amendment that funds the change, may be empty */
    @JsonPropertyDescription("The id of the budget amendment that funds the change.")
    Optional<String> amendmentId();

    /**
     * Keeps the change at a scale a document can write (see {@link PlainDecimals}).
     *
     * @return this, or a copy with the change at scale 0, not null
     */
    @Value.Check
    default StaffingChange plainFte() {
        return PlainDecimals.isPlain(fte()) ? this
                : ImmutableStaffingChange.copyOf(this).withFte(PlainDecimals.plain(fte()));
    }

    /** @return a new builder, not null */
    static ImmutableStaffingChange.Builder builder() {
        return ImmutableStaffingChange.builder();
    }
}
