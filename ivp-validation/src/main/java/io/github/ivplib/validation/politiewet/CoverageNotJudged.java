package io.github.ivplib.validation.politiewet;

import java.util.List;

import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.validation.SeriesContext;
import io.github.ivplib.validation.Severity;

/**
 * {@code politiewet-38b/coverage-not-judged}: where the record does not tell whether a policy
 * was in force, a person should know which fact is missing, rather than read the silence of
 * {@code politiewet-38b/continuous-coverage} as continuity, or get an error the record does not
 * prove.
 * <p>
 * Reports each span of the series that is neither certainly covered nor proven uncovered (see
 * {@link Coverage}), on the policy whose start or end leaves it open and at that date: variant
 * {@code unknown} where the record has no such date, {@code imprecise} where it has only a year
 * or bounds; and, where no policy of the series has a known start, each policy as
 * {@code unplaced}.
 */
final class CoverageNotJudged implements DatesSeriesRule {

    @Override
    public String id() {
        return "politiewet-38b/coverage-not-judged";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public void check(List<SafetyPolicy> series, SeriesContext context) {
        for (SeriesOutcome open : Coverage.of(series).open) {
            context.report(open.policy, open.variant, open.at.at, open.values);
        }
    }
}
