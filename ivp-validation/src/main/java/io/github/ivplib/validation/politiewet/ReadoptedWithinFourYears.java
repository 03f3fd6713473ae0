package io.github.ivplib.validation.politiewet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.SeriesContext;
import io.github.ivplib.validation.SeriesRule;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * {@code politiewet-38b/readopted-within-four-years}: art. 38b has the council adopt the safety
 * goals at least once every four years. What counts is the council's decision date, not the
 * period in the title: a plan that stays in force past its period does not renew its goals.
 * <p>
 * Over the policies of one municipality that have a decision date, in date order:
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
 * Policies without a decision date are not judged and do not count as an adoption: a source
 * that gives no date is left for a person to complete, not guessed.
 */
final class ReadoptedWithinFourYears implements SeriesRule {

    static final int YEARS = 4;

    private static final Pointer DECISION_DATE = Pointer.ROOT.field("adoption").field("decisionDate");

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
        List<SafetyPolicy> adopted = new ArrayList<>();
        for (SafetyPolicy policy : series) {
            if (policy.adoption().decisionDate().isPresent()) {
                adopted.add(policy);
            }
        }
        if (adopted.isEmpty()) {
            return;
        }
        adopted.sort(Comparator.comparing(ReadoptedWithinFourYears::decisionDate).thenComparing(SafetyPolicy::id));
        for (int i = 1; i < adopted.size(); i++) {
            SafetyPolicy previous = adopted.get(i - 1);
            SafetyPolicy policy = adopted.get(i);
            LocalDate deadline = decisionDate(previous).plusYears(YEARS);
            LocalDate date = decisionDate(policy);
            if (date.isAfter(deadline)) {
                context.report(policy, "overdue", DECISION_DATE, Values.of("previousPolicy", previous.id(),
                        "previousDate", decisionDate(previous), "deadline", deadline, "date", date,
                        "overdueFrom", deadline.plusDays(1), "overdueTo", date));
            }
        }
        SafetyPolicy latest = adopted.get(adopted.size() - 1);
        LocalDate date = decisionDate(latest);
        LocalDate deadline = date.plusYears(YEARS);
        LocalDate referenceDate = LocalDate.now(context.settings().clock());
        if (referenceDate.isAfter(deadline)) {
            context.report(latest, "stale", DECISION_DATE, Values.of("date", date, "deadline", deadline,
                    "referenceDate", referenceDate, "overdueFrom", deadline.plusDays(1), "overdueTo", referenceDate));
        }
    }

    private static LocalDate decisionDate(SafetyPolicy policy) {
        return policy.adoption().decisionDate().orElseThrow();
    }
}
