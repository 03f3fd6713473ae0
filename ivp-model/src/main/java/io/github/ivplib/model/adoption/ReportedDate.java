package io.github.ivplib.model.adoption;

import java.util.Optional;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import io.github.ivplib.model.BoundedDate;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A date of an adoption as one source reports it (gerapporteerde datum, met bron), such as "adopted
 * in 2023" in one budget and "adopted in 2024" in the next.
 * <p>
 * Sources disagree; the record keeps each with its source instead of choosing silently. One
 * marked authoritative is the date the rules use; otherwise they use what all sources agree on,
 * and report a conflict where they do not.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReportedDate.class)
@JsonDeserialize(as = ImmutableReportedDate.class)
@JsonClassDescription("A date of an adoption as one source reports it (gerapporteerde datum, met bron).")
public interface ReportedDate {

    /** @return which date of the adoption the source reports, not null */
    @JsonPropertyDescription("Which date of the adoption the source reports.")
    AdoptionDateKind kind();

    /** @return the date as the source gives it, not null */
    @JsonPropertyDescription("The date as the source gives it: a day, a year, or bounds.")
    BoundedDate date();

    /** @return the source, such as "Programmabegroting 2024, p. 37", not null */
    @JsonPropertyDescription("The source (bron), such as \"Programmabegroting 2024, p. 37\".")
    String source();

    /** @return true if the record takes this source as the one that decides (leidend) */
    @Value.Default
    @JsonPropertyDescription("Whether the record takes this source as the one that decides (leidend); false where absent.")
    default boolean authoritative() {
        return false;
    }

    /** @return what the source says of the date that the fields above cannot hold, may be empty */
    @JsonPropertyDescription("What the source says of the date that the other fields cannot hold.")
    Optional<String> note();

    /** @return a new builder, not null */
    static ImmutableReportedDate.Builder builder() {
        return ImmutableReportedDate.builder();
    }
}
