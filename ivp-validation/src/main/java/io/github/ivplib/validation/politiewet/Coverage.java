package io.github.ivplib.validation.politiewet;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import io.github.ivplib.model.BoundedDate;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.adoption.Adoption;
import io.github.ivplib.model.adoption.AdoptionDateKind;
import io.github.ivplib.model.adoption.Extension;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.Values;
import io.github.ivplib.validation.politiewet.AdoptionDates.Known;
import io.github.ivplib.validation.politiewet.Histories.History;

import org.jspecify.annotations.Nullable;

/**
 * Which days of a series some policy was in force, with the bounds the record gives, for
 * {@code politiewet-38b/continuous-coverage} (days the bounds prove uncovered) and
 * {@code politiewet-38b/coverage-not-judged} (days they leave open).
 * <p>
 * A policy is in force in segments. The first runs from its retroactive start (terugwerkende
 * kracht), else its entry into force, to its end date; without an end date and without
 * extensions, until the next policy of the series starts. Each formal extension adds a segment up
 * to its new end, which starts the day after the previous end if the extension was decided
 * before the policy lapsed, and on the extension's decision date if it was decided after: the
 * days between are not covered. A policy without an end date but with extensions runs on to the
 * last extension, as its record says.
 * <p>
 * A day is certainly covered when it lies between the latest day a segment can start and the
 * earliest day it can end; it is proven uncovered when it lies after the latest day some
 * segment can end, before the earliest day a later one can start, and in no segment that could
 * cover it. Every other day of the series is open.
 */
final class Coverage {

    final List<SeriesOutcome> gaps = new ArrayList<>();
    final List<SeriesOutcome> open = new ArrayList<>();

    private Coverage() {
    }

    /** One run of days a policy is in force, with its start and end as bounds; a null end runs on. */
    private static final class Segment {
        final SafetyPolicy policy;
        final Known start;
        Known end;
        boolean untilNext;
        /** For a segment that runs until the next policy starts: that policy's segment. */
        Segment endedBy;
        /** The last day the segment can run to whatever follows it, null for no such limit. */
        Known cap;
        /** For the days former municipalities' plans cover after a merger: the merger date, else null. */
        LocalDate mergedOn;

        Segment(SafetyPolicy policy, Known start, Known end, boolean untilNext) {
            this.policy = policy;
            this.start = start;
            this.end = end;
            this.untilNext = untilNext;
        }

        LocalDate possibleFrom() {
            return start.earliest;
        }

        LocalDate possibleTo() {
            return end == null ? null : end.latest;
        }

        LocalDate certainFrom() {
            return start.latest;
        }

        /** See {@link #settleCertainTo()}; set once the segments of the history are ended. */
        LocalDate certainTo;

        /**
         * Settles the last day certainly covered from this segment on: its earliest end; for one
         * that runs until the next starts, the latest day that start leaves it, since each day
         * before the next starts is this one's and each day after the next one's, if the next is
         * certainly in force until then. The next one's must be settled first: kept rather than
         * asked again, since asking followed the chain of next ones to the end of the history
         * for every segment, each time a day was judged.
         */
        void settleCertainTo() {
            if (end == null) {
                certainTo = LocalDate.MAX;
                return;
            }
            boolean nextTakesOver = endedBy != null && end.latest != null && endedBy.certainTo != null
                    && !endedBy.certainTo.isBefore(end.latest);
            certainTo = nextTakesOver ? end.latest : end.earliest;
        }

        LocalDate certainTo() {
            return certainTo;
        }
    }

    /**
     * Judges a series.
     *
     * @param series the policies of one or more municipalities joined by mergers, not null
     * @return the judgement, not null
     */
    static Coverage of(List<SafetyPolicy> series) {
        Coverage coverage = new Coverage();
        Map<History, List<Segment>> segmentsOf = new IdentityHashMap<>();
        for (History history : Histories.of(series)) {
            List<Segment> segments = segmentsOf(history, segmentsOf);
            coverage.findOpenSpans(segments, coverage.findGaps(segments));
        }
        return coverage;
    }

