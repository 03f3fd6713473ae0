package io.github.ivplib.validation.properties;

import static io.github.ivplib.validation.Lists.replaced;

import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.github.ivplib.model.BoundedDate;
import io.github.ivplib.model.ImmutableSafetyPolicy;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.adoption.Adoption;
import io.github.ivplib.model.adoption.AdoptionDateKind;
import io.github.ivplib.model.adoption.ImmutableAdoption;
import io.github.ivplib.model.generators.Draw;

/**
 * A small change to a valid series of one municipality that breaks one series rule: a gap in
 * its coverage, a readoption too late, or dates the series rules cannot decide on.
 */
enum SeriesMutation {

    GAP_BETWEEN_TWO_POLICIES(series -> !gapsPossible(series).isEmpty(), (series, draw) -> openGap(series, draw).series,
            "politiewet-38b/continuous-coverage"),
    READOPTED_TOO_LATE(series -> !lateReadoptionsPossible(series).isEmpty(), SeriesMutation::readoptedTooLate,
            "politiewet-38b/readopted-within-four-years"),
    FIRST_DECISION_UNKNOWN(series -> true, SeriesMutation::firstDecisionUnknown, "politiewet-38b/readoption-not-judged"),
    START_KNOWN_BY_ITS_YEAR(series -> !vagueStartsPossible(series).isEmpty(), SeriesMutation::startKnownByItsYear,
            "politiewet-38b/coverage-not-judged");

    private static final int YEARS = 4;
    private static final int LONGEST_GAP_DAYS = 200;
    private static final int MOST_DAYS_LATE = 60;

    private final Predicate<List<SafetyPolicy>> appliesTo;
    private final BiFunction<List<SafetyPolicy>, Draw, List<SafetyPolicy>> change;
    private final Set<String> expected;

    SeriesMutation(Predicate<List<SafetyPolicy>> appliesTo, BiFunction<List<SafetyPolicy>, Draw, List<SafetyPolicy>> change,
            String... expected) {
        this.appliesTo = appliesTo;
        this.change = change;
        this.expected = Set.of(expected);
    }

    /** @return whether the change can be made to the series, not null */
    boolean appliesTo(List<SafetyPolicy> series) {
        return appliesTo.test(series);
    }

    /** @return the changed series, not null */
    List<SafetyPolicy> apply(List<SafetyPolicy> series, Draw draw) {
        return change.apply(series, draw);
    }

    /** @return the ids of the rules whose findings the changed series has, and no others, not null */
    Set<String> expected() {
        return expected;
    }

    /** A series with a gap, and the gap's first and last day and the policies on either side. */
    static final class Gap {
        final List<SafetyPolicy> series;
        final LocalDate from;
        final LocalDate to;
        final int before;

        Gap(List<SafetyPolicy> series, LocalDate from, LocalDate to, int before) {
            this.series = series;
            this.from = from;
            this.to = to;
            this.before = before;
        }
    }

    /**
     * Ends a policy without extensions some days before the next one starts, after every day an
     * earlier policy covers, so that those days and no others are covered by none.
     *
     * @return the series and its gap, not null
     */
    static Gap openGap(List<SafetyPolicy> series, Draw draw) {
        int k = draw.pick(gapsPossible(series));
        LocalDate next = start(series.get(k + 1));
        LocalDate end = draw.day(later(earliestGapEnd(series, k), next.minusDays(LONGEST_GAP_DAYS + 1)),
                next.minusDays(2));
        SafetyPolicy ended = withAdoption(series.get(k), ImmutableAdoption.copyOf(series.get(k).adoption())
                .withEndDate(BoundedDate.on(end)));
        return new Gap(replaced(series, k, ended), end.plusDays(1), next.minusDays(1), k);
    }

    /** The policies that may end early: without extensions, with room between the days covered before and the next start. */
    private static List<Integer> gapsPossible(List<SafetyPolicy> series) {
        return indexes(series, k -> k + 1 < series.size() && series.get(k).adoption().extensions().isEmpty()
                && earliestGapEnd(series, k).isBefore(start(series.get(k + 1)).minusDays(1)));
    }

    /** The first day a policy may end early on and still be the last in force before the gap. */
    private static LocalDate earliestGapEnd(List<SafetyPolicy> series, int k) {
        LocalDate earliest = start(series.get(k));
        for (int i = 0; i < k; i++) {
            Optional<LocalDate> covered = coveredUntil(series.get(i));
            if (covered.isPresent()) {
                earliest = later(earliest, covered.get().plusDays(1));
            }
        }
        return earliest;
    }

    /** The days the policy starts to be in force: its retroactive start, else its entry into force. */
    static LocalDate start(SafetyPolicy policy) {
        return policy.adoption().retroactiveFrom().or(() -> policy.adoption().entryIntoForce())
                .flatMap(BoundedDate::day).orElseThrow();
    }

