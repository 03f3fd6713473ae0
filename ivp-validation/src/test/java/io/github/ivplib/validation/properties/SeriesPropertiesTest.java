package io.github.ivplib.validation.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.generators.Gen;
import io.github.ivplib.model.generators.Policies;
import io.github.ivplib.model.generators.Tries;
import io.github.ivplib.validation.Finding;
import io.github.ivplib.validation.ValidationReport;
import io.github.ivplib.validation.Validator;

/** The series rules on generated series of two to five consecutive policies of one municipality. */
class SeriesPropertiesTest {

    private static final String COVERAGE = "politiewet-38b/continuous-coverage";
    private static final String READOPTED = "politiewet-38b/readopted-within-four-years";
    private static final Validator VALIDATOR = Validator.builder().clock(Policies.clock()).build();
    /** Five years on, every council's latest adoption in a generated series is more than four years old. */
    private static final Validator FIVE_YEARS_LATER = Validator.builder().clock(Clock.fixed(
            Policies.REFERENCE_DATE.plusYears(5).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC)).build();
    private static final Tries SERIES = Tries.of(50, 2_000);
    private static final Tries MUTATED = Tries.of(25, 1_000);
    private static final int FEWEST = 2;
    private static final int MOST = 5;

    @Test
    void aSeriesValidatedTwiceGetsEqualReports() {
        SERIES.check(Policies.validSeries(FEWEST, MOST), Policies::json,
                series -> assertThat(VALIDATOR.validateAll(series)).isEqualTo(VALIDATOR.validateAll(series)));
    }

    @ParameterizedTest
    @EnumSource(SeriesMutation.class)
    void aMutatedSeriesBreaksTheMutationsRuleAndNoOther(SeriesMutation mutation) {
        Gen<List<SafetyPolicy>> valid = Policies.validSeries(FEWEST, MOST).filter(mutation::appliesTo);
        MUTATED.named(mutation.name()).check(draw -> mutation.apply(valid.next(draw), draw), Policies::json, series -> {
            List<ValidationReport> reports = VALIDATOR.validateAll(series);

            assertThat(ruleIds(reports)).as("the rules of %s", findings(reports)).isEqualTo(mutation.expected());
        });
    }

    @Test
    void aGapBetweenTwoPoliciesIsOneCoverageFindingOnTheLaterWithTheGapsDays() {
        Gen<List<SafetyPolicy>> valid = Policies.validSeries(FEWEST, MOST)
                .filter(SeriesMutation.GAP_BETWEEN_TWO_POLICIES::appliesTo);
        SERIES.check(draw -> SeriesMutation.openGap(valid.next(draw), draw), gap -> Policies.json(gap.series), gap -> {
            List<ValidationReport> reports = VALIDATOR.validateAll(gap.series);

            assertThat(findings(reports)).singleElement().satisfies(finding -> {
                assertThat(finding.ruleId()).isEqualTo(COVERAGE);
                assertThat(finding.values()).contains(entry("from", gap.from.toString()), entry("to", gap.to.toString()),
                        entry("previousPolicy", gap.series.get(gap.before).id()));
            });
            assertThat(reports.get(gap.before + 1).findings()).hasSize(1);
        });
    }

    @Test
    void aSeriesJudgedFiveYearsOnIsOverdueOnItsLatestPolicyAlone() {
        SERIES.check(Policies.validSeries(FEWEST, MOST), Policies::json, series -> {
            List<ValidationReport> reports = FIVE_YEARS_LATER.validateAll(series);

            assertThat(reports.subList(0, reports.size() - 1)).allSatisfy(r -> assertThat(r.findings()).isEmpty());
            assertThat(reports.get(reports.size() - 1).findings()).isNotEmpty()
                    .allSatisfy(f -> assertThat(f.ruleId()).isEqualTo(READOPTED));
        });
    }

    private static List<Finding> findings(List<ValidationReport> reports) {
        return reports.stream().flatMap(r -> r.findings().stream()).collect(Collectors.toList());
    }

    private static Set<String> ruleIds(List<ValidationReport> reports) {
        return findings(reports).stream().map(Finding::ruleId).collect(Collectors.toSet());
    }
}