    /** A history's segments in order, with the segment its regions carry over from its merger. */
    private static List<Segment> segmentsOf(History history, Map<History, List<Segment>> known) {
        List<Segment> segments = known.get(history);
        if (segments != null) {
            return segments;
        }
        segments = new ArrayList<>();
        for (SafetyPolicy policy : history.policies) {
            segments.addAll(segments(policy));
        }
        Segment carried = carriedOver(history, known);
        if (carried != null) {
            segments.add(carried);
        }
        segments.sort(Comparator.comparing(Segment::possibleFrom, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Segment::certainFrom, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(s -> s.policy.id()));
        endOpenSegments(segments);
        known.put(history, segments);
        return segments;
    }

    /**
     * The days after a merger the former territories' plans cover together: from the merger date
     * until the first of them ends, at most two years on; null where no region has a segment. The
     * segment is the plan that ends first, so that a gap after it names that plan.
     */
    private static @Nullable Segment carriedOver(History history, Map<History, List<Segment>> known) {
        Segment first = null;
        for (History region : history.regions) {
            Segment last = lastToEnd(segmentsOf(region, known));
            if (last != null && (first == null || endsBefore(last, first))) {
                first = last;
            }
        }
        if (first == null) {
            return null;
        }
        LocalDate mergedOn = history.mergedOn;
        LocalDate lapse = mergedOn.plusYears(Histories.YEARS_IN_FORCE_AFTER_MERGER).minusDays(1);
        Known cap = new Known(lapse, lapse, lapse.toString(), Histories.FOUNDED_ON);
        boolean reachesMerger = first.possibleTo() == null || !first.possibleTo().isBefore(mergedOn);
        Known start = reachesMerger ? new Known(mergedOn, mergedOn, mergedOn.toString(), Histories.FOUNDED_ON) : first.start;
        Segment carried = new Segment(first.policy, start, first.end == null ? null : capped(first.end, cap), first.end == null);
        carried.cap = cap;
        carried.mergedOn = mergedOn;
        return carried;
    }

    /** The segment whose end is the latest; one that runs on ends last. */
    private static Segment lastToEnd(List<Segment> segments) {
        Segment last = null;
        for (Segment segment : segments) {
            if (last == null || endsBefore(last, segment)) {
                last = segment;
            }
        }
        return last;
    }

    private static boolean endsBefore(Segment a, Segment b) {
        return a.possibleTo() != null && (b.possibleTo() == null || a.possibleTo().isBefore(b.possibleTo()));
    }

    /** The end, or the cap where the end may lie after it. */
    private static Known capped(Known end, Known cap) {
        if (end.latest != null && !end.latest.isAfter(cap.latest)) {
            return end;
        }
        LocalDate earliest = end.earliest != null && end.earliest.isAfter(cap.latest) ? cap.latest : end.earliest;
        return cap.latest.equals(earliest) ? cap
                : new Known(earliest, cap.latest, BoundedDate.between(earliest, cap.latest).toString(), end.at);
    }

    /** A segment without an end runs until the next segment of another policy starts, or its cap. */
    private static void endOpenSegments(List<Segment> segments) {
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            if (!segment.untilNext) {
                continue;
            }
            for (int j = i + 1; j < segments.size(); j++) {
                Segment next = segments.get(j);
                if (next.policy != segment.policy) {
                    segment.end = new Known(dayBefore(next.start.earliest), dayBefore(next.start.latest), "", next.start.at);
                    segment.endedBy = next;
                    break;
                }
            }
            if (segment.cap != null) {
                segment.end = segment.end == null ? segment.cap : capped(segment.end, segment.cap);
            }
        }
        // A segment is ended by a later one, so settling from the last backwards finds each next one settled.
        for (int i = segments.size() - 1; i >= 0; i--) {
            segments.get(i).settleCertainTo();
        }
    }

