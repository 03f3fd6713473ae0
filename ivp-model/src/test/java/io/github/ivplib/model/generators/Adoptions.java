package io.github.ivplib.model.generators;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import io.github.ivplib.model.BoundedDate;
import io.github.ivplib.model.YearRange;
import io.github.ivplib.model.adoption.ImmutableAdoption;
import io.github.ivplib.model.adoption.Adoption;
import io.github.ivplib.model.adoption.AdoptionDateKind;
import io.github.ivplib.model.adoption.ImmutableExtension;
import io.github.ivplib.model.adoption.Extension;
import io.github.ivplib.model.adoption.ReportedDate;
import io.github.ivplib.model.governance.Actor;

/**
 * One council's adoptions of the policies of a series, as Politiewet art. 38b wants them: adopted
 * by the council, each within four years of the council's previous decision on the goals (a
 * policy or a council's extension), and together in force every day from the first to the last.
 * <p>
 * The true days come first; then each is written as a record may know it: a day, a year or
 * bounds, in the record's own field or only as sources report it. Where the series rules judge
 * the dates ({@link Dating#JUDGEABLE}), what the record says must still decide each judgement:
 * the days in force are exact, and a decision known by a year or bounds has bounds that leave
 * no doubt about the four years on either side. Where only the rules of one policy judge them
 * ({@link Dating#FREE}), every date may be written any way a record writes it.
 */
final class Adoptions {

    /** How freely dates may be written. */
    enum Dating {
        /** As precisely as the series rules need to decide, against a reference date. */
        JUDGEABLE,
        /** Any way a record writes them; for a policy judged on its own. */
        FREE
    }

    /** The most days a decision falls before the first day of its period, or after it. */
    private static final int DAYS_DECIDED_BEFORE = 120;
    private static final int DAYS_DECIDED_AFTER = 75;
    private static final int YEARS = 4;
    private static final int WIDEST_BOUNDS_DAYS = 200;

    private final Draw draw;
    private final Dating dating;
    /** For {@link Dating#JUDGEABLE}: the day as of which the latest adoption is at most four years old. */
    private final LocalDate referenceDate;

    Adoptions(Draw draw, Dating dating, LocalDate referenceDate) {
        this.draw = draw;
        this.dating = dating;
        this.referenceDate = referenceDate;
    }

    /** The true days of one council's adoption of one policy. */
    private static final class Days {
        LocalDate decision;
        LocalDate entry;
        LocalDate retroactive;
        LocalDate end;
        LocalDate extensionDecision;
        Actor extensionActor;
        LocalDate extensionUntil;
        /** The widest bounds the record gives the decision, once written. */
        LocalDate decisionEarliest;
        LocalDate decisionLatest;

        LocalDate start() {
            return retroactive != null ? retroactive : entry;
        }

        boolean councilExtends() {
            return extensionActor == Actor.COUNCIL;
        }
    }

    /**
     * Returns one council's adoptions of consecutive policies.
     *
     * @param periods the policies' periods, in order, not null
     * @param extensionYears per policy, the years a formal extension keeps it in force past its
     *        period, before the next period starts, not null
     * @return the adoptions, one per period, not null
     */
    List<Adoption> chain(List<YearRange> periods, List<Integer> extensionYears) {
        List<Days> days = trueDays(periods, extensionYears);
        List<Adoption> adoptions = new ArrayList<>();
        for (int k = 0; k < days.size(); k++) {
            adoptions.add(written(days, k));
        }
        return adoptions;
    }

