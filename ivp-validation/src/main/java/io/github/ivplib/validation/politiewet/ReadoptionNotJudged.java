package io.github.ivplib.validation.politiewet;

import java.time.LocalDate;
import java.util.List;

import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.validation.SeriesContext;
import io.github.ivplib.validation.Severity;

/**
 * {@code politiewet-38b/readoption-not-judged}: where the record does not tell whether the
 * council readopted its goals within four years, a person should know, rather than read the
 * silence of {@code politiewet-38b/readopted-within-four-years} as compliance.
 * <p>
 * Reports, at the date that leaves it open: an adoption whose date is unknown (variant
 * {@code unknown}); two successive adoptions whose bounds allow more than four years between
 * them without proving it ({@code pair}); and a latest adoption that may be more than four years
 * old on the reference date ({@code latest}).
 */
final class ReadoptionNotJudged implements DatesSeriesRule {

    @Override
    public String id() {
        return "politiewet-38b/readoption-not-judged";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public void check(List<SafetyPolicy> series, SeriesContext context) {
        for (SeriesOutcome open : Readoptions.of(series, LocalDate.now(context.settings().clock())).open) {
            context.report(open.policy, open.variant, open.at.at, open.values);
        }
    }
}
