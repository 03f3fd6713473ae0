package io.github.ivplib.validation.indicator;

import java.math.BigDecimal;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.goal.Indicator;
import io.github.ivplib.model.goal.Measurement;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * {@code indicator/measurement-conflict}: one indicator has one value per scope (the
 * municipality or one district) and year; two that disagree mean that sources were mixed or a
 * figure was mistyped, and a reader cannot tell which one the policy steers on.
 * <p>
 * Values are compared exactly ({@code 7.0} and {@code 7.00} agree). Reports each measurement
 * that disagrees with an earlier one of its scope and year, once, naming the earliest such; the
 * message variant says whether the scope is a district or the whole municipality.
 */
final class MeasurementConflict implements PolicyRule {

    /** The scope of a measurement without a district. */
    static final String MUNICIPALITY_SCOPE = "gemeente";

    @Override
    public String id() {
        return "indicator/measurement-conflict";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public void check(SafetyPolicy policy, RuleContext context) {
        List<Indicator> indicators = policy.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            check(indicators.get(i).measurements(), Pointer.ROOT.field("indicators").index(i).field("measurements"), context);
        }
    }

    private static void check(List<Measurement> measurements, Pointer at, RuleContext context) {
        Map<Key, Seen> seen = new HashMap<>();
        for (int m = 0; m < measurements.size(); m++) {
            Measurement measurement = measurements.get(m);
            Key key = new Key(measurement.districtId(), measurement.year());
            Seen earlier = seen.get(key);
            if (earlier == null) {
                seen.put(key, new Seen(m));
                continue;
            }
            int other = earlier.earliestDisagreeingWith(measurement.value(), measurements);
            if (other >= 0) {
                context.report(measurement.districtId().isPresent() ? "district" : "municipality", at.index(m).field("value"), Values.of("year", measurement.year(),
                        "scope", measurement.districtId().orElse(MUNICIPALITY_SCOPE), "value", measurement.value(),
                        "otherValue", measurements.get(other).value(), "otherAt", at.index(other)));
            }
            earlier.add(m, measurement.value(), measurements);
        }
    }

    /** A scope (district id, or none for the municipality) and a year. */
    private static final class Key {
        final Optional<String> districtId;
        final Year year;

        Key(Optional<String> districtId, Year year) {
            this.districtId = districtId;
            this.year = year;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key && ((Key) other).districtId.equals(districtId) && ((Key) other).year.equals(year);
        }

        @Override
        public int hashCode() {
            return Objects.hash(districtId, year);
        }
    }

    /**
     * What is known of the measurements of one scope and year so far: the first, and the first
     * whose value differs from it. Together they give, for any value, the earliest measurement
     * that disagrees with it.
     */
    private static final class Seen {
        final int first;
        int firstDifferent = -1;

        Seen(int first) {
            this.first = first;
        }

        int earliestDisagreeingWith(BigDecimal value, List<Measurement> measurements) {
            return value.compareTo(measurements.get(first).value()) != 0 ? first : firstDifferent;
        }

        void add(int index, BigDecimal value, List<Measurement> measurements) {
            if (firstDifferent < 0 && value.compareTo(measurements.get(first).value()) != 0) {
                firstDifferent = index;
            }
        }
    }
}
