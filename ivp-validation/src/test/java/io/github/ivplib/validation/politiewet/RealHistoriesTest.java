package io.github.ivplib.validation.politiewet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static io.github.ivplib.validation.politiewet.SeriesTesting.adoption;
import static io.github.ivplib.validation.politiewet.SeriesTesting.all;
import static io.github.ivplib.validation.politiewet.SeriesTesting.findings;
import static io.github.ivplib.validation.politiewet.SeriesTesting.reportsAsOf;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.ivplib.model.BoundedDate;
import io.github.ivplib.model.ImmutableSafetyPolicy;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.YearRange;
import io.github.ivplib.model.adoption.Adoption;
import io.github.ivplib.model.adoption.AdoptionDateKind;
import io.github.ivplib.model.adoption.Extension;
import io.github.ivplib.model.adoption.ImmutableAdoption;
import io.github.ivplib.model.adoption.ReportedDate;
import io.github.ivplib.model.cycle.Milestone;
import io.github.ivplib.model.cycle.MilestoneKind;
import io.github.ivplib.model.governance.Actor;
import io.github.ivplib.validation.Finding;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.ValidPolicy;
import io.github.ivplib.validation.ValidationReport;
import io.github.ivplib.validation.Validator;

/**
 * Shapes real policy histories take, each as a small series built here, with the exact findings
 * of the Politiewet rules: partial dates, disagreeing sources, plans in force past their period,
 * extensions before and after the lapse, retroactive effect, a council that only takes note of
 * part 2, a five-year label and an unknown adopting body.
 */
class RealHistoriesTest {

    private static final String READOPTED = "politiewet-38b/readopted-within-four-years";
    private static final String READOPTION_NOT_JUDGED = "politiewet-38b/readoption-not-judged";
    private static final String COVERAGE = "politiewet-38b/continuous-coverage";
    private static final String COVERAGE_NOT_JUDGED = "politiewet-38b/coverage-not-judged";
    private static final String ADOPTED_BY_COUNCIL = "politiewet-38b/adopted-by-council";
    private static final String ADOPTION_NOT_JUDGED = "politiewet-38b/adoption-not-judged";
    private static final String SOURCES_AGREE = "politiewet-38b/sources-agree";
    private static final String PERIOD = "politiewet-38b/period-at-most-four-years";
    private static final String ACTOR_COMPETENT = "pc-cycle/actor-competent";

    private static final ImmutableSafetyPolicy VALID = ValidPolicy.policy();
    /** The reference date of most tests: within four years of the latest adoption they judge. */
    private static final LocalDate REFERENCE_DATE = LocalDate.of(2021, 6, 1);

    private static final LocalDate JAN_1_2016 = LocalDate.of(2016, 1, 1);
    private static final LocalDate DEC_31_2019 = LocalDate.of(2019, 12, 31);
    private static final LocalDate JAN_1_2020 = LocalDate.of(2020, 1, 1);
    private static final LocalDate JAN_1_2021 = LocalDate.of(2021, 1, 1);
    private static final LocalDate DEC_31_2020 = LocalDate.of(2020, 12, 31);
    private static final LocalDate DEC_31_2023 = LocalDate.of(2023, 12, 31);
    private static final LocalDate JAN_1_2024 = LocalDate.of(2024, 1, 1);
    private static final LocalDate DEC_31_2027 = LocalDate.of(2027, 12, 31);

    // --- a decision date or an entry into force the record does not know