    /** Reports the gaps the bounds prove and returns their first and last days, in order. */
    private List<LocalDate[]> findGaps(List<Segment> segments) {
        List<LocalDate[]> spans = new ArrayList<>();
        Segment reach = null;
        for (Segment segment : segments) {
            if (reach != null && reach.possibleTo() != null && segment.possibleFrom() != null
                    && segment.possibleFrom().isAfter(reach.possibleTo().plusDays(1))) {
                LocalDate from = reach.possibleTo().plusDays(1);
                LocalDate to = segment.possibleFrom().minusDays(1);
                Values values = reach.mergedOn == null
                        ? Values.of("from", from, "to", to, "days", days(from, to), "previousPolicy", reach.policy.id())
                        : Values.of("from", from, "to", to, "days", days(from, to), "previousPolicy", reach.policy.id(),
                                "mergedOn", reach.mergedOn);
                String variant = reach.mergedOn != null ? "merger" : reach.policy == segment.policy ? "extension" : "";
                gaps.add(new SeriesOutcome(segment.policy, variant, segment.start, values));
                spans.add(new LocalDate[] {from, to});
            }
            if (reach == null || reach.possibleTo() != null
                    && (segment.possibleTo() == null || segment.possibleTo().isAfter(reach.possibleTo()))) {
                reach = segment;
            }
        }
        return spans;
    }

    /**
     * Reports the days between the first certainly covered day and the last that are neither
     * certainly covered nor proven uncovered, on the segment whose uncertain start or end leaves
     * them open.
     */
    private void findOpenSpans(List<Segment> segments, List<LocalDate[]> gapSpans) {
        LocalDate first = null;
        LocalDate last = null;
        for (Segment segment : segments) {
            if (segment.certainFrom() != null && (first == null || segment.certainFrom().isBefore(first))) {
                first = segment.certainFrom();
            }
            LocalDate end = segment.end == null ? segment.certainFrom() : segment.certainTo();
            if (end != null && (last == null || end.isAfter(last))) {
                last = end;
            }
        }
        if (first == null) {
            if (segments.stream().map(s -> s.policy).distinct().count() < 2) {
                return;
            }
            for (Segment segment : segments) {
                open.add(new SeriesOutcome(segment.policy, "unplaced", segment.start, Values.NONE));
            }
            return;
        }
        CertainSweep sweep = new CertainSweep(segments);
        LocalDate day = first;
        while (day != null && !day.isAfter(last)) {
            LocalDate coveredTo = sweep.coveredTo(day);
            if (coveredTo != null) {
                day = coveredTo.equals(LocalDate.MAX) ? null : coveredTo.plusDays(1);
                continue;
            }
            LocalDate nextCovered = sweep.nextStart(day, last);
            LocalDate to = nextCovered == null ? last : nextCovered.minusDays(1);
            reportOpen(segments, gapSpans, day, to);
            day = nextCovered;
        }
    }

    /**
     * The days segments certainly cover, asked for days that only move forward: the segments
     * that certainly cover some day, in the order of their first certain day, passed once, so
     * that judging a history costs its segments sorted rather than its segments times its
     * stretches of days.
     */
    private static final class CertainSweep {
        private final List<Segment> byCertainFrom = new ArrayList<>();
        /** The segments before this one start certainly on or before the last day asked. */
        private int started;
        /** The latest certain end of those, null if none. */
        private LocalDate reach;

        CertainSweep(List<Segment> segments) {
            for (Segment segment : segments) {
                if (segment.certainFrom() != null && segment.certainTo() != null
                        && !segment.certainTo().isBefore(segment.certainFrom())) {
                    byCertainFrom.add(segment);
                }
            }
            byCertainFrom.sort(Comparator.comparing(Segment::certainFrom));
        }

        /**
         * The last day a segment certainly covering {@code day} runs to, or null if none does:
         * the latest end of those certainly started by then, if that is not before the day.
         */
        LocalDate coveredTo(LocalDate day) {
            while (started < byCertainFrom.size() && !byCertainFrom.get(started).certainFrom().isAfter(day)) {
                LocalDate to = byCertainFrom.get(started).certainTo();
                reach = reach == null || to.isAfter(reach) ? to : reach;
                started++;
            }
            return reach != null && !reach.isBefore(day) ? reach : null;
        }

