package io.github.ivplib.validation.politiewet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.github.ivplib.model.BoundedDate;
import io.github.ivplib.model.ImmutableSafetyPolicy;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.adoption.Adoption;
import io.github.ivplib.model.adoption.Extension;
import io.github.ivplib.model.adoption.ImmutableAdoption;
import io.github.ivplib.model.governance.Actor;
import io.github.ivplib.model.municipality.ImmutableMunicipality;
import io.github.ivplib.validation.Finding;
import io.github.ivplib.validation.RuleTesting;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.ValidPolicy;
import io.github.ivplib.validation.ValidationReport;
import io.github.ivplib.validation.Validator;

class PolitiewetSeriesRulesTest {

    private static final String READOPTED = "politiewet-38b/readopted-within-four-years";
    private static final String COVERAGE = "politiewet-38b/continuous-coverage";
    private static final String COVERAGE_NOT_JUDGED = "politiewet-38b/coverage-not-judged";

    private static final ImmutableSafetyPolicy VALID = ValidPolicy.policy();
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** The reference date of most tests: well within four years of the adoptions they judge. */
    private static final LocalDate REFERENCE_DATE = LocalDate.of(2025, 6, 1);

    private static final LocalDate LEAP_DAY_2020 = LocalDate.of(2020, 2, 29);
    private static final LocalDate LEAP_DAY_2024 = LocalDate.of(2024, 2, 29);
    private static final LocalDate DAY_AFTER_LEAP_DAY_2024 = LocalDate.of(2024, 3, 1);

    private static final LocalDate JAN_1_2016 = LocalDate.of(2016, 1, 1);
    private static final LocalDate DEC_31_2019 = LocalDate.of(2019, 12, 31);
    private static final LocalDate JAN_1_2020 = LocalDate.of(2020, 1, 1);
    private static final LocalDate DEC_30_2023 = LocalDate.of(2023, 12, 30);
    private static final LocalDate DEC_31_2023 = LocalDate.of(2023, 12, 31);
    private static final LocalDate JAN_1_2024 = LocalDate.of(2024, 1, 1);
    private static final LocalDate DEC_31_2027 = LocalDate.of(2027, 12, 31);

    // --- politiewet-38b/readopted-within-four-years

    @Test
    void aSuccessorAdoptedWithinFourYearsPasses() {
        List<List<Finding>> found = findings(READOPTED, REFERENCE_DATE,
                adopted("ivp-2020-2023", LocalDate.of(2019, 12, 12)),
                adopted("ivp-2024-2027", LocalDate.of(2023, 11, 9)));

        assertThat(found).allSatisfy(f -> assertThat(f).isEmpty());
    }

    @Test
    void aSuccessorAdoptedOnTheDayFourYearsLaterPasses() {
        List<List<Finding>> found = findings(READOPTED, REFERENCE_DATE,
                adopted("ivp-2020-2023", LocalDate.of(2019, 11, 7)),
                adopted("ivp-2024-2027", LocalDate.of(2023, 11, 7)));

        assertThat(found).allSatisfy(f -> assertThat(f).isEmpty());
    }

