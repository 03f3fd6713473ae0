package io.github.ivplib.validation.politiewet;

import java.util.List;

import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.validation.SeriesContext;
import io.github.ivplib.validation.Severity;

/**
 * {@code politiewet-38b/continuous-coverage}: the local triangle makes its agreements on the
 * basis of the council's goals (art. 13), so from the first policy of a municipality on, some
 * policy is in force every day.
 * <p>
 * Which days a policy is in force, with retroactive effect, entry into force, end date, formal
 * extensions and policies that stay in force until their successor starts, is
 * {@link Coverage}'s. Policies may overlap, as when a merged municipality's plan follows the
 * plans of two predecessors. Each span the record proves uncovered is reported with its first
 * and last day and its length in days, on the policy whose start ends it, at the date that gave
 * that start, naming the policy whose end begins it; variant {@code extension} where an
 * extension decided after the policy lapsed ends it; variant {@code merger} where it follows the
 * days a merger's former municipalities' plans still covered (see {@link Histories}), with the
 * merger date. Spans the record leaves open are
 * {@code politiewet-38b/coverage-not-judged}'s.
 */
final class ContinuousCoverage implements DatesSeriesRule {

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
        for (SeriesOutcome gap : Coverage.of(series).gaps) {
            context.report(gap.policy, gap.variant, gap.at.at, gap.values);
        }
    }
}