    /**
     * Policies whose council decided more than four years after the previous one's exact
     * decision, and before the next decision can be: neither has an extension, which would be a
     * decision of its own.
     */
    private static List<Integer> lateReadoptionsPossible(List<SafetyPolicy> series) {
        return indexes(series, k -> k > 0 && decidedOn(series.get(k - 1)).isPresent()
                && series.get(k - 1).adoption().extensions().isEmpty() && series.get(k).adoption().extensions().isEmpty()
                && daysLateAllowed(series, k) > 0);
    }

    private static long daysLateAllowed(List<SafetyPolicy> series, int k) {
        if (k + 1 == series.size()) {
            return MOST_DAYS_LATE;
        }
        Optional<LocalDate> next = series.get(k + 1).adoption().decisionDate().flatMap(BoundedDate::earliest);
        LocalDate deadline = decidedOn(series.get(k - 1)).get().plusYears(YEARS);
        return next.map(day -> Math.min(MOST_DAYS_LATE, ChronoUnit.DAYS.between(deadline, day) - 1)).orElse(0L);
    }

    private static List<SafetyPolicy> readoptedTooLate(List<SafetyPolicy> series, Draw draw) {
        int k = draw.pick(lateReadoptionsPossible(series));
        LocalDate late = decidedOn(series.get(k - 1)).get().plusYears(YEARS).plusDays(draw.between(1L, daysLateAllowed(series, k)));
        ImmutableAdoption adoption = ImmutableAdoption.copyOf(series.get(k).adoption()).withDecisionDate(BoundedDate.on(late))
                .withReportedDates(Edits.without(series.get(k).adoption().reportedDates(),
                        r -> r.kind() == AdoptionDateKind.DECISION));
        return replaced(series, k, withAdoption(series.get(k), adoption));
    }

    /** The first policy's decision, the college's proposal before it and every source of it, gone. */
    private static List<SafetyPolicy> firstDecisionUnknown(List<SafetyPolicy> series, Draw draw) {
        Adoption adoption = series.get(0).adoption();
        return replaced(series, 0, withAdoption(series.get(0), ImmutableAdoption.copyOf(adoption)
                .withDecisionDate(Optional.empty()).withCollegeProposalDate(Optional.empty())
                .withReportedDates(Edits.without(adoption.reportedDates(), r -> r.kind() == AdoptionDateKind.DECISION))));
    }

    /**
     * Policies after the first whose decision is exact, so that a vaguer start leaves their
     * readoption decided, and whose predecessor has an end of its own before the last days of
     * the year they start in: a predecessor in force until they start would cover whatever day
     * of the year that was.
     */
    private static List<Integer> vagueStartsPossible(List<SafetyPolicy> series) {
        return indexes(series, k -> k > 0 && decidedOn(series.get(k)).isPresent()
                && coveredUntil(series.get(k - 1)).filter(end -> end.isBefore(
                        Year.of(start(series.get(k)).getYear()).atMonth(12).atEndOfMonth().minusDays(1))).isPresent());
    }

    /** The last day a policy's record says it is in force, if it says: its end or its last extension's. */
    private static Optional<LocalDate> coveredUntil(SafetyPolicy policy) {
        Adoption adoption = policy.adoption();
        return adoption.extensions().isEmpty() ? adoption.endDate().flatMap(BoundedDate::day)
                : adoption.extensions().get(adoption.extensions().size() - 1).until().day();
    }

    /** A later policy that started some day in a year, the record says, without saying which. */
    private static List<SafetyPolicy> startKnownByItsYear(List<SafetyPolicy> series, Draw draw) {
        int k = draw.pick(vagueStartsPossible(series));
        SafetyPolicy policy = series.get(k);
        ImmutableAdoption adoption = ImmutableAdoption.copyOf(policy.adoption()).withRetroactiveFrom(Optional.empty())
                .withEntryIntoForce(BoundedDate.in(Year.of(start(policy).getYear())))
                .withReportedDates(Edits.without(policy.adoption().reportedDates(),
                        r -> r.kind() == AdoptionDateKind.ENTRY_INTO_FORCE || r.kind() == AdoptionDateKind.RETROACTIVE_FROM));
        return replaced(series, k, withAdoption(policy, adoption));
    }

    private static Optional<LocalDate> decidedOn(SafetyPolicy policy) {
        return policy.adoption().decisionDate().flatMap(BoundedDate::day);
    }

    private static SafetyPolicy withAdoption(SafetyPolicy policy, Adoption adoption) {
        return ImmutableSafetyPolicy.copyOf(policy).withAdoption(adoption);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static List<Integer> indexes(List<SafetyPolicy> series, IntPredicate which) {
        return IntStream.range(0, series.size()).filter(which).boxed().collect(Collectors.toList());
    }
}