    @Test
    void aSuccessorAdoptedOneDayLateIsOverdueOnTheLaterPolicy() {
        List<List<Finding>> found = findings(READOPTED, REFERENCE_DATE,
                adopted("ivp-2020-2023", LocalDate.of(2019, 11, 7)),
                adopted("ivp-2024-2027", LocalDate.of(2023, 11, 8)));

        assertThat(found.get(0)).isEmpty();
        assertThat(found.get(1)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.pointer()).isEqualTo("/adoption/decisionDate");
            assertThat(f.values()).containsExactly(entry("previousPolicy", "ivp-2020-2023"),
                    entry("previousDate", "2019-11-07"), entry("deadline", "2023-11-07"), entry("date", "2023-11-08"),
                    entry("overdueFrom", "2023-11-08"), entry("overdueTo", "2023-11-08"));
        });
    }

    @Test
    void aSuccessorAdoptedMonthsLateIsReportedWithTheOverdueSpanWhateverTheOrderGiven() {
        List<List<Finding>> found = findings(READOPTED, REFERENCE_DATE,
                adopted("ivp-2024-2027", LocalDate.of(2024, 3, 14)),
                adopted("ivp-2020-2023", LocalDate.of(2019, 11, 7)));

        assertThat(found.get(1)).isEmpty();
        assertThat(found.get(0)).singleElement().satisfies(f -> assertThat(f.values())
                .contains(entry("previousPolicy", "ivp-2020-2023"), entry("deadline", "2023-11-07"),
                        entry("overdueFrom", "2023-11-08"), entry("overdueTo", "2024-03-14")));
    }

    @Test
    void anAdoptionOnALeapDayMayBeRenewedOnTheLeapDayFourYearsLater() {
        List<List<Finding>> found = findings(READOPTED, REFERENCE_DATE,
                adopted("ivp-2020-2023", LEAP_DAY_2020), adopted("ivp-2024-2027", LEAP_DAY_2024));

        assertThat(found).allSatisfy(f -> assertThat(f).isEmpty());
    }

    @Test
    void anAdoptionOnALeapDayRenewedOnTheFirstOfMarchIsOverdue() {
        List<List<Finding>> found = findings(READOPTED, REFERENCE_DATE,
                adopted("ivp-2020-2023", LEAP_DAY_2020), adopted("ivp-2024-2027", DAY_AFTER_LEAP_DAY_2024));

        assertThat(found.get(1)).singleElement().satisfies(f -> assertThat(f.values())
                .contains(entry("deadline", "2024-02-29"), entry("overdueFrom", "2024-03-01")));
    }

    @Test
    void aLatestAdoptionOlderThanFourYearsOnTheReferenceDateIsStale() {
        List<List<Finding>> found = findings(READOPTED, REFERENCE_DATE,
                adopted("ivp-2016-2019", LocalDate.of(2015, 12, 17)),
                adopted("ivp-2020-2023", LocalDate.of(2019, 12, 12)));

        assertThat(found.get(0)).isEmpty();
        assertThat(found.get(1)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.pointer()).isEqualTo("/adoption/decisionDate");
            assertThat(f.values()).containsExactly(entry("date", "2019-12-12"), entry("deadline", "2023-12-12"),
                    entry("referenceDate", "2025-06-01"), entry("overdueFrom", "2023-12-13"),
                    entry("overdueTo", "2025-06-01"));
        });
    }

    @Test
    void aLeapDayAdoptionIsNotStaleOnTheLeapDayFourYearsLater() {
        assertThat(findings(READOPTED, LEAP_DAY_2024, adopted("ivp-2020-2023", LEAP_DAY_2020)).get(0)).isEmpty();
    }

    @Test
    void aLeapDayAdoptionIsStaleOnTheFirstOfMarchFourYearsLater() {
        List<Finding> found = findings(READOPTED, DAY_AFTER_LEAP_DAY_2024,
                adopted("ivp-2020-2023", LEAP_DAY_2020)).get(0);

        assertThat(found).singleElement().satisfies(f -> assertThat(f.values())
                .containsExactly(entry("date", "2020-02-29"), entry("deadline", "2024-02-29"),
                        entry("referenceDate", "2024-03-01"), entry("overdueFrom", "2024-03-01"),
                        entry("overdueTo", "2024-03-01")));
    }

    @Test
    void aPolicyWithoutDecisionDateIsNotJudged() {
        ImmutableSafetyPolicy undated = undated("ivp-zonder-datum");

        assertThat(findings(READOPTED, REFERENCE_DATE, undated).get(0)).isEmpty();
    }

    @Test
    void aPolicyWithoutDecisionDateDoesNotCountAsAnAdoption() {
        List<List<Finding>> found = findings(READOPTED, LocalDate.of(2022, 6, 1),
                adopted("ivp-2016-2019", LocalDate.of(2015, 12, 17)),
                undated("ivp-zonder-datum"),
                adopted("ivp-2021-2024", LocalDate.of(2021, 1, 28)));

        assertThat(found.get(1)).isEmpty();
        assertThat(found.get(2)).singleElement().satisfies(f -> assertThat(f.values())
                .contains(entry("previousPolicy", "ivp-2016-2019"), entry("deadline", "2019-12-17")));
    }

    @Test
    void policiesOfTwoMunicipalitiesAreTwoSeries() {
        ImmutableSafetyPolicy venlo = adopted("venlo-ivb-2015-2018", LocalDate.of(2015, 1, 1))
                .withMunicipality(ImmutableMunicipality.copyOf(VALID.municipality()).withCbsCode("GM0983"));

        List<List<Finding>> found = findings(READOPTED, LocalDate.of(2018, 6, 1),
                venlo, adopted("voorbeeldstad-ivp-2020-2023", LocalDate.of(2020, 1, 1)));

        assertThat(found).allSatisfy(f -> assertThat(f).isEmpty());
    }

    // --- politiewet-38b/continuous-coverage

    @Test
    void aSuccessorStartingTheDayAfterThePreviousEndsPasses() {
        List<List<Finding>> found = findings(COVERAGE, REFERENCE_DATE,
                inForce("ivp-2020-2023", JAN_1_2020, DEC_31_2023), inForce("ivp-2024-2027", JAN_1_2024, DEC_31_2027));

        assertThat(found).allSatisfy(f -> assertThat(f).isEmpty());
    }

    @Test
    void aGapOfOneDayIsReportedOnThePolicyWhoseStartEndsIt() {
        List<List<Finding>> found = findings(COVERAGE, REFERENCE_DATE,
                inForce("ivp-2020-2023", JAN_1_2020, DEC_30_2023), inForce("ivp-2024-2027", JAN_1_2024, DEC_31_2027));

        assertThat(found.get(0)).isEmpty();
        assertThat(found.get(1)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.pointer()).isEqualTo("/adoption/entryIntoForce");
            assertThat(f.values()).containsExactly(entry("from", "2023-12-31"), entry("to", "2023-12-31"),
                    entry("days", "1"), entry("previousPolicy", "ivp-2020-2023"));
        });
    }

    @Test
    void aGapOverALeapDayCountsItsDaysInTheCalendar() {
        List<List<Finding>> found = findings(COVERAGE, REFERENCE_DATE,
                inForce("ivp-2020-2023", JAN_1_2020, LocalDate.of(2024, 2, 27)),
                inForce("ivp-2024-2027", DAY_AFTER_LEAP_DAY_2024, DEC_31_2027));

        assertThat(found.get(1)).singleElement().satisfies(f -> assertThat(f.values())
                .containsExactly(entry("from", "2024-02-28"), entry("to", "2024-02-29"), entry("days", "2"),
                        entry("previousPolicy", "ivp-2020-2023")));
    }

    @Test
    void aGapIsFoundWhateverTheOrderThePoliciesAreGivenIn() {
        List<List<Finding>> found = findings(COVERAGE, REFERENCE_DATE,
                inForce("ivp-2024-2027", JAN_1_2024, DEC_31_2027), inForce("ivp-2020-2023", JAN_1_2020, DEC_30_2023));

        assertThat(found.get(1)).isEmpty();
        assertThat(found.get(0)).singleElement().satisfies(f -> assertThat(f.values())
                .contains(entry("from", "2023-12-31"), entry("previousPolicy", "ivp-2020-2023")));
    }

    @Test
    void everyGapIsReportedOnItsOwn() {
        List<List<Finding>> found = findings(COVERAGE, REFERENCE_DATE,
                inForce("ivp-2016-2019", JAN_1_2016, LocalDate.of(2019, 11, 30)),
                inForce("ivp-2020-2023", JAN_1_2020, DEC_30_2023),
                inForce("ivp-2024-2027", JAN_1_2024, DEC_31_2027));

        assertThat(found.get(0)).isEmpty();
        assertThat(found.get(1)).singleElement().satisfies(f -> assertThat(f.values())
                .contains(entry("from", "2019-12-01"), entry("to", "2019-12-31"), entry("days", "31")));
        assertThat(found.get(2)).singleElement().satisfies(f -> assertThat(f.values())
                .contains(entry("from", "2023-12-31"), entry("days", "1")));
    }

    @Test
    void anExtensionClosesTheGapUpToItsNewLastDay() {
        ImmutableSafetyPolicy extended = inForce("ivp-2020-2022", JAN_1_2020, LocalDate.of(2022, 12, 31))
                .withAdoption(adoption(JAN_1_2020, LocalDate.of(2022, 12, 31))
                        .withExtensions(Extension.builder().until(BoundedDate.on(DEC_31_2023)).decidedBy(Actor.COUNCIL).build()));

        List<List<Finding>> found = findings(COVERAGE, REFERENCE_DATE,
                extended, inForce("ivp-2024-2027", JAN_1_2024, DEC_31_2027));

        assertThat(found).allSatisfy(f -> assertThat(f).isEmpty());
    }

    @Test
    void aGapAfterTheLatestExtensionIsReportedFromTheDayAfterIt() {
        ImmutableSafetyPolicy extended = inForce("ivp-2020-2022", JAN_1_2020, LocalDate.of(2022, 12, 31))
                .withAdoption(adoption(JAN_1_2020, LocalDate.of(2022, 12, 31)).withExtensions(
                        Extension.builder().until(BoundedDate.on(LocalDate.of(2023, 6, 30))).build(),
                        Extension.builder().until(BoundedDate.on(LocalDate.of(2023, 3, 31))).build()));

        List<List<Finding>> found = findings(COVERAGE, REFERENCE_DATE,
                extended, inForce("ivp-2024-2027", JAN_1_2024, DEC_31_2027));

        assertThat(found.get(1)).singleElement().satisfies(f -> assertThat(f.values())
                .containsExactly(entry("from", "2023-07-01"), entry("to", "2023-12-31"), entry("days", "184"),
                        entry("previousPolicy", "ivp-2020-2022")));
    }

    @Test
    void retroactiveEffectClosesTheGapBeforeTheEntryIntoForce() {
        ImmutableSafetyPolicy late = inForce("ivp-2024-2027", LocalDate.of(2024, 3, 1), DEC_31_2027);
        late = late.withAdoption(ImmutableAdoption.copyOf(late.adoption()).withRetroactiveFrom(BoundedDate.on(JAN_1_2024)));

        List<List<Finding>> found = findings(COVERAGE, REFERENCE_DATE,
                inForce("ivp-2020-2023", JAN_1_2020, DEC_31_2023), late);

        assertThat(found).allSatisfy(f -> assertThat(f).isEmpty());
    }

    @Test
    void aGapBeforeTheRetroactiveStartIsReportedAtTheRetroactiveDate() {
        ImmutableSafetyPolicy late = inForce("ivp-2024-2027", LocalDate.of(2024, 3, 1), DEC_31_2027);
        late = late.withAdoption(ImmutableAdoption.copyOf(late.adoption())
                .withRetroactiveFrom(BoundedDate.on(LocalDate.of(2024, 2, 1))));

        List<List<Finding>> found = findings(COVERAGE, REFERENCE_DATE,
                inForce("ivp-2020-2023", JAN_1_2020, DEC_31_2023), late);

        assertThat(found.get(1)).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/adoption/retroactiveFrom");
            assertThat(f.values()).containsExactly(entry("from", "2024-01-01"), entry("to", "2024-01-31"),
                    entry("days", "31"), entry("previousPolicy", "ivp-2020-2023"));
        });
    }

    @Test
    void twoOverlappingPredecessorsFollowedByOneSuccessorLeaveNoGap() {
        List<List<Finding>> found = findings(COVERAGE, REFERENCE_DATE,
                inForce("venlo-ivp-2016-2019", JAN_1_2016, DEC_31_2019),
                inForce("tegelen-ivp-2017-2018", LocalDate.of(2017, 7, 1), LocalDate.of(2018, 12, 31)),
                inForce("venlo-ivp-2020-2023", JAN_1_2020, DEC_31_2023));

        assertThat(found).allSatisfy(f -> assertThat(f).isEmpty());
    }

    @Test
    void aGapAfterTwoPredecessorsStartsAfterTheOneThatEndsLast() {
        List<List<Finding>> found = findings(COVERAGE, REFERENCE_DATE,
                inForce("venlo-ivp-2016-2019", JAN_1_2016, LocalDate.of(2019, 9, 30)),
                inForce("tegelen-ivp-2015-2019", LocalDate.of(2015, 1, 1), LocalDate.of(2019, 6, 30)),
                inForce("venlo-ivp-2020-2023", JAN_1_2020, DEC_31_2023));

        assertThat(found.get(2)).singleElement().satisfies(f -> assertThat(f.values())
                .containsExactly(entry("from", "2019-10-01"), entry("to", "2019-12-31"), entry("days", "92"),
                        entry("previousPolicy", "venlo-ivp-2016-2019")));
    }

    @Test
    void aPolicyWithoutEndStaysInForceUntilTheNextStarts() {
        List<List<Finding>> found = findings(COVERAGE, REFERENCE_DATE,
                inForce("ivp-2016-2019", JAN_1_2016, null),
                inForce("ivp-2020-2023", LocalDate.of(2021, 4, 1), DEC_31_2023));

        assertThat(found).allSatisfy(f -> assertThat(f).isEmpty());
    }

    @Test
    void aPolicyWithoutEndLapsesWhenTheNextStarts() {
        List<List<Finding>> found = findings(COVERAGE, REFERENCE_DATE,
                inForce("ivp-2016-2019", JAN_1_2016, null),
                inForce("ivp-2020-2021", JAN_1_2020, LocalDate.of(2021, 12, 31)),
                inForce("ivp-2023-2026", LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31)));

        assertThat(found.get(2)).singleElement().satisfies(f -> assertThat(f.values())
                .containsExactly(entry("from", "2022-01-01"), entry("to", "2022-12-31"), entry("days", "365"),
                        entry("previousPolicy", "ivp-2020-2021")));
    }

    @Test
    void aPolicyWithoutStartIsNotJudged() {
        ImmutableSafetyPolicy undated = undated("ivp-zonder-datum");

        List<List<Finding>> found = findings(COVERAGE, REFERENCE_DATE,
                inForce("ivp-2016-2019", JAN_1_2016, DEC_31_2019), undated,
                inForce("ivp-2020-2023", JAN_1_2020, DEC_31_2023));

        assertThat(found).allSatisfy(f -> assertThat(f).isEmpty());
    }

    @Test
    void aPolicyWithAnEndButNoStartLeavesTheDaysItMayHaveCoveredOpenInsteadOfCallingThemAGap() {
        ImmutableSafetyPolicy endOnly = endingOn("ivp-zonder-begin", DEC_31_2027);

        List<ValidationReport> reports = reports(REFERENCE_DATE, inForce("ivp-2016-2019", JAN_1_2016, DEC_31_2019),
                endOnly, inForce("ivp-2021-2024", LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31)));

        assertThat(reports).allSatisfy(r -> assertThat(RuleTesting.findings(COVERAGE, r)).isEmpty());
        // it may have covered 2020, between its neighbours, and 2025-2027, after the last of them
        assertThat(RuleTesting.findings(COVERAGE_NOT_JUDGED, reports.get(1))).hasSize(2).first().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.pointer()).isEqualTo("/adoption/entryIntoForce");
            assertThat(f.values()).containsExactly(entry("from", "2020-01-01"), entry("to", "2020-12-31"),
                    entry("days", "366"), entry("field", "entryIntoForce"), entry("date", ""));
        });
        assertThat(RuleTesting.findings(COVERAGE_NOT_JUDGED, reports.get(1)).get(1).values())
                .contains(entry("from", "2025-01-01"), entry("to", "2027-12-31"));
    }

    @Test
    void aPolicyWithAnEndButNoStartStillShowsTheGapAfterItsEnd() {
        ImmutableSafetyPolicy endOnly = endingOn("ivp-zonder-begin", LocalDate.of(2020, 6, 30));

        List<List<Finding>> found = findings(COVERAGE, REFERENCE_DATE, inForce("ivp-2016-2019", JAN_1_2016, DEC_31_2019),
                endOnly, inForce("ivp-2021-2024", LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31)));

        assertThat(found.get(2)).singleElement().satisfies(f -> assertThat(f.values())
                .containsExactly(entry("from", "2020-07-01"), entry("to", "2020-12-31"), entry("days", "184"),
                        entry("previousPolicy", "ivp-zonder-begin")));
    }

    @Test
    void aSuccessorKnownToStartInSomeDayOfAYearLeavesNoDayOpenAfterAPredecessorInForceUntilItStarts() {
        ImmutableSafetyPolicy untilSuccessor = inForce("ivp-2016-2019", JAN_1_2016, null);
        ImmutableSafetyPolicy startsIn2020 = VALID.withId("ivp-2020-2023").withAdoption(Adoption.builder()
                .adoptedBy(Actor.COUNCIL).entryIntoForce(BoundedDate.in(Year.of(2020)))
                .endDate(BoundedDate.on(DEC_31_2023)).build());

        List<List<Finding>> found = findings(COVERAGE_NOT_JUDGED, REFERENCE_DATE, untilSuccessor, startsIn2020);

        // whatever day of 2020 the successor started, the predecessor was in force until then
        assertThat(found).allSatisfy(f -> assertThat(f).isEmpty());
    }

    @Test
    void theDaysLeftOpenOnEitherSideOfAProvenGapAreToldApartWithoutTheGap() {
        // ended some day of 2019; started some day from 1 March to 30 June 2020: January and
        // February 2020 are a proven gap, the days around it are open
        ImmutableSafetyPolicy endsIn2019 = VALID.withId("ivp-2016-2019").withAdoption(Adoption.builder()
                .adoptedBy(Actor.COUNCIL).entryIntoForce(BoundedDate.on(JAN_1_2016))
                .endDate(BoundedDate.in(Year.of(2019))).build());
        ImmutableSafetyPolicy startsInSpring = VALID.withId("ivp-2020-2023").withAdoption(Adoption.builder()
                .adoptedBy(Actor.COUNCIL).entryIntoForce(BoundedDate.between(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 6, 30)))
                .endDate(BoundedDate.on(DEC_31_2023)).build());

        List<List<Finding>> found = findings(COVERAGE_NOT_JUDGED, REFERENCE_DATE, endsIn2019, startsInSpring);

        assertThat(found.get(0)).singleElement().satisfies(f -> assertThat(f.values())
                .contains(entry("from", "2019-01-02"), entry("to", "2019-12-31"), entry("field", "endDate")));
        assertThat(found.get(1)).singleElement().satisfies(f -> assertThat(f.values())
                .contains(entry("from", "2020-03-01"), entry("to", "2020-06-29"), entry("field", "entryIntoForce")));
    }

    @Test
    void policiesOfASeriesWhereNoneHasAKnownStartAreEachUnplaced() {
        List<List<Finding>> found = findings(COVERAGE_NOT_JUDGED, REFERENCE_DATE, undated("ivp-a"), undated("ivp-b"));

        assertThat(found).allSatisfy(f -> assertThat(f).singleElement()
                .satisfies(finding -> assertThat(finding.messages().get("en")).startsWith("No policy of this series")));
    }

    @Test
    void aSeriesOfOnePolicyWithoutAKnownStartIsNotCalledUnplaced() {
        assertThat(findings(COVERAGE_NOT_JUDGED, REFERENCE_DATE, undated("ivp-a")).get(0)).isEmpty();
    }

    // --- messages

    @Test
    void everySeriesFindingHasBothMessagesFilledIn() {
        ImmutableSafetyPolicy first = VALID.withId("ivp-2016-2019")
                .withAdoption(adoption(JAN_1_2016, DEC_31_2019).withDecisionDate(BoundedDate.on(LocalDate.of(2015, 12, 17))));
        ImmutableSafetyPolicy lateAndStale = VALID.withId("ivp-2021-2024")
                .withAdoption(adoption(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31))
                        .withDecisionDate(BoundedDate.on(LocalDate.of(2020, 12, 17))));

        List<Finding> found = reports(REFERENCE_DATE, first, lateAndStale).stream()
                .flatMap(report -> report.findings().stream())
                .filter(f -> f.ruleId().equals(READOPTED) || f.ruleId().equals(COVERAGE))
                .collect(Collectors.toList());

        assertThat(found).extracting(Finding::ruleId).containsExactlyInAnyOrder(READOPTED, READOPTED, COVERAGE);
        assertThat(found).allSatisfy(f -> {
            assertThat(f.messages()).containsOnlyKeys("nl", "en");
            assertThat(f.messages().values()).allSatisfy(m -> assertThat(m).isNotBlank().doesNotContain("{"));
        });
        assertThat(found).filteredOn(f -> f.ruleId().equals(COVERAGE)).singleElement()
                .satisfies(f -> assertThat(f.messages().get("nl")).contains("2020-01-01").contains("ivp-2016-2019"));
    }

    // --- helpers

    /**
     * Validates policies as one register does, on a fixed reference date, and keeps one rule's
     * findings per policy, in the order given.
     */
    private static List<List<Finding>> findings(String ruleId, LocalDate referenceDate, SafetyPolicy... policies) {
        return reports(referenceDate, policies).stream()
                .map(report -> RuleTesting.findings(ruleId, report))
                .collect(Collectors.toList());
    }

    private static List<ValidationReport> reports(LocalDate referenceDate, SafetyPolicy... policies) {
        Validator validator = Validator.builder()
                .clock(Clock.fixed(referenceDate.atStartOfDay(ZONE).toInstant(), ZONE))
                .build();
        return validator.validateAll(List.of(policies));
    }

    private static ImmutableSafetyPolicy adopted(String id, LocalDate decisionDate) {
        return VALID.withId(id)
                .withAdoption(Adoption.builder().adoptedBy(Actor.COUNCIL).decisionDate(BoundedDate.on(decisionDate)).build());
    }

    /** @return a policy whose source gives no dates at all */
    private static ImmutableSafetyPolicy endingOn(String id, LocalDate end) {
        return VALID.withId(id).withAdoption(Adoption.builder().adoptedBy(Actor.COUNCIL).endDate(BoundedDate.on(end)).build());
    }

    private static ImmutableSafetyPolicy undated(String id) {
        return VALID.withId(id).withAdoption(Adoption.builder().adoptedBy(Actor.COUNCIL).build());
    }

    private static ImmutableSafetyPolicy inForce(String id, LocalDate from, LocalDate until) {
        return VALID.withId(id).withAdoption(adoption(from, until));
    }

    private static ImmutableAdoption adoption(LocalDate from, LocalDate until) {
        return Adoption.builder().adoptedBy(Actor.COUNCIL).entryIntoForce(BoundedDate.on(from))
                .endDate(java.util.Optional.ofNullable(until).map(BoundedDate::on)).build();
    }
}
