package io.github.ivplib.validation.politiewet;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.adoption.Adoption;
import io.github.ivplib.model.adoption.Extension;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.SeriesContext;
import io.github.ivplib.validation.SeriesRule;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * {@code politiewet-38b/continuous-coverage}: the local triangle makes its agreements on the
 * basis of the council's goals (art. 13), so from the first policy of a municipality on, some
 * policy is in force every day.
 * <p>
 * A policy is in force from its start, its retroactive effect (terugwerkende kracht) or else
 * its entry into force (inwerkingtreding), to its end, the latest of its end date
 * (uitwerkingtreding) and its formal extensions (verlengingen). A policy with no end stays in
 * force until the next policy of the series starts. A policy with neither a retroactive start
 * nor an entry into force is not judged and covers nothing.
 * <p>
 * Every day from the earliest start to the latest end (or the latest start, when the last
 * policy has no end) is covered by some policy; policies may overlap, as when a merged
 * municipality's plan follows the plans of two predecessors. Each uncovered span is reported,
 * with its first and last day and its length in days, on the policy whose start ends it, at the
 * date that gave that start, naming the policy whose end begins it.
 */
final class ContinuousCoverage implements SeriesRule {

    @Override
    public String id() {
        return "politiewet-38b/continuous-coverage";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public void check(List<SafetyPolicy> series, SeriesContext context) {
        List<InForce> policies = new ArrayList<>();
        for (SafetyPolicy policy : series) {
            InForce.of(policy).ifPresent(policies::add);
        }
        policies.sort(Comparator.comparing((InForce p) -> p.start).thenComparing(p -> p.policy.id()));
        InForce coveredBy = null;
        LocalDate coveredUntil = null;
        InForce openEnded = null;
        for (InForce policy : policies) {
            if (openEnded != null) {
                LocalDate end = policy.start.minusDays(1);
                if (coveredUntil == null || end.isAfter(coveredUntil)) {
                    coveredBy = openEnded;
                    coveredUntil = end;
                }
                openEnded = null;
            }
            if (coveredUntil != null && policy.start.isAfter(coveredUntil.plusDays(1))) {
                LocalDate from = coveredUntil.plusDays(1);
                LocalDate to = policy.start.minusDays(1);
                context.report(policy.policy, "", policy.startPointer, Values.of("from", from, "to", to,
                        "days", ChronoUnit.DAYS.between(from, to) + 1, "previousPolicy", coveredBy.policy.id()));
            }
            if (policy.end.isEmpty()) {
                openEnded = policy;
            } else if (coveredUntil == null || policy.end.get().isAfter(coveredUntil)) {
                coveredBy = policy;
                coveredUntil = policy.end.get();
            }
        }
    }

    /** When one policy is in force, and which field gave its start. */
    private static final class InForce {
        private static final Pointer ADOPTION = Pointer.ROOT.field("adoption");

        final SafetyPolicy policy;
        final LocalDate start;
        final Pointer startPointer;
        final Optional<LocalDate> end;

        private InForce(SafetyPolicy policy, LocalDate start, Pointer startPointer, Optional<LocalDate> end) {
            this.policy = policy;
            this.start = start;
            this.startPointer = startPointer;
            this.end = end;
        }

        static Optional<InForce> of(SafetyPolicy policy) {
            Adoption adoption = policy.adoption();
            Optional<LocalDate> end = adoption.endDate();
            for (Extension extension : adoption.extensions()) {
                if (end.isEmpty() || extension.until().isAfter(end.get())) {
                    end = Optional.of(extension.until());
                }
            }
            if (adoption.retroactiveFrom().isPresent()) {
                return Optional.of(new InForce(policy, adoption.retroactiveFrom().get(),
                        ADOPTION.field("retroactiveFrom"), end));
            }
            if (adoption.entryIntoForce().isPresent()) {
                return Optional.of(new InForce(policy, adoption.entryIntoForce().get(),
                        ADOPTION.field("entryIntoForce"), end));
            }
            return Optional.empty();
        }
    }
}
