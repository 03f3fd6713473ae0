package io.github.ivplib.validation.politiewet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static io.github.ivplib.validation.politiewet.SeriesTesting.adoption;
import static io.github.ivplib.validation.politiewet.SeriesTesting.all;
import static io.github.ivplib.validation.politiewet.SeriesTesting.findings;
import static io.github.ivplib.validation.politiewet.SeriesTesting.reportsAsOf;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.github.ivplib.model.BoundedDate;
import io.github.ivplib.model.ImmutableSafetyPolicy;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.adoption.Predecessor;
import io.github.ivplib.model.municipality.FormerMunicipality;
import io.github.ivplib.model.municipality.ImmutableMunicipality;
import io.github.ivplib.model.municipality.Municipality;
import io.github.ivplib.validation.Finding;
import io.github.ivplib.validation.ValidPolicy;
import io.github.ivplib.validation.ValidationReport;

/**
 * Mergers (herindelingen): the series rules follow the plans of former municipalities into the
 * new one, for a new municipality with a new CBS code and for one that kept its own.
 */
class MergersTest {

    private static final String READOPTED = "politiewet-38b/readopted-within-four-years";
    private static final String READOPTION_NOT_JUDGED = "politiewet-38b/readoption-not-judged";
    private static final String COVERAGE = "politiewet-38b/continuous-coverage";
    private static final String COVERAGE_NOT_JUDGED = "politiewet-38b/coverage-not-judged";
    private static final List<String> SERIES_RULES = List.of(READOPTED, READOPTION_NOT_JUDGED, COVERAGE, COVERAGE_NOT_JUDGED);

    private static final ImmutableSafetyPolicy VALID = ValidPolicy.policy();
    /** Within four years of the new municipality's first adoption, and more than four after the former ones'. */
    private static final LocalDate REFERENCE_DATE = LocalDate.of(2021, 6, 1);

    private static final String WEST_CODE = "GM0901";
    private static final String EAST_CODE = "GM0902";
    private static final String MERGED_CODE = "GM1901";
    private static final LocalDate MERGED_ON = LocalDate.of(2019, 1, 1);
    /** Two years after the merger, when the former municipalities' plans lose their force (Wet arhi, art. 28). */
    private static final LocalDate FORMER_PLANS_LAPSE = LocalDate.of(2020, 12, 31);

    private static final ImmutableMunicipality WEST = municipality("Westdorp", WEST_CODE);
    private static final ImmutableMunicipality EAST = municipality("Oostdorp", EAST_CODE);
    private static final ImmutableMunicipality MERGED = Municipality.builder().name("Samenstad").cbsCode(MERGED_CODE)
            .foundedOn(MERGED_ON)
            .addFormerMunicipalities(former(WEST), former(EAST))
            .build();

    @Test
    void aNewMunicipalitysFirstPlanContinuesTheSeriesOfBothFormerMunicipalities() {
        SafetyPolicy west = policy("westdorp-2016-2019", WEST, day(2015, 12, 17), day(2016, 1, 1), day(2019, 12, 31));
        SafetyPolicy east = policy("oostdorp-2017-2020", EAST, day(2016, 12, 15), day(2017, 1, 1), day(2020, 12, 31));
        SafetyPolicy merged = policy("samenstad-2019-2022", MERGED, day(2019, 6, 20), day(2019, 7, 1), day(2022, 12, 31))
                .withPredecessors(predecessor(WEST), predecessor(EAST));

        List<ValidationReport> reports = reports(west, east, merged);

        assertThat(seriesFindings(reports)).isEmpty();
    }

    @Test
    void withoutTheMergerOnRecordTheFormerMunicipalitiesSeriesEndStale() {
        SafetyPolicy west = policy("westdorp-2016-2019", WEST, day(2015, 12, 17), day(2016, 1, 1), day(2019, 12, 31));
        SafetyPolicy east = policy("oostdorp-2017-2020", EAST, day(2016, 12, 15), day(2017, 1, 1), day(2020, 12, 31));
        Municipality unmerged = MERGED.withFoundedOn(Optional.empty());
        SafetyPolicy merged = policy("samenstad-2019-2022", unmerged, day(2019, 6, 20), day(2019, 7, 1), day(2022, 12, 31));

        List<ValidationReport> reports = reports(west, east, merged);

        assertThat(all(READOPTED, reports)).extracting(f -> f.values().get("date"))
                .containsExactly("2015-12-17", "2016-12-15");
    }