        /** The first day after {@code day}, up to {@code last}, that some segment certainly covers, or null. */
        LocalDate nextStart(LocalDate day, LocalDate last) {
            for (int i = started; i < byCertainFrom.size(); i++) {
                LocalDate from = byCertainFrom.get(i).certainFrom();
                if (from.isAfter(day)) {
                    return from.isAfter(last) ? null : from;
                }
            }
            return null;
        }
    }

    private void reportOpen(List<Segment> segments, List<LocalDate[]> gapSpans, LocalDate from, LocalDate to) {
        LocalDate openFrom = from;
        for (LocalDate[] gap : gapSpans) {
            LocalDate gapFrom = gap[0];
            LocalDate gapTo = gap[1];
            if (!gapTo.isBefore(openFrom) && !gapFrom.isAfter(to)) {
                if (gapFrom.isAfter(openFrom)) {
                    reportOpenSpan(segments, openFrom, gapFrom.minusDays(1));
                }
                openFrom = gapTo.plusDays(1);
            }
        }
        if (!openFrom.isAfter(to)) {
            reportOpenSpan(segments, openFrom, to);
        }
    }

    private void reportOpenSpan(List<Segment> segments, LocalDate from, LocalDate to) {
        for (Segment segment : segments) {
            boolean mayCover = (segment.possibleFrom() == null || !segment.possibleFrom().isAfter(to))
                    && (segment.possibleTo() == null || !segment.possibleTo().isBefore(from));
            if (mayCover) {
                boolean beforeItsStart = segment.certainFrom() == null || segment.certainFrom().isAfter(from);
                Segment culprit = beforeItsStart || segment.endedBy == null ? segment : segment.endedBy;
                Known uncertain = beforeItsStart || segment.endedBy != null ? culprit.start : segment.end;
                open.add(new SeriesOutcome(culprit.policy, uncertain.isUnknown() ? "unknown" : "imprecise", uncertain,
                        Values.of("from", from, "to", to, "days", days(from, to),
                                "field", lastField(uncertain), "date", uncertain.text)));
                return;
            }
        }
    }

    private static List<Segment> segments(SafetyPolicy policy) {
        Adoption adoption = policy.adoption();
        Known start = AdoptionDates.resolve(adoption, AdoptionDateKind.RETROACTIVE_FROM);
        if (start.isUnknown()) {
            start = AdoptionDates.resolve(adoption, AdoptionDateKind.ENTRY_INTO_FORCE);
        }
        Known end = AdoptionDates.resolve(adoption, AdoptionDateKind.END);
        List<Extension> extensions = adoption.extensions();
        List<Segment> segments = new ArrayList<>();
        if (end.isUnknown()) {
            if (extensions.isEmpty()) {
                segments.add(new Segment(policy, start, null, true));
            } else {
                Extension last = extensions.get(extensions.size() - 1);
                segments.add(new Segment(policy, start, Known.of(last.until(),
                        AdoptionDates.ADOPTION.field("extensions").index(extensions.size() - 1).field("until")), false));
            }
            return segments;
        }
        segments.add(new Segment(policy, start, end, false));
        Known previousEnd = end;
        for (int i = 0; i < extensions.size(); i++) {
            Extension extension = extensions.get(i);
            Pointer at = AdoptionDates.ADOPTION.field("extensions").index(i);
            Known decided = extension.decisionDate().map(date -> Known.of(date, at.field("decisionDate")))
                    .orElse(Known.unknown(at.field("decisionDate")));
            Known resumes = new Known(later(dayAfter(previousEnd.earliest), decided.earliest),
                    decided.latest == null || previousEnd.latest == null ? null : later(dayAfter(previousEnd.latest), decided.latest),
                    decided.text, decided.at);
            Known until = Known.of(extension.until(), at.field("until"));
            segments.add(new Segment(policy, resumes, until, false));
            previousEnd = until;
        }
        return segments;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static LocalDate dayAfter(LocalDate day) {
        return day == null ? null : day.plusDays(1);
    }

    private static LocalDate dayBefore(LocalDate day) {
        return day == null ? null : day.minusDays(1);
    }

    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    private static String lastField(Known date) {
        String pointer = date.at.toString();
        return pointer.substring(pointer.lastIndexOf('/') + 1);
    }
}
