package io.github.ivplib.validation.politiewet;

import java.time.LocalDate;
import java.util.List;

import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.validation.SeriesContext;
import io.github.ivplib.validation.Severity;

/**
 * {@code politiewet-38b/readopted-within-four-years}: art. 38b has the council adopt the safety
 * goals at least once every four years. What counts is the council's decision date, not the
 * period in the title: a plan that stays in force past its period does not renew its goals. A
 * formal extension the council decides does (see {@link Readoptions}).
 * <p>
 * Over the adoptions of one municipality, in date order:
 * <ul>
 * <li>each adoption lies no later than four calendar years after the previous one
 * ({@link LocalDate#plusYears(long)}, so a decision on 29 February has its deadline on
 * 29 February four years on); a later one is reported on the later policy (variant
 * {@code overdue}), with the overdue span from the day after the deadline up to and including
 * the day of the late adoption;</li>
 * <li>the latest adoption is at most four years old on the reference date, today by the
 * validator's {@link io.github.ivplib.validation.ValidationSettings#clock() clock}; an older
 * one is reported on the latest policy (variant {@code stale}), overdue from the day after the
 * deadline up to and including the reference date.</li>
 * </ul>
 * Dates known only as a year or by bounds are reported only where the bounds prove the breach
 * (the deadline from the latest day the earlier adoption can be, the overdue span up to the
 * earliest day the later one can be). Where they do not decide, or a decision date is unknown,
 * {@code politiewet-38b/readoption-not-judged} says so: a skipped policy never reads as
 * compliance, and no date is guessed.
 * <p>
 * After a merger ({@link Histories}), the new council's first adoption is judged against each
 * former council's last one, and a former municipality's last adoption is not judged against
 * the reference date: the new council's adoptions continue its four years.
 */
final class ReadoptedWithinFourYears implements DatesSeriesRule {

    @Override
    public String id() {
        return "politiewet-38b/readopted-within-four-years";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public void check(List<SafetyPolicy> series, SeriesContext context) {
        for (SeriesOutcome breach : Readoptions.of(series, LocalDate.now(context.settings().clock())).breaches) {
            context.report(breach.policy, breach.variant, breach.at.at, breach.values);
        }
    }
}
