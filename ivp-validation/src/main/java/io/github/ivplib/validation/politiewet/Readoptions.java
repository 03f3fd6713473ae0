package io.github.ivplib.validation.politiewet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.adoption.Extension;
import io.github.ivplib.model.governance.Actor;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.Values;
import io.github.ivplib.validation.politiewet.AdoptionDates.Known;
import io.github.ivplib.validation.politiewet.Histories.History;

import org.jspecify.annotations.Nullable;

/**
 * The council's adoptions of the goals in a series, judged against art. 38b's four years with
 * the bounds the record gives, for {@code politiewet-38b/readopted-within-four-years} (what the
 * bounds prove) and {@code politiewet-38b/readoption-not-judged} (what they leave open).
 * <p>
 * An adoption is a policy's decision, and a formal extension the council decides: by extending
 * a plan the council decides that its goals are the goals for the coming period, which is what
 * art. 38b asks of it ("stelt [...] de doelen vast"); the law asks for a decision of the council
 * on the goals, not for new goals or a new document. An extension decided by the college or the
 * mayor is no decision of the council and does not count.
 * <p>
 * A breach is proven where, between an adoption that happened at the latest on day x and the
 * next that happened at the earliest on day y, no adoption of the series can lie and y is more
 * than four years after x. Where the bounds allow a breach without proving it, the judgement
 * is open. The cost is a sort of the adoptions.
 */
final class Readoptions {

    static final int YEARS = 4;

    /** What the bounds prove, and what they leave open. */
    final List<SeriesOutcome> breaches = new ArrayList<>();
    final List<SeriesOutcome> open = new ArrayList<>();

    private Readoptions() {
    }

    /**
     * Judges a series.
     *
     * @param series the policies of one municipality, not null
     * @param referenceDate the day as of which the latest adoption may be at most four years old, not null
     * @return the judgement, not null
     */
    static Readoptions of(List<SafetyPolicy> series, LocalDate referenceDate) {
        Readoptions judgement = new Readoptions();
        for (History history : Histories.of(series)) {
            judgement.judge(history, referenceDate);
        }
        return judgement;
    }

    /**
     * Judges one history: its adoptions in pairs; the first after a merger against each former
     * territory's last; the latest against the reference date, unless a later municipality took
     * the territory over, whose adoptions then continue its four years.
     */
    private void judge(History history, LocalDate referenceDate) {
        List<Event> events = sorted(events(history.policies));
        Event reach = null;
        Event first = null;
        for (Event event : events) {
            if (event.date.isUnknown()) {
                open.add(new SeriesOutcome(event.policy, "unknown", event.date, Values.NONE));
                continue;
            }
            if (reach != null) {
                judgePair(reach, event);
            }
            if (reach == null || mayBeLater(event, reach)) {
                reach = event;
            }
            first = first == null ? event : first;
        }
        boolean allKnown = events.stream().noneMatch(e -> e.date.isUnknown());
        for (History region : history.regions) {
            List<Event> before = sorted(events(region.policies));
            Event last = latest(before);
            if (last == null) {
                continue;
            }
            if (first != null) {
                judgePair(last, first);
            } else if (allKnown) {
                judgeLatest(last, before, referenceDate);
            }
        }
        if (reach != null && allKnown && !history.mergedInto) {
            judgeLatest(reach, events, referenceDate);
        }
    }

    private static List<Event> sorted(List<Event> events) {
        events.sort(Comparator.comparing((Event e) -> e.date.earliest, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(e -> e.date.latest, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(e -> e.policy.id()));
        return events;
    }

    /** The adoption that can be the latest, or null where one is unknown: then it cannot be said. */
    private static @Nullable Event latest(List<Event> events) {
        Event latest = null;
        for (Event event : events) {
            if (event.date.isUnknown()) {
                return null;
            }
            if (latest == null || mayBeLater(event, latest)) {
                latest = event;
            }
        }
        return latest;
    }

    /** Whether an adoption can lie after the latest day another can. */
    private static boolean mayBeLater(Event event, Event than) {
        return than.date.latest != null && (event.date.latest == null || event.date.latest.isAfter(than.date.latest));
    }

    private void judgePair(Event previous, Event next) {
        if (previous.date.latest != null && next.date.earliest != null) {
            LocalDate deadline = previous.date.latest.plusYears(YEARS);
            if (next.date.earliest.isAfter(deadline)) {
                breaches.add(new SeriesOutcome(next.policy, "overdue", next.date, Values.of("previousPolicy", previous.policy.id(),
                        "previousDate", previous.date.text, "deadline", deadline, "date", next.date.text,
                        "overdueFrom", deadline.plusDays(1), "overdueTo", next.date.earliest)));
                return;
            }
        }
        boolean mayBeLate = next.date.latest == null || previous.date.earliest == null
                || next.date.latest.isAfter(previous.date.earliest.plusYears(YEARS));
        if (mayBeLate && !(previous.date.isExact() && next.date.isExact())) {
            open.add(new SeriesOutcome(next.policy, "pair", next.date, Values.of("previousPolicy", previous.policy.id(),
                    "previousDate", previous.date.text, "date", next.date.text)));
        }
    }

    private void judgeLatest(Event latest, List<Event> events, LocalDate referenceDate) {
        if (latest.date.latest != null) {
            LocalDate deadline = latest.date.latest.plusYears(YEARS);
            if (referenceDate.isAfter(deadline)) {
                breaches.add(new SeriesOutcome(latest.policy, "stale", latest.date, Values.of("date", latest.date.text,
                        "deadline", deadline, "referenceDate", referenceDate, "overdueFrom", deadline.plusDays(1),
                        "overdueTo", referenceDate)));
                return;
            }
        }
        boolean mayBeStale = events.stream().allMatch(e -> e.date.earliest == null
                || referenceDate.isAfter(e.date.earliest.plusYears(YEARS)));
        if (mayBeStale) {
            open.add(new SeriesOutcome(latest.policy, "latest", latest.date, Values.of("date", latest.date.text,
                    "referenceDate", referenceDate)));
        }
    }

    /** An adoption of the goals: a policy's decision or a council's extension. */
    private static final class Event {
        final SafetyPolicy policy;
        final Known date;

        Event(SafetyPolicy policy, Known date) {
            this.policy = policy;
            this.date = date;
        }
    }

    private static List<Event> events(List<SafetyPolicy> series) {
        List<Event> events = new ArrayList<>();
        for (SafetyPolicy policy : series) {
            events.add(new Event(policy, AdoptionDates.decision(policy.adoption())));
            List<Extension> extensions = policy.adoption().extensions();
            for (int i = 0; i < extensions.size(); i++) {
                Extension extension = extensions.get(i);
                Pointer at = AdoptionDates.ADOPTION.field("extensions").index(i);
                if (extension.decidedBy().filter(actor -> actor == Actor.COUNCIL).isPresent()) {
                    events.add(new Event(policy, extension.decisionDate()
                            .map(date -> Known.of(date, at.field("decisionDate")))
                            .orElse(Known.unknown(at))));
                }
            }
        }
        return events;
    }
}