    @Test
    void aPolicyWithOnlyItsEntryIntoForceKnownIsCoveredButItsReadoptionIsNotJudged() {
        SafetyPolicy first = policy("ivp-2016-2019", day(LocalDate.of(2015, 12, 17)), day(JAN_1_2016), day(DEC_31_2019));
        SafetyPolicy second = policy("ivp-2020-2023", null, day(JAN_1_2020), day(DEC_31_2023));

        List<ValidationReport> reports = reports(first, second);

        assertThat(all(COVERAGE, reports)).isEmpty();
        assertThat(all(READOPTED, reports)).isEmpty();
        assertThat(findings(READOPTION_NOT_JUDGED, reports.get(1))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.pointer()).isEqualTo("/adoption/decisionDate");
        });
    }

    @Test
    void aPolicyWithOnlyItsDecisionDateKnownLeavesTheDaysBeforeItsEndOpenNotUncovered() {
        SafetyPolicy first = policy("ivp-2016-2019", day(LocalDate.of(2015, 12, 17)), day(JAN_1_2016), day(DEC_31_2019));
        SafetyPolicy second = policy("ivp-2020-2023", day(LocalDate.of(2020, 3, 12)), null, day(DEC_31_2023));

        List<ValidationReport> reports = reports(first, second);

        assertThat(all(COVERAGE, reports)).isEmpty();
        assertThat(findings(COVERAGE_NOT_JUDGED, reports.get(1))).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/adoption/entryIntoForce");
            assertThat(f.values()).contains(entry("from", "2020-01-01"), entry("to", "2023-12-31"),
                    entry("field", "entryIntoForce"));
        });
    }

    // --- dates known as a year or by bounds

    @Test
    void anAdoptionKnownOnlyAsAYearIsOverdueWhereEvenItsLastDayProvesIt() {
        SafetyPolicy first = policy("ivp-2011-2014", year(2010), null, null);
        SafetyPolicy second = policy("ivp-2016-2019", day(LocalDate.of(2015, 3, 12)), null, null);

        List<Finding> overdue = findings(READOPTED, reportsAsOf(LocalDate.of(2016, 6, 1), first, second).get(1));

        assertThat(overdue).singleElement().satisfies(f -> assertThat(f.values()).containsExactly(
                entry("previousPolicy", "ivp-2011-2014"), entry("previousDate", "2010"),
                entry("deadline", "2014-12-31"), entry("date", "2015-03-12"),
                entry("overdueFrom", "2015-01-01"), entry("overdueTo", "2015-03-12")));
    }

    @Test
    void anAdoptionKnownOnlyAsAYearIsNotJudgedWhereTheYearAllowsBoth() {
        SafetyPolicy first = policy("ivp-2012-2015", year(2011), null, null);
        SafetyPolicy second = policy("ivp-2016-2019", day(LocalDate.of(2015, 3, 12)), null, null);

        List<ValidationReport> reports = reportsAsOf(LocalDate.of(2016, 6, 1), first, second);

        assertThat(all(READOPTED, reports)).isEmpty();
        assertThat(findings(READOPTION_NOT_JUDGED, reports.get(1))).singleElement().satisfies(f -> assertThat(f.values())
                .containsExactly(entry("previousPolicy", "ivp-2012-2015"), entry("previousDate", "2011"),
                        entry("date", "2015-03-12")));
    }

    @Test
    void aDecisionBoundedByTheCollegeProposalAndTheEntryIntoForceIsJudgedWithinThoseBounds() {
        SafetyPolicy first = policy("ivp-2016-2019", day(LocalDate.of(2015, 12, 17)), day(JAN_1_2016), day(DEC_31_2019));
        SafetyPolicy second = VALID.withId("ivp-2020-2023").withAdoption(Adoption.builder().adoptedBy(Actor.COUNCIL)
                .collegeProposalDate(day(LocalDate.of(2019, 10, 1))).entryIntoForce(day(LocalDate.of(2019, 12, 1)))
                .endDate(day(DEC_31_2023)).build());

        List<ValidationReport> reports = reports(first, second);

        // decided between 1 October and 1 December 2019: within four years of 17 December 2015 either way
        assertThat(all(READOPTED, reports)).isEmpty();
        assertThat(all(READOPTION_NOT_JUDGED, reports)).isEmpty();
    }

    @Test
    void aDecisionWhoseBoundsStraddleTheDeadlineIsNotJudged() {
        SafetyPolicy first = policy("ivp-2016-2019", day(LocalDate.of(2015, 12, 17)), day(JAN_1_2016), day(DEC_31_2019));
        SafetyPolicy second = VALID.withId("ivp-2020-2023").withAdoption(Adoption.builder().adoptedBy(Actor.COUNCIL)
                .collegeProposalDate(day(LocalDate.of(2019, 10, 1))).entryIntoForce(day(JAN_1_2020))
                .endDate(day(DEC_31_2023)).build());

        List<ValidationReport> reports = reports(first, second);

        assertThat(all(READOPTED, reports)).isEmpty();
        assertThat(findings(READOPTION_NOT_JUDGED, reports.get(1))).singleElement().satisfies(f -> assertThat(f.values())
                .containsExactly(entry("previousPolicy", "ivp-2016-2019"), entry("previousDate", "2015-12-17"),
                        entry("date", "2019-10-01..2020-01-01")));
    }

    @Test
    void theLatestAdoptionKnownOnlyByAnUpperBoundIsStaleWhenEvenThatBoundIsOverFourYearsOld() {
        SafetyPolicy only = policy("ivp-2017-2020", BoundedDate.between(null, LocalDate.of(2020, 12, 31)), null, null);

        assertThat(findings(READOPTED, reportsAsOf(LocalDate.of(2025, 6, 1), only).get(0))).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/adoption/decisionDate");
            assertThat(f.values()).contains(entry("date", "..2020-12-31"), entry("deadline", "2024-12-31"),
                    entry("overdueTo", "2025-06-01"));
        });
    }

    @Test
    void aLaterPolicyWithoutAnyDecisionDateKeepsTheOlderAdoptionFromBeingCalledTheLatest() {
        SafetyPolicy old = policy("ivp-2016-2019", day(LocalDate.of(2015, 12, 17)), day(JAN_1_2016), day(DEC_31_2019));
        SafetyPolicy undated = policy("ivp-2020-2023", null, null, null);

        List<ValidationReport> reports = reports(old, undated);

        assertThat(all(READOPTED, reports)).isEmpty();
        assertThat(findings(READOPTION_NOT_JUDGED, reports.get(1))).extracting(Finding::pointer)
                .containsExactly("/adoption/decisionDate");
    }

    // --- two sources that disagree on a date

    @Test
    void sourcesThatDisagreeWithoutAnAuthoritativeOneAreAConflictAndTheDateIsNotGuessed() {
        SafetyPolicy disputed = VALID.withId("ivp-2024-2027").withAdoption(Adoption.builder().adoptedBy(Actor.COUNCIL)
                .addReportedDates(reported(year(2023), "Programmabegroting 2024", false),
                        reported(year(2024), "Programmabegroting 2025", false))
                .build());

        ValidationReport report = reports(disputed).get(0);

        assertThat(findings(SOURCES_AGREE, report)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.pointer()).isEqualTo("/adoption/reportedDates/0/date");
            assertThat(f.values()).containsExactly(entry("kind", "DECISION"),
                    entry("dates", "2023 (Programmabegroting 2024); 2024 (Programmabegroting 2025)"));
        });
        assertThat(findings(READOPTION_NOT_JUDGED, report)).singleElement()
                .satisfies(f -> assertThat(f.pointer()).isEqualTo("/adoption/reportedDates/0/date"));
    }

    @Test
    void theSourceMarkedAuthoritativeSettlesADisagreementAndIsTheDateTheRulesUse() {
        SafetyPolicy first = policy("ivp-2016-2019", day(LocalDate.of(2016, 3, 10)), null, null);
        SafetyPolicy disputed = VALID.withId("ivp-2020-2023").withAdoption(Adoption.builder().adoptedBy(Actor.COUNCIL)
                .addReportedDates(reported(year(2019), "Programmabegroting 2020", false),
                        reported(day(LocalDate.of(2020, 2, 6)), "Raadsbesluit 6 februari 2020", true))
                .build());

        List<ValidationReport> reports = reports(first, disputed);

        assertThat(all(SOURCES_AGREE, reports)).isEmpty();
        assertThat(all(READOPTION_NOT_JUDGED, reports)).isEmpty();
        assertThat(all(READOPTED, reports)).isEmpty();
    }

    // --- a plan in force past its period, until its successor

    @Test
    void aPlanInForceUntilItsSuccessorLeavesNoGapButItsGoalsWereNotReadoptedInTime() {
        SafetyPolicy lingering = policy("ivp-2015-2018", day(LocalDate.of(2014, 12, 11)), day(LocalDate.of(2015, 1, 1)), null);
        SafetyPolicy successor = policy("ivp-2020-2023", day(LocalDate.of(2020, 2, 6)), day(LocalDate.of(2020, 3, 1)), day(DEC_31_2023));

        List<ValidationReport> reports = reports(lingering, successor);

        assertThat(all(COVERAGE, reports)).isEmpty();
        assertThat(findings(READOPTED, reports.get(1))).singleElement().satisfies(f -> assertThat(f.values())
                .contains(entry("deadline", "2018-12-11"), entry("overdueFrom", "2018-12-12"), entry("overdueTo", "2020-02-06")));
    }

    // --- formal extensions

    @Test
    void anExtensionDecidedBeforeThePlanLapsedCoversSeamlesslyAndCountsAsReadoptionByTheCouncil() {
        SafetyPolicy extended = policy("ivp-2016-2019", day(LocalDate.of(2015, 12, 17)), day(JAN_1_2016), day(DEC_31_2019))
                .withAdoption(adoption(day(LocalDate.of(2015, 12, 17)), day(JAN_1_2016), day(DEC_31_2019))
                        .withExtensions(Extension.builder().until(day(DEC_31_2020)).decidedBy(Actor.COUNCIL)
                                .decisionDate(day(LocalDate.of(2019, 11, 14))).build()));
        // adopted more than four years after 2015, but within four years of the extension
        SafetyPolicy successor = policy("ivp-2021-2024", day(LocalDate.of(2020, 12, 17)), day(JAN_1_2021), day(LocalDate.of(2024, 12, 31)));

        List<ValidationReport> reports = reports(extended, successor);

        assertThat(all(COVERAGE, reports)).isEmpty();
        assertThat(all(READOPTED, reports)).isEmpty();
    }

    @Test
    void anExtensionDecidedAfterThePlanLapsedLeavesTheDaysBetweenUncovered() {
        SafetyPolicy lapsed = policy("ivp-2016-2019", day(LocalDate.of(2015, 12, 17)), day(JAN_1_2016), day(DEC_31_2019))
                .withAdoption(adoption(day(LocalDate.of(2015, 12, 17)), day(JAN_1_2016), day(DEC_31_2019))
                        .withExtensions(Extension.builder().until(day(DEC_31_2020)).decidedBy(Actor.COUNCIL)
                                .decisionDate(day(LocalDate.of(2020, 3, 5))).build()));
        SafetyPolicy successor = policy("ivp-2021-2024", day(LocalDate.of(2020, 12, 17)), day(JAN_1_2021), day(LocalDate.of(2024, 12, 31)));

        List<ValidationReport> reports = reports(lapsed, successor);

        assertThat(findings(COVERAGE, reports.get(0))).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/adoption/extensions/0/decisionDate");
            assertThat(f.values()).containsExactly(entry("from", "2020-01-01"), entry("to", "2020-03-04"),
                    entry("days", "64"), entry("previousPolicy", "ivp-2016-2019"));
            assertThat(f.messages().get("en")).contains("its extension was decided only afterwards");
        });
        assertThat(findings(COVERAGE, reports.get(1))).isEmpty();
    }

    @Test
    void anExtensionByTheCollegeDoesNotRenewTheGoals() {
        SafetyPolicy extended = policy("ivp-2016-2019", day(LocalDate.of(2015, 12, 17)), day(JAN_1_2016), day(DEC_31_2019))
                .withAdoption(adoption(day(LocalDate.of(2015, 12, 17)), day(JAN_1_2016), day(DEC_31_2019))
                        .withExtensions(Extension.builder().until(day(DEC_31_2020)).decidedBy(Actor.EXECUTIVE_BOARD)
                                .decisionDate(day(LocalDate.of(2019, 11, 14))).build()));
        SafetyPolicy successor = policy("ivp-2021-2024", day(LocalDate.of(2020, 12, 17)), day(JAN_1_2021), day(LocalDate.of(2024, 12, 31)));

        List<ValidationReport> reports = reports(extended, successor);

        assertThat(all(COVERAGE, reports)).isEmpty();
        assertThat(findings(READOPTED, reports.get(1))).singleElement()
                .satisfies(f -> assertThat(f.values()).contains(entry("previousDate", "2015-12-17")));
    }

    // --- retroactive effect

    @Test
    void adoptionWithRetroactiveEffectCoversFromItsRetroactiveStartWhileItsDecisionCountsOnItsOwnDate() {
        SafetyPolicy first = policy("ivp-2016-2019", day(LocalDate.of(2015, 12, 17)), day(JAN_1_2016), day(DEC_31_2019));
        SafetyPolicy late = VALID.withId("ivp-2020-2023").withAdoption(adoption(day(LocalDate.of(2020, 4, 9)),
                day(LocalDate.of(2020, 5, 1)), day(DEC_31_2023)).withRetroactiveFrom(day(JAN_1_2020)));

        List<ValidationReport> reports = reports(first, late);

        assertThat(all(COVERAGE, reports)).isEmpty();
        assertThat(findings(READOPTED, reports.get(1))).singleElement().satisfies(f -> assertThat(f.values())
                .contains(entry("date", "2020-04-09"), entry("overdueFrom", "2019-12-18")));
    }

    // --- part 1 adopted, part 2 taken note of

    @Test
    void aCouncilThatAdoptsPart1AndTakesNoteOfPart2WhichTheCollegeAdoptsIsValid() {
        SafetyPolicy twoParts = VALID.withMilestones(
                milestone("deel-1", MilestoneKind.ADOPT_POLICY, Actor.COUNCIL, "Deel 1, het strategisch kader, vastgesteld door de raad"),
                milestone("deel-2", MilestoneKind.ADOPT_IMPLEMENTATION_PLAN, Actor.EXECUTIVE_BOARD, "Deel 2, het uitvoeringsprogramma, vastgesteld door het college"),
                milestone("kennisname-deel-2", MilestoneKind.TAKE_NOTE, Actor.COUNCIL, "De raad neemt kennis van deel 2"));

        ValidationReport report = Validator.defaults().validate(twoParts);

        assertThat(findings(ACTOR_COMPETENT, report)).isEmpty();
        assertThat(findings(ADOPTED_BY_COUNCIL, report)).isEmpty();
    }

    // --- a five-year label

    @Test
    void aFiveYearLabelIsItsOwnFieldBesideTheDecisionAndTheDatesInForce() {
        SafetyPolicy fiveYears = VALID.withId("ivp-2018-2022").withPeriod(YearRange.of(2018, 2022))
                .withAdoption(adoption(day(LocalDate.of(2018, 3, 8)), day(LocalDate.of(2018, 4, 1)), day(LocalDate.of(2022, 12, 31))));

        ValidationReport report = reportsAsOf(LocalDate.of(2022, 6, 1), fiveYears).get(0);

        assertThat(findings(PERIOD, report)).singleElement().satisfies(f -> assertThat(f.values())
                .contains(entry("first", "2018"), entry("last", "2022"), entry("years", "5")));
        assertThat(findings(COVERAGE, report)).isEmpty();
        // readoption runs from the decision, not from the label's last year: due on 8 March 2022
        assertThat(findings(READOPTED, report)).singleElement()
                .satisfies(f -> assertThat(f.values()).contains(entry("date", "2018-03-08"), entry("deadline", "2022-03-08")));
    }

    // --- who adopted is unknown

    @Test
    void anUnknownAdoptingBodyDoesNotPassButIsAnInformationNotAnError() {
        SafetyPolicy unknown = VALID.withAdoption(ImmutableAdoption.copyOf(VALID.adoption()).withAdoptedBy(java.util.Optional.empty()));

        ValidationReport report = Validator.defaults().validate(unknown);

        assertThat(findings(ADOPTED_BY_COUNCIL, report)).isEmpty();
        assertThat(findings(ADOPTION_NOT_JUDGED, report)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.pointer()).isEqualTo("/adoption/adoptedBy");
        });
    }

    // --- helpers

    private static BoundedDate day(LocalDate day) {
        return BoundedDate.on(day);
    }

    private static BoundedDate year(int year) {
        return BoundedDate.in(Year.of(year));
    }

    private static ReportedDate reported(BoundedDate date, String source, boolean authoritative) {
        return ReportedDate.builder().kind(AdoptionDateKind.DECISION).date(date).source(source)
                .authoritative(authoritative).build();
    }

    private static Milestone milestone(String id, MilestoneKind kind, Actor actor, String text) {
        return Milestone.builder().id(id).year(VALID.period().first()).kind(kind).actor(actor).text(text).build();
    }

    private static ImmutableSafetyPolicy policy(String id, BoundedDate decided, BoundedDate from, BoundedDate until) {
        return VALID.withId(id).withAdoption(adoption(decided, from, until));
    }

    private static List<ValidationReport> reports(SafetyPolicy... policies) {
        return reportsAsOf(REFERENCE_DATE, policies);
    }
}
