package io.github.ivplib.validation.politiewet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.adoption.AdoptionDateKind;
import io.github.ivplib.model.municipality.FormerMunicipality;
import io.github.ivplib.validation.Pointer;

/**
 * The policies of a series split into the histories of the territories they cover, joined where
 * a merger (herindeling) brought former municipalities into a new one.
 * <p>
 * Each municipality (CBS code) has a history of its own policies. Where its record names the
 * merger date and former municipalities whose policies the series holds, the former
 * municipalities' histories become the regions of its history: their plans keep covering their
 * territory after the merger until the new municipality's own plan does, for at most two years
 * (Wet algemene regels herindeling, art. 28), and their last adoptions start the four years
 * within which the new council must adopt goals. Where the municipality kept its code, its own
 * policies from before the merger are one more region, since they covered only its old
 * territory. Former municipalities the series does not hold are not followed: nothing is known
 * of them.
 */
final class Histories {

    /** How long the plans of a former municipality keep their force after a merger (Wet arhi, art. 28). */
    static final int YEARS_IN_FORCE_AFTER_MERGER = 2;

    /** Where a record gives the merger date. */
    static final Pointer FOUNDED_ON = Pointer.ROOT.field("municipality").field("foundedOn");

    private Histories() {
    }

    /** The policies of one territory, and the territories a merger brought into it. */
    static final class History {
        final List<SafetyPolicy> policies;
        /** The merger date, null where there are no regions. */
        final LocalDate mergedOn;
        /** The policy whose record gives the merger date, null where there are no regions. */
        final SafetyPolicy mergedOnIn;
        final List<History> regions = new ArrayList<>();
        /** Whether a later municipality took over this territory, and with it the four-year clock. */
        boolean mergedInto;

        History(List<SafetyPolicy> policies, LocalDate mergedOn, SafetyPolicy mergedOnIn) {
            this.policies = policies;
            this.mergedOn = mergedOn;
            this.mergedOnIn = mergedOnIn;
        }
    }

    /**
     * Splits a series into histories.
     *
     * @param series the policies, not null
     * @return the histories, each policy in exactly one, in the order of the series' CBS codes, not null
     */
    static List<History> of(List<SafetyPolicy> series) {
        Map<String, List<SafetyPolicy>> byCode = new LinkedHashMap<>();
        for (SafetyPolicy policy : series) {
            byCode.computeIfAbsent(policy.municipality().cbsCode(), code -> new ArrayList<>()).add(policy);
        }
        Map<String, History> ofCode = new LinkedHashMap<>();
        List<History> histories = new ArrayList<>();
        for (Map.Entry<String, List<SafetyPolicy>> entry : byCode.entrySet()) {
            ofCode.put(entry.getKey(), history(entry.getValue(), byCode.keySet(), histories));
        }
        Set<String> taken = new HashSet<>();
        for (Map.Entry<String, List<SafetyPolicy>> entry : byCode.entrySet()) {
            History history = ofCode.get(entry.getKey());
            if (history.mergedOn == null) {
                continue;
            }
            for (String former : formerCodes(entry.getValue())) {
                History region = ofCode.get(former);
                boolean cycle = region == history || reaches(region, history);
                if (region != null && !cycle && taken.add(former)) {
                    region.mergedInto = true;
                    history.regions.add(region);
                }
            }
        }
        return histories;
    }

    /** Whether {@code from}'s regions, followed down, include {@code to}. */
    private static boolean reaches(History from, History to) {
        if (from == null) {
            return false;
        }
        for (History region : from.regions) {
            if (region == to || reaches(region, to)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The history of one municipality, added to {@code histories}; where it kept its code through
     * a merger, its policies from before it are added as a history of their own and made its first
     * region.
     */
    private static History history(List<SafetyPolicy> policies, Set<String> codesInSeries, List<History> histories) {
        Optional<SafetyPolicy> merger = policies.stream()
                .filter(policy -> policy.municipality().foundedOn().isPresent())
                .filter(policy -> formerCodes(List.of(policy)).stream().anyMatch(codesInSeries::contains))
                .min(Comparator.comparing(SafetyPolicy::id));
        if (merger.isEmpty()) {
            History history = new History(policies, null, null);
            histories.add(history);
            return history;
        }
        LocalDate mergedOn = merger.get().municipality().foundedOn().get();
        List<SafetyPolicy> before = new ArrayList<>();
        List<SafetyPolicy> after = new ArrayList<>();
        for (SafetyPolicy policy : policies) {
            (startsBefore(policy, mergedOn) ? before : after).add(policy);
        }
        History history = new History(after, mergedOn, merger.get());
        if (!before.isEmpty()) {
            History old = new History(before, null, null);
            old.mergedInto = true;
            history.regions.add(old);
            histories.add(old);
        }
        histories.add(history);
        return history;
    }

    /** Whether the record proves the policy in force, or decided, before the merger date. */
    private static boolean startsBefore(SafetyPolicy policy, LocalDate mergedOn) {
        for (AdoptionDateKind kind : new AdoptionDateKind[] {AdoptionDateKind.ENTRY_INTO_FORCE, AdoptionDateKind.DECISION}) {
            LocalDate latest = AdoptionDates.resolve(policy.adoption(), kind).latest;
            if (latest != null) {
                return latest.isBefore(mergedOn);
            }
        }
        return false;
    }

    private static Set<String> formerCodes(List<SafetyPolicy> policies) {
        Set<String> codes = new LinkedHashSet<>();
        for (SafetyPolicy policy : policies) {
            for (FormerMunicipality former : policy.municipality().formerMunicipalities()) {
                codes.add(former.cbsCode());
            }
        }
        return codes;
    }
}
