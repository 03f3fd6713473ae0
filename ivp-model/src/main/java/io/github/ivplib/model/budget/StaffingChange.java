package io.github.ivplib.model.budget;

import java.math.BigDecimal;
import java.util.Optional;

import org.immutables.value.Value;

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
public interface StaffingChange {

    /** @return the id, unique among staffing changes, not null */
    String id();

    /** @return the change as the source words it, not null */
    String description();

    /** @return the change in full-time equivalents, negative for a reduction, exact, not null */
    BigDecimal fte();

    /** @return the salary scale (salarisschaal), such as "11", may be empty */
    Optional<String> salaryScale();

    /** @return the unit whose staffing changes, may be empty */
    Optional<String> unit();

    /** @return the id of the amendment that funds the change, may be empty */
    Optional<String> amendmentId();

    /** @return a new builder, not null */
    static ImmutableStaffingChange.Builder builder() {
        return ImmutableStaffingChange.builder();
    }
}
