package io.github.ivplib.validation.politiewet;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.adoption.Adoption;
import io.github.ivplib.model.adoption.AdoptionDateKind;
import io.github.ivplib.model.adoption.ReportedDate;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * {@code politiewet-38b/sources-agree}: the series rules read the adoption's dates; where
 * sources disagree on one, and neither the record's own field nor a single authoritative source
 * settles it, the rules cannot use it, and a person must decide which source is right.
 * <p>
 * Reports each kind of date whose considered reported dates have no day in common (see
 * {@link AdoptionDates}), at the first of them, naming every date with its source.
 */
final class SourcesAgree implements PolicyRule {

    @Override
    public String id() {
        return "politiewet-38b/sources-agree";
    }

    @Override
    public Set<PolicyPart> reads() {
        return EnumSet.of(PolicyPart.ADOPTION);
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public void check(SafetyPolicy policy, RuleContext context) {
        Adoption adoption = policy.adoption();
        for (AdoptionDateKind kind : AdoptionDateKind.values()) {
            List<Integer> conflicting = AdoptionDates.conflicting(adoption, kind);
            if (!conflicting.isEmpty()) {
                List<ReportedDate> reported = adoption.reportedDates();
                String dates = conflicting.stream()
                        .map(i -> reported.get(i).date() + " (" + reported.get(i).source() + ")")
                        .collect(Collectors.joining("; "));
                context.report(AdoptionDates.REPORTED_DATES.index(conflicting.get(0)).field("date"),
                        Values.of("kind", kind, "dates", dates));
            }
        }
    }
}
