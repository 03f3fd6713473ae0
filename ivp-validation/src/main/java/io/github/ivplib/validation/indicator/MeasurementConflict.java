package io.github.ivplib.validation.indicator;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.Qualifier;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.goal.Indicator;
import io.github.ivplib.model.goal.Measurement;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * {@code indicator/measurement-conflict}: one indicator has one value per scope (the
 * municipality or one district) and year; two that disagree mean that sources were mixed or a
 * figure was mistyped, and a reader cannot tell which one the policy steers on.
 * <p>
 * Two measurements disagree when no value fits both. An exact figure allows only itself; a
 * qualified one its figure and all on the side its qualifier opens, so "ten minste 80" and 70
 * disagree, and so do "minder dan 60" and 70, but "meer dan 70" and 70 do not: a source that
 * writes "ruim 70" of 70,4 meets one that rounds it to 70 at the figure, and a warning there
 * would be about rounding, not about mixed sources. "Ongeveer" counts as its figure. Values are
 * compared exactly ({@code 7.0} and {@code 7.00} agree).
 * <p>
 * Reports each measurement that disagrees with an earlier one of its scope and year, once, naming
 * the earliest such; the message variant says whether the scope is a district or the whole
 * municipality, with {@code .qualified} added, and both qualifiers among the values, when either
 * measurement has one.
 */
final class MeasurementConflict implements PolicyRule {

    /** The scope of a measurement without a district. */
    static final String MUNICIPALITY_SCOPE = "gemeente";

    @Override
    public String id() {
        return "indicator/measurement-conflict";
    }

    @Override
    public Set<PolicyPart> reads() {
        return EnumSet.of(PolicyPart.GOALS);
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
            Seen earlier = seen.computeIfAbsent(new Key(measurement.districtId(), measurement.year()),
                    key -> new Seen(measurements));
            int other = earlier.earliestDisagreeingWith(measurement);
            if (other >= 0) {
                report(measurement, measurements.get(other), at.index(m).field("value"), at.index(other), context);
            }
            earlier.add(m);
        }
    }

    private static void report(Measurement measurement, Measurement other, Pointer valueAt, Pointer otherAt,
            RuleContext context) {
        boolean qualified = measurement.qualifier() != Qualifier.EXACT || other.qualifier() != Qualifier.EXACT;
        List<Object> values = new ArrayList<>(List.of("year", measurement.year(),
                "scope", measurement.districtId().orElse(MUNICIPALITY_SCOPE)));
        Qualifiers.add(values, "value", measurement.value(), measurement.qualifier(), qualified);
        Qualifiers.add(values, "otherValue", other.value(), other.qualifier(), qualified);
        values.addAll(List.of("otherAt", otherAt));
        context.report(Qualifiers.variant(measurement.districtId().isPresent() ? "district" : "municipality", qualified),
                valueAt, Values.of(values.toArray()));
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
     * The measurements of one scope and year met so far, kept to those that can be the earliest to
     * disagree with a later one, so that a scope with many measurements is not walked once for
     * each: the earliest measurement wholly below a value allows less above than every one before
     * it, and the earliest wholly above allows less below. Each kind falls or rises with the list,
     * so the earliest that disagrees is found by halving.
     */
    private static final class Seen {
        private final List<Measurement> measurements;
        /** Measurements bounded above, each with a figure below that of every earlier one. */
        private final List<Integer> fallingTops = new ArrayList<>();
        /** Measurements bounded below, each with a figure above that of every earlier one. */
        private final List<Integer> risingBottoms = new ArrayList<>();

        Seen(List<Measurement> measurements) {
            this.measurements = measurements;
        }

        int earliestDisagreeingWith(Measurement measurement) {
            int below = Qualifiers.allowsBelow(measurement.qualifier()) ? -1
                    : first(fallingTops, e -> figureOf(e).compareTo(measurement.value()) < 0);
            int above = Qualifiers.allowsAbove(measurement.qualifier()) ? -1
                    : first(risingBottoms, e -> figureOf(e).compareTo(measurement.value()) > 0);
            if (below < 0 || above < 0) {
                return Math.max(below, above);
            }
            return Math.min(below, above);
        }

        void add(int index) {
            Qualifier qualifier = measurements.get(index).qualifier();
            if (!Qualifiers.allowsAbove(qualifier)
                    && (fallingTops.isEmpty() || figureOf(index).compareTo(figureOf(last(fallingTops))) < 0)) {
                fallingTops.add(index);
            }
            if (!Qualifiers.allowsBelow(qualifier)
                    && (risingBottoms.isEmpty() || figureOf(index).compareTo(figureOf(last(risingBottoms))) > 0)) {
                risingBottoms.add(index);
            }
        }

        private BigDecimal figureOf(int index) {
            return measurements.get(index).value();
        }

        private static int last(List<Integer> indices) {
            return indices.get(indices.size() - 1);
        }

        /** The first index the test accepts, of indices it rejects up to some point and accepts after; -1 if none. */
        private static int first(List<Integer> indices, IntPredicate accepts) {
            int low = 0;
            int high = indices.size();
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (accepts.test(indices.get(middle))) {
                    high = middle;
                } else {
                    low = middle + 1;
                }
            }
            return low < indices.size() ? indices.get(low) : -1;
        }
    }
}