    private List<Days> trueDays(List<YearRange> periods, List<Integer> extensionYears) {
        List<Days> chain = new ArrayList<>();
        LocalDate lastCouncilDecision = null;
        for (int k = 0; k < periods.size(); k++) {
            Days days = new Days();
            LocalDate firstDay = periods.get(k).first().atDay(1);
            LocalDate earliest = firstDay.minusDays(DAYS_DECIDED_BEFORE);
            LocalDate latest = firstDay.plusDays(DAYS_DECIDED_AFTER);
            if (lastCouncilDecision != null) {
                earliest = later(earliest, lastCouncilDecision.plusDays(1));
                latest = earlier(latest, lastCouncilDecision.plusYears(YEARS));
            }
            if (referenceDate != null) {
                latest = earlier(latest, referenceDate);
            }
            if (latest.isBefore(earliest)) {
                throw new IllegalStateException("no day for the council's decision on " + periods.get(k)
                        + " between " + earliest + " and " + latest);
            }
            days.decision = draw.day(earliest, latest);
            if (days.decision.isBefore(firstDay)) {
                days.entry = draw.chance(0.7) ? firstDay : days.decision.plusDays(draw.between(1, 20));
            } else {
                days.entry = days.decision.plusDays(draw.between(1, 30));
                days.retroactive = draw.chance(0.6) ? firstDay : null;
            }
            lastCouncilDecision = days.decision;
            if (extensionYears.get(k) > 0) {
                days.end = periods.get(k).last().atMonth(12).atEndOfMonth();
                // Before the policy lapses, and within the four years of the decision it renews.
                days.extensionDecision = draw.day(later(days.decision.plusDays(30), days.end.minusDays(WIDEST_BOUNDS_DAYS)),
                        earlier(days.end.minusDays(5), days.decision.plusYears(YEARS)));
                boolean nextNeedsIt = k + 1 < periods.size() && periods.get(k + 1).first().atDay(1)
                        .minusDays(DAYS_DECIDED_BEFORE).isAfter(days.decision.plusYears(YEARS));
                days.extensionActor = nextNeedsIt ? Actor.COUNCIL
                        : draw.pick(Actor.COUNCIL, Actor.EXECUTIVE_BOARD, Actor.MAYOR);
                if (days.councilExtends()) {
                    lastCouncilDecision = days.extensionDecision;
                }
            }
            chain.add(days);
        }
        for (int k = 0; k < chain.size(); k++) {
            Days days = chain.get(k);
            LocalDate lastDayOfPeriod = periods.get(k).last().atMonth(12).atEndOfMonth();
            LocalDate dayBeforeNext = k + 1 < chain.size() ? chain.get(k + 1).start().minusDays(1) : null;
            if (days.extensionActor != null) {
                days.extensionUntil = dayBeforeNext != null ? dayBeforeNext
                        : lastDayOfPeriod.plusYears(extensionYears.get(k));
            } else if (draw.chance(0.55)) {
                days.end = dayBeforeNext == null ? lastDayOfPeriod : later(lastDayOfPeriod, dayBeforeNext);
            }
        }
        return chain;
    }

    private Adoption written(List<Days> chain, int k) {
        Days days = chain.get(k);
        ImmutableAdoption.Builder adoption = Adoption.builder().adoptedBy(Actor.COUNCIL);
        writeDecision(chain, k, adoption);
        if (dating == Dating.JUDGEABLE || draw.chance(0.9)) {
            adoption.entryIntoForce(inForce(days.entry));
            maybeReported(adoption, AdoptionDateKind.ENTRY_INTO_FORCE, days.entry);
        }
        if (days.retroactive != null) {
            adoption.retroactiveFrom(inForce(days.retroactive));
            maybeReported(adoption, AdoptionDateKind.RETROACTIVE_FROM, days.retroactive);
        }
        if (days.end != null) {
            adoption.endDate(inForce(days.end));
            maybeReported(adoption, AdoptionDateKind.END, days.end);
        }
        if (days.extensionActor != null) {
            ImmutableExtension.Builder extension = Extension.builder().until(inForce(days.extensionUntil));
            if (dating == Dating.JUDGEABLE || days.councilExtends() || draw.chance(0.8)) {
                extension.decidedBy(days.extensionActor);
            }
            if (dating == Dating.JUDGEABLE) {
                extension.decisionDate(BoundedDate.on(days.extensionDecision));
            } else if (draw.chance(0.9)) {
                extension.decisionDate(anyWay(days.extensionDecision));
            }
            extension.note(draw.maybe(0.3, () -> Texts.sentence(draw)));
            adoption.addExtensions(extension.build());
        }
        adoption.collegeProposalDate(draw.maybe(0.4, () -> anyWay(days.decision.minusDays(draw.between(14, 60)))));
        adoption.documentDate(draw.maybe(0.4, () -> anyWay(days.decision.minusDays(draw.between(0, 30)))));
        adoption.registerDate(draw.maybe(0.3, () -> anyWay(days.entry.plusDays(draw.between(0, 60)))));
        adoption.publicationId(draw.maybe(0.4, () -> "gmb-" + days.entry.getYear() + "-" + draw.between(1, 99_999)));
        adoption.cvdrId(draw.maybe(0.4, () -> "CVDR" + draw.between(100_000, 999_999)));
        adoption.legalBasis(draw.maybe(0.3, () -> "artikel 38b van de Politiewet 2012"));
        adoption.note(draw.maybe(0.2, () -> Texts.sentence(draw)));
        return adoption.build();
    }