    @Test
    void aNewMunicipalityIsNotUncoveredWhileItsFormerMunicipalitiesPlansStillApply() {
        SafetyPolicy west = policy("westdorp-2016", WEST, day(2015, 12, 17), day(2016, 1, 1), null);
        SafetyPolicy east = policy("oostdorp-2017", EAST, day(2016, 12, 15), day(2017, 1, 1), null);
        SafetyPolicy merged = policy("samenstad-2020-2023", MERGED, day(2019, 11, 21), day(2020, 3, 1), day(2023, 12, 31));

        List<ValidationReport> reports = reports(west, east, merged);

        assertThat(all(COVERAGE, reports)).isEmpty();
    }

    @Test
    void daysAfterTheFirstFormerPlanEndsAndBeforeTheNewPlanStartsAreUncovered() {
        SafetyPolicy west = policy("westdorp-2016-2019", WEST, day(2015, 12, 17), day(2016, 1, 1), day(2019, 6, 30));
        SafetyPolicy east = policy("oostdorp-2017-2020", EAST, day(2016, 12, 15), day(2017, 1, 1), day(2019, 12, 31));
        SafetyPolicy merged = policy("samenstad-2020-2023", MERGED, day(2019, 11, 21), day(2020, 3, 1), day(2023, 12, 31));

        List<ValidationReport> reports = reports(west, east, merged);

        assertThat(findings(COVERAGE, reports.get(2))).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/adoption/entryIntoForce");
            assertThat(f.values()).contains(entry("from", "2019-07-01"), entry("to", "2020-02-29"),
                    entry("previousPolicy", "westdorp-2016-2019"), entry("mergedOn", "2019-01-01"));
            assertThat(f.messages().get("en")).contains("after the merger of 2019-01-01");
        });
        assertThat(findings(COVERAGE, reports.get(0))).isEmpty();
        assertThat(findings(COVERAGE, reports.get(1))).isEmpty();
    }

    @Test
    void formerPlansLoseTheirForceTwoYearsAfterTheMerger() {
        SafetyPolicy west = policy("westdorp-2019-2022", WEST, day(2018, 11, 15), day(2019, 1, 1), day(2022, 12, 31));
        SafetyPolicy east = policy("oostdorp-2019-2022", EAST, day(2018, 11, 16), day(2019, 1, 1), null);
        SafetyPolicy merged = policy("samenstad-2021-2024", MERGED, day(2021, 5, 20), day(2021, 7, 1), day(2024, 12, 31));

        List<ValidationReport> reports = reports(west, east, merged);

        assertThat(all(COVERAGE, reports)).singleElement().satisfies(f -> assertThat(f.values())
                .contains(entry("from", FORMER_PLANS_LAPSE.plusDays(1).toString()), entry("to", "2021-06-30")));
    }

    @Test
    void theNewCouncilMustAdoptWithinFourYearsOfEachFormerCouncilsLastAdoption() {
        SafetyPolicy west = policy("westdorp-2015-2018", WEST, day(2014, 11, 6), day(2015, 1, 1), day(2018, 12, 31));
        SafetyPolicy east = policy("oostdorp-2017-2020", EAST, day(2016, 11, 3), day(2017, 1, 1), day(2020, 12, 31));
        SafetyPolicy merged = policy("samenstad-2019-2022", MERGED, day(2019, 6, 20), day(2019, 7, 1), day(2022, 12, 31));

        List<ValidationReport> reports = reports(west, east, merged);

        assertThat(all(READOPTED, reports)).singleElement().satisfies(f -> {
            assertThat(reports.get(2).findings()).contains(f);
            assertThat(f.values()).contains(entry("previousPolicy", "westdorp-2015-2018"),
                    entry("deadline", "2018-11-06"), entry("date", "2019-06-20"));
        });
    }

    @Test
    void aNewCouncilsAdoptionOfUnknownDateLeavesTheFormerCouncilsLastAdoptionsUnjudged() {
        SafetyPolicy west = policy("westdorp-2016", WEST, day(2015, 12, 17), day(2016, 1, 1), null);
        SafetyPolicy east = policy("oostdorp-2018", EAST, day(2017, 12, 14), day(2018, 1, 1), null);
        SafetyPolicy undated = policy("samenstad-ivp", MERGED, null, null, null);

        List<ValidationReport> reports = reportsAsOf(LocalDate.of(2020, 6, 1), west, east, undated);

        assertThat(all(READOPTED, reports)).isEmpty();
        assertThat(all(READOPTION_NOT_JUDGED, reports)).singleElement().satisfies(f -> {
            assertThat(reports.get(2).findings()).contains(f);
            assertThat(f.pointer()).isEqualTo("/adoption/decisionDate");
        });
    }

    @Test
    void withNoPlanAfterTheMergerEachTerritorysLastAdoptionIsJudgedAgainstTheReferenceDate() {
        Municipality kept = Municipality.builder().name("Westdorp").cbsCode(WEST_CODE).foundedOn(MERGED_ON)
                .addFormerMunicipalities(former(EAST)).build();
        SafetyPolicy westBefore = policy("westdorp-2017-2020", kept, day(2016, 12, 15), day(2017, 1, 1), null);
        SafetyPolicy east = policy("oostdorp-2015-2018", EAST, day(2014, 12, 18), day(2015, 1, 1), null);

        List<ValidationReport> reports = reports(westBefore, east);

        assertThat(findings(READOPTED, reports.get(0))).singleElement()
                .satisfies(f -> assertThat(f.values()).contains(entry("date", "2016-12-15"), entry("deadline", "2020-12-15")));
        assertThat(findings(READOPTED, reports.get(1))).singleElement()
                .satisfies(f -> assertThat(f.values()).contains(entry("date", "2014-12-18"), entry("deadline", "2018-12-18")));
    }

    @Test
    void aMunicipalityThatKeptItsCodeCoversTheTerritoryItTookInOnlyWithItsNewPlan() {
        Municipality kept = Municipality.builder().name("Westdorp").cbsCode(WEST_CODE).foundedOn(MERGED_ON)
                .addFormerMunicipalities(former(EAST)).build();
        SafetyPolicy westBefore = policy("westdorp-2017-2020", WEST, day(2016, 12, 15), day(2017, 1, 1), day(2020, 12, 31));
        SafetyPolicy east = policy("oostdorp-2015-2018", EAST, day(2014, 12, 18), day(2015, 1, 1), day(2018, 12, 31));
        SafetyPolicy westAfter = policy("westdorp-2021-2024", kept, day(2020, 12, 17), day(2021, 1, 1), day(2024, 12, 31));

        List<ValidationReport> reports = reports(westBefore, east, westAfter);

        assertThat(all(COVERAGE, reports)).singleElement().satisfies(f -> {
            assertThat(reports.get(2).findings()).contains(f);
            assertThat(f.ruleId()).isEqualTo(COVERAGE);
            assertThat(f.values()).contains(entry("from", "2019-01-01"), entry("to", "2020-12-31"),
                    entry("previousPolicy", "oostdorp-2015-2018"));
        });
    }

    @Test
    void aFormerMunicipalitysOwnFindingsAreReportedOnceAlthoughItsPlansAreFollowedIntoTheNewSeries() {
        SafetyPolicy west = policy("westdorp-2016-2019", WEST, null, day(2016, 1, 1), day(2019, 12, 31));
        SafetyPolicy east = policy("oostdorp-2017-2020", EAST, day(2016, 12, 15), day(2017, 1, 1), day(2020, 12, 31));
        SafetyPolicy merged = policy("samenstad-2019-2022", MERGED, day(2019, 6, 20), day(2019, 7, 1), day(2022, 12, 31));

        List<ValidationReport> reports = reports(west, east, merged);

        assertThat(all(READOPTION_NOT_JUDGED, reports)).singleElement().satisfies(f -> {
            assertThat(reports.get(2).findings()).contains(f);
            assertThat(f.messages().get("en")).startsWith("Whether the council readopted within four years of adopting");
            assertThat(f.values()).contains(entry("previousPolicy", "westdorp-2016-2019"), entry("previousDate", "..2016-01-01"));
        });
    }

    @Test
    void aSecondMergerFollowsThePlansOfTheFirstMergersFormerMunicipalitiesToo() {
        Municipality larger = Municipality.builder().name("Grootstad").cbsCode("GM1950").foundedOn(LocalDate.of(2023, 1, 1))
                .addFormerMunicipalities(former(MERGED)).build();
        SafetyPolicy west = policy("westdorp-2015-2018", WEST, day(2014, 11, 6), day(2015, 1, 1), day(2018, 12, 31));
        SafetyPolicy merged = policy("samenstad-2019-2022", MERGED, day(2019, 6, 20), day(2019, 7, 1), day(2022, 6, 30));
        SafetyPolicy largest = policy("grootstad-2023-2026", larger, day(2022, 12, 15), day(2023, 1, 1), day(2026, 12, 31));

        List<ValidationReport> reports = reports(west, merged, largest);

        assertThat(findings(COVERAGE, reports.get(1))).singleElement()
                .satisfies(f -> assertThat(f.values()).contains(entry("from", "2019-01-01"), entry("to", "2019-06-30")));
        assertThat(findings(COVERAGE, reports.get(2))).singleElement()
                .satisfies(f -> assertThat(f.values()).contains(entry("from", "2022-07-01"), entry("to", "2022-12-31"),
                        entry("previousPolicy", "samenstad-2019-2022")));
    }

    @Test
    void municipalitiesThatNameEachOtherAsFormerAreJudgedWithoutFollowingTheCircle() {
        Municipality west = WEST.withFoundedOn(MERGED_ON).withFormerMunicipalities(former(EAST), former(WEST));
        Municipality east = EAST.withFoundedOn(MERGED_ON).withFormerMunicipalities(former(WEST));
        SafetyPolicy westPlan = policy("westdorp-2019-2022", west, day(2018, 12, 13), day(2019, 1, 1), day(2022, 12, 31));
        SafetyPolicy eastPlan = policy("oostdorp-2019-2022", east, day(2018, 12, 13), day(2019, 1, 1), day(2022, 12, 31));

        List<ValidationReport> reports = reports(westPlan, eastPlan);

        assertThat(seriesFindings(reports)).isEmpty();
    }

    @Test
    void aPredecessorPlanNeedsNoTitleWhereTheRecordDoesNotNameIt() {
        Predecessor untitled = predecessor(WEST);

        assertThat(untitled.title()).isEmpty();
        assertThat(untitled.municipality()).contains("Westdorp");
    }

    // --- helpers

    private static ImmutableMunicipality municipality(String name, String code) {
        return Municipality.builder().name(name).cbsCode(code).build();
    }

    private static FormerMunicipality former(Municipality municipality) {
        return FormerMunicipality.builder().name(municipality.name()).cbsCode(municipality.cbsCode()).build();
    }

    private static Predecessor predecessor(Municipality municipality) {
        return Predecessor.builder().municipality(municipality.name()).build();
    }

    private static BoundedDate day(int year, int month, int day) {
        return BoundedDate.on(LocalDate.of(year, month, day));
    }

    private static ImmutableSafetyPolicy policy(String id, Municipality municipality, BoundedDate decided,
            BoundedDate from, BoundedDate until) {
        return VALID.withId(id).withMunicipality(municipality).withAdoption(adoption(decided, from, until));
    }

    private static List<ValidationReport> reports(SafetyPolicy... policies) {
        return reportsAsOf(REFERENCE_DATE, policies);
    }

    private static List<Finding> seriesFindings(List<ValidationReport> reports) {
        return reports.stream().flatMap(r -> r.findings().stream())
                .filter(f -> SERIES_RULES.contains(f.ruleId())).collect(Collectors.toList());
    }
}
