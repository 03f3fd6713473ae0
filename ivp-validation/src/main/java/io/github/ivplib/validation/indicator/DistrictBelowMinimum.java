package io.github.ivplib.validation.indicator;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.Qualifier;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.goal.Indicator;
import io.github.ivplib.model.goal.Measurement;
import io.github.ivplib.model.goal.ReferencePoint;
import io.github.ivplib.model.municipality.District;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * {@code indicator/district-below-minimum}: a district minimum (minimum per wijk) is a target
 * every district must reach; showing which districts are still below it, and by how much, tells
 * the council where the policy has work to do.
 * <p>
 * For each district with measurements, takes its latest measurement (the greatest year; of two
 * in that year, the first in the list) and reports it when its value is below the minimum, with
 * the exact gap between the two figures. One finding per district at most.
 * <p>
 * Only a district that is surely below is reported: a latest measurement of "ten minste 6,0" or
 * "meer dan 6,0" may lie above a minimum of 6,5, so it is passed over, while "ten hoogste 6,2",
 * "minder dan 6,2" and "ongeveer 6,2" are reported with their qualifier among the values and in
 * the message (variant {@code qualified}, or {@code undated.qualified}). The minimum is taken at
 * its figure, whatever its qualifier: it is a least value already, and a district at its figure
 * has reached it.
 */
final class DistrictBelowMinimum implements PolicyRule {

    @Override
    public String id() {
        return "indicator/district-below-minimum";
    }

    @Override
    public Set<PolicyPart> reads() {
        return EnumSet.of(PolicyPart.MUNICIPALITY, PolicyPart.GOALS);
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public void check(SafetyPolicy policy, RuleContext context) {
        Map<String, String> names = new HashMap<>();
        for (District district : policy.municipality().districts()) {
            names.putIfAbsent(district.id(), district.name());
        }
        List<Indicator> indicators = policy.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            if (indicator.districtMinimum().isPresent()) {
                check(indicator, indicator.districtMinimum().get(), Pointer.ROOT.field("indicators").index(i), names,
                        context);
            }
        }
    }

    private static void check(Indicator indicator, ReferencePoint minimum, Pointer at, Map<String, String> names,
            RuleContext context) {
        List<Measurement> measurements = indicator.measurements();
        Map<String, Integer> latestOfDistrict = new LinkedHashMap<>();
        for (int m = 0; m < measurements.size(); m++) {
            Optional<String> districtId = measurements.get(m).districtId();
            if (districtId.isPresent()) {
                latestOfDistrict.merge(districtId.get(), m,
                        (latest, next) -> measurements.get(next).year().isAfter(measurements.get(latest).year()) ? next : latest);
            }
        }
        for (Map.Entry<String, Integer> district : latestOfDistrict.entrySet()) {
            Measurement latest = measurements.get(district.getValue());
            if (!Qualifiers.allowsAbove(latest.qualifier()) && latest.value().compareTo(minimum.value()) < 0) {
                // A district id that resolves to nothing is model/references-resolve's to report; show the id.
                String name = names.getOrDefault(district.getKey(), district.getKey());
                List<Object> values = new ArrayList<>(List.of("districtId", district.getKey(), "districtName", name,
                        "year", latest.year()));
                Qualifiers.add(values, "value", latest.value(), latest.qualifier(), false);
                values.addAll(List.of("minimum", minimum.value()));
                minimum.year().ifPresent(year -> values.addAll(List.of("minimumYear", year)));
                values.addAll(List.of("gap", minimum.value().subtract(latest.value())));
                context.report(Qualifiers.variant(minimum.year().isPresent() ? "" : "undated",
                        latest.qualifier() != Qualifier.EXACT),
                        at.field("measurements").index(district.getValue()).field("value"), Values.of(values.toArray()));
            }
        }
    }
}
