package io.github.ivplib.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.municipality.FormerMunicipality;

/**
 * Groups policies into series: those of one municipality, joined with those of the former
 * municipalities its record says a merger brought into it, and theirs in turn. A series then
 * holds every plan that covered some part of one territory, so the series rules can follow a
 * former municipality's plans into the new one's, and each policy is judged in one series only.
 */
final class Territories {

    private Territories() {
    }

    /**
     * Groups items by the territory of their policies.
     *
     * @param items the items, not null
     * @param policyOf the policy of an item, not null
     * @return the series, in the order their first items come, each in the given order, not null
     */
    static <T> List<List<T>> series(List<T> items, Function<T, SafetyPolicy> policyOf) {
        Map<String, String> parent = new HashMap<>();
        for (T item : items) {
            SafetyPolicy policy = policyOf.apply(item);
            String code = policy.municipality().cbsCode();
            root(parent, code);
            for (FormerMunicipality former : policy.municipality().formerMunicipalities()) {
                parent.put(root(parent, former.cbsCode()), root(parent, code));
            }
        }
        Map<String, List<T>> byTerritory = new LinkedHashMap<>();
        for (T item : items) {
            String territory = root(parent, policyOf.apply(item).municipality().cbsCode());
            byTerritory.computeIfAbsent(territory, key -> new ArrayList<>()).add(item);
        }
        return new ArrayList<>(byTerritory.values());
    }

    /** The code that stands for a code's territory, halving the path to it on the way. */
    private static String root(Map<String, String> parent, String code) {
        String at = parent.computeIfAbsent(code, self -> self);
        while (!at.equals(parent.get(at))) {
            String up = parent.get(parent.get(at));
            parent.put(at, up);
            at = up;
        }
        return at;
    }
}
