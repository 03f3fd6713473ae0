package io.github.ivplib.validation.politiewet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.github.ivplib.model.BoundedDate;
import io.github.ivplib.model.adoption.Adoption;
import io.github.ivplib.model.adoption.AdoptionDateKind;
import io.github.ivplib.model.adoption.ReportedDate;
import io.github.ivplib.validation.Pointer;

/**
 * The dates of an adoption as the Politiewet rules read them: the record's own field where it
 * has one; else the reported date marked authoritative; else what every source agrees on.
 * <p>
 * Sources that disagree with none marked authoritative give no date: the rules then say
 * "cannot be judged" and {@code politiewet-38b/sources-agree} reports the conflict, rather than
 * one source being picked silently.
 */
final class AdoptionDates {

    static final Pointer ADOPTION = Pointer.ROOT.field("adoption");
    static final Pointer REPORTED_DATES = ADOPTION.field("reportedDates");

    private AdoptionDates() {
    }

    /** A date the rules read, as bounds (null for no bound), and the place in the file it comes from. */
    static final class Known {
        final LocalDate earliest;
        final LocalDate latest;
        final String text;
        final Pointer at;

        Known(LocalDate earliest, LocalDate latest, String text, Pointer at) {
            this.earliest = earliest;
            this.latest = latest;
            this.text = text;
            this.at = at;
        }

        static Known of(BoundedDate date, Pointer at) {
            return new Known(date.earliest().orElse(null), date.latest().orElse(null), date.toString(), at);
        }

        /** A date of which nothing is known, placed at the nearest field that would say it. */
        static Known unknown(Pointer at) {
            return new Known(null, null, "", at);
        }

        boolean isUnknown() {
            return earliest == null && latest == null;
        }

        boolean isExact() {
            return earliest != null && earliest.equals(latest);
        }
    }

    /**
     * Returns a date of the adoption as the rules read it.
     *
     * @param adoption the adoption, not null
     * @param kind which date, not null
     * @return the date, or an unknown date where the record has none or its sources conflict, not null
     */
    static Known resolve(Adoption adoption, AdoptionDateKind kind) {
        Optional<BoundedDate> field = field(adoption, kind);
        if (field.isPresent()) {
            return Known.of(field.get(), ADOPTION.field(fieldName(kind)));
        }
        List<ReportedDate> reported = adoption.reportedDates();
        List<Integer> considered = considered(reported, kind);
        if (considered.isEmpty()) {
            return Known.unknown(ADOPTION.field(fieldName(kind)));
        }
        Optional<Known> agreed = agreement(reported, considered);
        return agreed.orElse(Known.unknown(REPORTED_DATES.index(considered.get(0)).field("date")));
    }

    /**
     * Returns the dates of a kind that sources report but do not agree on, with none (or more than
     * one disagreeing) marked authoritative and no field of the record's own to settle it.
     *
     * @return the indexes in {@code reportedDates} of the disagreeing dates, empty if they agree, not null
     */
    static List<Integer> conflicting(Adoption adoption, AdoptionDateKind kind) {
        if (field(adoption, kind).isPresent()) {
            return List.of();
        }
        List<ReportedDate> reported = adoption.reportedDates();
        List<Integer> considered = considered(reported, kind);
        return considered.isEmpty() || agreement(reported, considered).isPresent() ? List.of() : considered;
    }

    /** The record's own field for a kind of date. */
    private static Optional<BoundedDate> field(Adoption adoption, AdoptionDateKind kind) {
        switch (kind) {
            case DECISION:
                return adoption.decisionDate();
            case ENTRY_INTO_FORCE:
                return adoption.entryIntoForce();
            case RETROACTIVE_FROM:
                return adoption.retroactiveFrom();
            case END:
                return adoption.endDate();
            default:
                throw new IllegalArgumentException("unknown date kind " + kind);
        }
    }

    /** The JSON name of the record's own field for a kind of date. */
    private static String fieldName(AdoptionDateKind kind) {
        switch (kind) {
            case DECISION:
                return "decisionDate";
            case ENTRY_INTO_FORCE:
                return "entryIntoForce";
            case RETROACTIVE_FROM:
                return "retroactiveFrom";
            case END:
                return "endDate";
            default:
                throw new IllegalArgumentException("unknown date kind " + kind);
        }
    }

    /** The indexes of the dates of a kind the rules weigh: the authoritative ones if any, else all. */
    private static List<Integer> considered(List<ReportedDate> reported, AdoptionDateKind kind) {
        List<Integer> authoritative = new ArrayList<>();
        List<Integer> ofKind = new ArrayList<>();
        for (int i = 0; i < reported.size(); i++) {
            if (reported.get(i).kind() == kind) {
                ofKind.add(i);
                if (reported.get(i).authoritative()) {
                    authoritative.add(i);
                }
            }
        }
        return authoritative.isEmpty() ? ofKind : authoritative;
    }

    /** What every considered date allows: the intersection of their bounds, empty if there is none. */
    private static Optional<Known> agreement(List<ReportedDate> reported, List<Integer> considered) {
        LocalDate earliest = null;
        LocalDate latest = null;
        for (int i : considered) {
            BoundedDate date = reported.get(i).date();
            if (date.earliest().isPresent() && (earliest == null || date.earliest().get().isAfter(earliest))) {
                earliest = date.earliest().get();
            }
            if (date.latest().isPresent() && (latest == null || date.latest().get().isBefore(latest))) {
                latest = date.latest().get();
            }
        }
        if (earliest != null && latest != null && latest.isBefore(earliest)) {
            return Optional.empty();
        }
        BoundedDate agreed = earliest != null && earliest.equals(latest) ? BoundedDate.on(earliest)
                : considered.size() == 1 ? reported.get(considered.get(0)).date()
                : BoundedDate.between(earliest, latest);
        return Optional.of(Known.of(agreed, REPORTED_DATES.index(considered.get(0)).field("date")));
    }

    /**
     * Returns the council's decision date as far as the record bounds it: the decision follows the
     * college's proposal and precedes the entry into force and the entry in the register. The
     * document date is not used, since it may be the draft's or the signed decision's.
     *
     * @param adoption the adoption, not null
     * @return the decision date's bounds, placed at the decision date, not null
     */
    static Known decision(Adoption adoption) {
        Known decision = resolve(adoption, AdoptionDateKind.DECISION);
        if (decision.isExact()) {
            return decision;
        }
        LocalDate earliest = decision.earliest;
        LocalDate latest = decision.latest;
        LocalDate proposal = adoption.collegeProposalDate().flatMap(BoundedDate::earliest).orElse(null);
        if (proposal != null && (earliest == null || proposal.isAfter(earliest))) {
            earliest = proposal;
        }
        Known entry = resolve(adoption, AdoptionDateKind.ENTRY_INTO_FORCE);
        for (LocalDate after : new LocalDate[] {entry.latest, adoption.registerDate().flatMap(BoundedDate::latest).orElse(null)}) {
            if (after != null && (latest == null || after.isBefore(latest))) {
                latest = after;
            }
        }
        if (earliest != null && latest != null && latest.isBefore(earliest)) {
            return decision;
        }
        String text = earliest != null && earliest.equals(latest) ? earliest.toString()
                : Objects.equals(decision.earliest, earliest) && Objects.equals(decision.latest, latest) ? decision.text
                : BoundedDate.between(earliest, latest).toString();
        return new Known(earliest, latest, text, decision.at);
    }
}
