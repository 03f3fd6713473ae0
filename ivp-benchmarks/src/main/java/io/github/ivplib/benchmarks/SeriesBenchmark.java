package io.github.ivplib.benchmarks;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.github.ivplib.model.BoundedDate;
import io.github.ivplib.model.ImmutableSafetyPolicy;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.adoption.Adoption;
import io.github.ivplib.model.adoption.ImmutableAdoption;
import io.github.ivplib.model.generators.Draw;
import io.github.ivplib.model.generators.Policies;
import io.github.ivplib.validation.RuleCatalogue;
import io.github.ivplib.validation.ValidationReport;
import io.github.ivplib.validation.Validator;

/**
 * What the policies of one municipality cost together, as a series, for 10 and 100 consecutive
 * generated policies (100 reach back some three centuries, more than any municipality has):
 * the whole catalogue, and the series rules alone, whose cost a per-policy cost would hide.
 * <p>
 * The series' dates are as generated ({@code exact}: every day of the series certainly
 * covered), or ({@code untilNext}) without end dates and extensions, each policy in force until
 * the next starts, which starts on a day known only within three weeks: the days between are
 * open, so {@code politiewet-38b/coverage-not-judged} has a stretch of days to judge per policy.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class SeriesBenchmark {

    /** The seed of the generated series, so that every run measures the same policies. */
    private static final long SEED = 20_230_101L;

    @Param({"10", "100"})
    public int policies;

    @Param({"exact", "untilNext"})
    public String dates;

    private List<SafetyPolicy> series;
    private Validator catalogue;
    private Validator seriesRules;

    @Setup
    public void setUp() {
        series = Policies.validSeries(policies, policies).next(new Draw(SEED));
        if (dates.equals("untilNext")) {
            series = series.stream().map(SeriesBenchmark::untilNext).collect(Collectors.toList());
        }
        catalogue = Validator.builder().clock(Policies.clock()).build();
        Validator.Builder onlySeries = Validator.builder().clock(Policies.clock());
        RuleCatalogue.policyRules().forEach(rule -> onlySeries.disable(rule.id()));
        seriesRules = onlySeries.build();
    }

    private static SafetyPolicy untilNext(SafetyPolicy policy) {
        Adoption adoption = policy.adoption();
        return ImmutableSafetyPolicy.copyOf(policy).withAdoption(ImmutableAdoption.copyOf(adoption)
                .withEndDate(Optional.empty()).withExtensions(List.of())
                .withEntryIntoForce(adoption.entryIntoForce().flatMap(BoundedDate::earliest)
                        .map(day -> BoundedDate.between(day, day.plusWeeks(3)))));
    }

    /** @return the reports of each policy and of the series, every rule of the catalogue */
    @Benchmark
    public List<ValidationReport> wholeCatalogue() {
        return catalogue.validateAll(series);
    }

    /** @return the reports of the series rules alone */
    @Benchmark
    public List<ValidationReport> seriesRulesAlone() {
        return seriesRules.validateAll(series);
    }
}
