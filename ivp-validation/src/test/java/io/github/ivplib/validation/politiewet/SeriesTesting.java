package io.github.ivplib.validation.politiewet;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

import io.github.ivplib.model.BoundedDate;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.adoption.Adoption;
import io.github.ivplib.model.adoption.ImmutableAdoption;
import io.github.ivplib.model.governance.Actor;
import io.github.ivplib.validation.Finding;
import io.github.ivplib.validation.ValidationReport;
import io.github.ivplib.validation.Validator;

/** Builds the adoptions of small policy series and reads the findings of validating them together. */
final class SeriesTesting {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private SeriesTesting() {
    }

    /** A council's adoption with the dates given; null leaves a date out of the record. */
    static ImmutableAdoption adoption(BoundedDate decided, BoundedDate from, BoundedDate until) {
        ImmutableAdoption.Builder adoption = Adoption.builder().adoptedBy(Actor.COUNCIL);
        if (decided != null) {
            adoption.decisionDate(decided);
        }
        if (from != null) {
            adoption.entryIntoForce(from);
        }
        if (until != null) {
            adoption.endDate(until);
        }
        return adoption.build();
    }

    /** The reports of validating the policies together, as of the start of a day in Amsterdam. */
    static List<ValidationReport> reportsAsOf(LocalDate referenceDate, SafetyPolicy... policies) {
        return Validator.builder().clock(Clock.fixed(referenceDate.atStartOfDay(ZONE).toInstant(), ZONE)).build()
                .validateAll(List.of(policies));
    }

    static List<Finding> findings(String ruleId, ValidationReport report) {
        return report.findings().stream().filter(f -> f.ruleId().equals(ruleId)).collect(Collectors.toList());
    }

    static List<Finding> all(String ruleId, List<ValidationReport> reports) {
        return reports.stream().flatMap(r -> findings(ruleId, r).stream()).collect(Collectors.toList());
    }
}