    /**
     * Writes the decision in its own field or as sources report it. Judgeable, its bounds lie
     * after the council's previous decision on the goals and within four years of that one's
     * earliest day, and before the next decision and no later than four years before it, so that
     * each pair of adoptions is decided either way; the last lies within four years of the
     * reference date.
     */
    private void writeDecision(List<Days> chain, int k, ImmutableAdoption.Builder adoption) {
        Days days = chain.get(k);
        LocalDate decision = days.decision;
        LocalDate earliest = decision.minusDays(WIDEST_BOUNDS_DAYS);
        LocalDate latest = decision.plusDays(WIDEST_BOUNDS_DAYS);
        if (dating == Dating.JUDGEABLE) {
            if (k > 0) {
                Days previous = chain.get(k - 1);
                LocalDate previousEarliest = previous.councilExtends() ? previous.extensionDecision : previous.decisionEarliest;
                LocalDate previousLatest = previous.councilExtends() ? previous.extensionDecision : previous.decisionLatest;
                earliest = later(earliest, previousLatest.plusDays(1));
                latest = earlier(latest, previousEarliest.plusYears(YEARS));
            }
            LocalDate next = days.councilExtends() ? days.extensionDecision
                    : k + 1 < chain.size() ? chain.get(k + 1).decision : null;
            if (next != null) {
                earliest = later(earliest, next.minusYears(YEARS));
                latest = earlier(latest, next.minusDays(1));
            } else {
                earliest = later(earliest, referenceDate.minusYears(YEARS));
            }
        } else if (draw.chance(0.1)) {
            return;
        }
        LocalDate notBefore = earliest;
        LocalDate notAfter = latest;
        List<BoundedDate> written = new ArrayList<>();
        if (draw.chance(0.1)) {
            // Known only from sources that agree, one of them perhaps the one the record follows.
            written.addAll(draw.list(1, 3, () -> decision(decision, notBefore, notAfter)));
            boolean oneDecides = written.size() > 1 && draw.chance(0.5);
            int deciding = draw.between(0, written.size() - 1);
            for (int i = 0; i < written.size(); i++) {
                adoption.addReportedDates(reported(AdoptionDateKind.DECISION, written.get(i), oneDecides && i == deciding));
            }
        } else {
            written.add(decision(decision, notBefore, notAfter));
            adoption.decisionDate(written.get(0));
            maybeReported(adoption, AdoptionDateKind.DECISION, decision);
        }
        if (dating == Dating.JUDGEABLE) {
            // The widest the record's bounds can be, so that the next decision keeps clear of them.
            days.decisionEarliest = written.stream().map(date -> date.earliest().orElseThrow())
                    .min(LocalDate::compareTo).orElseThrow();
            days.decisionLatest = written.stream().map(date -> date.latest().orElseThrow())
                    .max(LocalDate::compareTo).orElseThrow();
        }
    }

    /** The decision as a record writes it: any way where free, else within the bounds. */
    private BoundedDate decision(LocalDate day, LocalDate earliest, LocalDate latest) {
        if (dating == Dating.FREE) {
            return anyWay(day);
        }
        int form = draw.between(0, 9);
        Year year = Year.of(day.getYear());
        if (form < 2 && !year.atDay(1).isBefore(earliest) && !year.atMonth(12).atEndOfMonth().isAfter(latest)) {
            return BoundedDate.in(year);
        }
        if (form < 4) {
            return BoundedDate.between(draw.day(earliest, day), draw.day(day, latest));
        }
        return BoundedDate.on(day);
    }

    /** A day in force as the record writes it: exact where the series rules judge it. */
    private BoundedDate inForce(LocalDate day) {
        return dating == Dating.JUDGEABLE ? BoundedDate.on(day) : anyWay(day);
    }

    /** A day as records write it: mostly the day, else its year or bounds around it, one of them perhaps open. */
    private BoundedDate anyWay(LocalDate day) {
        int form = draw.between(0, 19);
        if (form < 12) {
            return BoundedDate.on(day);
        }
        if (form < 15) {
            return BoundedDate.in(Year.of(day.getYear()));
        }
        LocalDate notBefore = day.minusDays(draw.between(0, WIDEST_BOUNDS_DAYS));
        LocalDate notAfter = day.plusDays(draw.between(0, WIDEST_BOUNDS_DAYS));
        if (form < 18) {
            return BoundedDate.between(notBefore, notAfter);
        }
        return form < 19 ? BoundedDate.between(notBefore, null) : BoundedDate.between(null, notAfter);
    }

    /** Now and then, sources beside the record's own field, which decides; they agree with it as sources do. */
    private void maybeReported(ImmutableAdoption.Builder adoption, AdoptionDateKind kind, LocalDate day) {
        if (draw.chance(0.2)) {
            for (BoundedDate date : draw.list(1, 2, () -> anyWay(day))) {
                adoption.addReportedDates(reported(kind, date, draw.chance(0.3)));
            }
        }
    }

    private ReportedDate reported(AdoptionDateKind kind, BoundedDate date, boolean authoritative) {
        return ReportedDate.builder().kind(kind).date(date)
                .source(draw.pick("Programmabegroting ", "Jaarverslag ", "Raadsbesluit ", "Raadsinformatiebrief ")
                        + date.earliest().or(date::latest).map(LocalDate::getYear).orElseThrow())
                .authoritative(authoritative)
                .note(draw.maybe(0.2, () -> Texts.sentence(draw)))
                .build();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
