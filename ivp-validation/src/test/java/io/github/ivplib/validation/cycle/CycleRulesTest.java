package io.github.ivplib.validation.cycle;

import static io.github.ivplib.validation.RuleTesting.findings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import io.github.ivplib.model.ImmutableSafetyPolicy;
import io.github.ivplib.model.YearRange;
import io.github.ivplib.model.cycle.ImmutableMilestone;
import io.github.ivplib.model.cycle.Milestone;
import io.github.ivplib.model.cycle.MilestoneKind;
import io.github.ivplib.model.cycle.QuarterRange;
import io.github.ivplib.model.governance.Actor;
import io.github.ivplib.validation.Finding;
import io.github.ivplib.validation.Lists;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.ValidPolicy;
import io.github.ivplib.validation.Validator;

class CycleRulesTest {

    private static final String MILESTONE_WITHIN_PERIOD = "pc-cycle/milestone-within-period";
    private static final String IMPLEMENTATION_PLAN_COVERAGE = "pc-cycle/implementation-plan-coverage";
    private static final String EVALUATION_BEFORE_SUCCESSOR = "pc-cycle/evaluation-before-successor";
    private static final String SAFETY_MONITOR_SCHEDULED = "pc-cycle/safety-monitor-scheduled";
    private static final String ACTOR_COMPETENT = "pc-cycle/actor-competent";

    private static final ImmutableSafetyPolicy VALID = ValidPolicy.policy();

    /** The valid policy's milestones, by index. */
    private static final int PLAN_2024_2025 = 0;
    private static final int MONITOR = 1;
    private static final int PLAN_2026_2027 = 2;
    private static final int EVALUATION = 3;
    private static final int SUCCESSOR = 4;

    private static final int FIRST_YEAR = ValidPolicy.PERIOD.first().getValue();
    private static final int LAST_YEAR = ValidPolicy.PERIOD.last().getValue();
    private static final int YEAR_BEFORE_PERIOD = FIRST_YEAR - 1;
    private static final int YEAR_AFTER_PERIOD = LAST_YEAR + 1;

    private static final QuarterRange THIRD_QUARTER = QuarterRange.of(3);
    private static final QuarterRange FOURTH_QUARTER = QuarterRange.of(4);
    private static final QuarterRange THIRD_AND_FOURTH_QUARTER = QuarterRange.of(3, 4);

    // pc-cycle/milestone-within-period

    @Test
    void milestonesWithinThePeriodPass() {
        assertThat(findings(MILESTONE_WITHIN_PERIOD, VALID)).isEmpty();
    }

    @Test
    void aMilestoneAfterThePeriodIsAWarningAtItsYear() {
        ImmutableSafetyPolicy policy = plus(milestone("verantwoording", YEAR_AFTER_PERIOD, MilestoneKind.PROGRESS_REPORT));

        assertThat(findings(MILESTONE_WITHIN_PERIOD, policy)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.pointer()).isEqualTo("/milestones/5/year");
            assertThat(f.values()).containsExactly(entry("milestoneId", "verantwoording"), entry("year", "2028"),
                    entry("first", "2024"), entry("last", "2027"));
        });
    }

    @Test
    void thePolicyAdoptedInTheYearBeforeItsPeriodPasses() {
        ImmutableSafetyPolicy policy = plus(milestone("vaststelling", YEAR_BEFORE_PERIOD, MilestoneKind.ADOPT_POLICY));

        assertThat(findings(MILESTONE_WITHIN_PERIOD, policy)).isEmpty();
    }

    @Test
    void thePolicyAdoptedTwoYearsBeforeItsPeriodIsAWarning() {
        ImmutableSafetyPolicy policy = plus(milestone("vaststelling", YEAR_BEFORE_PERIOD - 1, MilestoneKind.ADOPT_POLICY));

        assertThat(findings(MILESTONE_WITHIN_PERIOD, policy)).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/milestones/5/year");
            assertThat(f.values()).containsEntry("year", "2022");
        });
    }

    @Test
    void anImplementationPlanInTheLastQuarterOfTheYearBeforeThePeriodPasses() {
        ImmutableSafetyPolicy policy = withImplementationPlanIn(YEAR_BEFORE_PERIOD, FOURTH_QUARTER);

        assertThat(findings(MILESTONE_WITHIN_PERIOD, policy)).isEmpty();
    }

    @Test
    void anImplementationPlanInTheThirdQuarterOfTheYearBeforeThePeriodIsAWarning() {
        ImmutableSafetyPolicy policy = withImplementationPlanIn(YEAR_BEFORE_PERIOD, THIRD_QUARTER);

        assertThat(findings(MILESTONE_WITHIN_PERIOD, policy)).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/milestones/5/year");
            assertThat(f.values()).containsEntry("year", "2023");
        });
    }

    @Test
    void anImplementationPlanInTheThirdAndFourthQuarterOfTheYearBeforeThePeriodIsAWarning() {
        ImmutableSafetyPolicy policy = withImplementationPlanIn(YEAR_BEFORE_PERIOD, THIRD_AND_FOURTH_QUARTER);

        assertThat(findings(MILESTONE_WITHIN_PERIOD, policy)).hasSize(1);
    }

    /** A year alone does not show the plan is adopted in the last quarter rather than nine months ahead. */
    @Test
    void anImplementationPlanInTheYearBeforeThePeriodWithoutQuartersIsAWarning() {
        ImmutableSafetyPolicy policy = plus(milestone("up-vooraf", YEAR_BEFORE_PERIOD, MilestoneKind.ADOPT_IMPLEMENTATION_PLAN));

        assertThat(findings(MILESTONE_WITHIN_PERIOD, policy)).singleElement()
                .satisfies(f -> assertThat(f.values()).containsEntry("year", "2023"));
    }

    @Test
    void anImplementationPlanInTheLastQuarterTwoYearsBeforeThePeriodIsAWarning() {
        ImmutableSafetyPolicy policy = withImplementationPlanIn(YEAR_BEFORE_PERIOD - 1, FOURTH_QUARTER);

        assertThat(findings(MILESTONE_WITHIN_PERIOD, policy)).singleElement()
                .satisfies(f -> assertThat(f.values()).containsEntry("year", "2022"));
    }

    @Test
    void anotherMilestoneInTheLastQuarterOfTheYearBeforeThePeriodIsAWarning() {
        ImmutableSafetyPolicy policy = plus(milestone("verantwoording-vooraf", YEAR_BEFORE_PERIOD, FOURTH_QUARTER,
                MilestoneKind.PROGRESS_REPORT));

        assertThat(findings(MILESTONE_WITHIN_PERIOD, policy)).hasSize(1);
    }

    // pc-cycle/implementation-plan-coverage

    @Test
    void implementationPlansCoveringEveryYearPass() {
        assertThat(findings(IMPLEMENTATION_PLAN_COVERAGE, VALID)).isEmpty();
    }

    @Test
    void implementationPlansCoverThePeriodInWhateverOrderTheyAreListed() {
        List<Milestone> reversed = new ArrayList<>(VALID.milestones());
        Collections.reverse(reversed);

        assertThat(findings(IMPLEMENTATION_PLAN_COVERAGE, VALID.withMilestones(reversed))).isEmpty();
    }

    @Test
    void yearsWithoutAnImplementationPlanAreReportedAsOneRun() {
        ImmutableSafetyPolicy policy = without(PLAN_2026_2027);

        assertThat(findings(IMPLEMENTATION_PLAN_COVERAGE, policy)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.pointer()).isEqualTo("/milestones");
            assertThat(f.values()).containsExactly(entry("from", "2026"), entry("to", "2027"));
        });
    }

    @Test
    void anImplementationPlanAdoptedByTheCouncilCoversNothing() {
        ImmutableSafetyPolicy policy = changed(PLAN_2026_2027, m -> m.withActor(Actor.COUNCIL));

        assertThat(findings(IMPLEMENTATION_PLAN_COVERAGE, policy)).singleElement()
                .satisfies(f -> assertThat(f.values()).containsExactly(entry("from", "2026"), entry("to", "2027")));
    }

    @Test
    void anImplementationPlanWithoutAnActorCovers() {
        ImmutableSafetyPolicy policy = changed(PLAN_2026_2027, m -> m.withActor(Optional.empty()));

        assertThat(findings(IMPLEMENTATION_PLAN_COVERAGE, policy)).isEmpty();
    }

    @Test
    void anImplementationPlanWithoutCoversCoversItsOwnYear() {
        ImmutableSafetyPolicy policy = changed(PLAN_2026_2027, m -> m.withYear(Year.of(2026)).withCovers(Optional.empty()));

        assertThat(findings(IMPLEMENTATION_PLAN_COVERAGE, policy)).singleElement().satisfies(f -> {
            assertThat(f.values()).containsExactly(entry("from", "2027"), entry("to", "2027"));
            assertThat(f.message(Locale.ENGLISH)).isEqualTo("For the year 2027 the executive board adopts no implementation plan.");
        });
    }

    @Test
    void eachRunOfUncoveredYearsIsReportedOnce() {
        ImmutableSafetyPolicy policy = without(PLAN_2026_2027);
        policy = changed(policy, PLAN_2024_2025, m -> m.withCovers(YearRange.of(2025, 2026)));

        assertThat(findings(IMPLEMENTATION_PLAN_COVERAGE, policy)).extracting(f -> f.values().get("from"), f -> f.values().get("to"))
                .containsExactly(tuple("2024", "2024"), tuple("2027", "2027"));
    }

    @Test
    void anImplementationPlanCoveringMoreThanThePeriodCoversIt() {
        ImmutableSafetyPolicy policy = without(PLAN_2026_2027);
        policy = changed(policy, PLAN_2024_2025, m -> m.withCovers(YearRange.of(2020, 2030)));

        assertThat(findings(IMPLEMENTATION_PLAN_COVERAGE, policy)).isEmpty();
    }

    // pc-cycle/evaluation-before-successor

    @Test
    void anEvaluationBeforeTheSuccessorPasses() {
        assertThat(findings(EVALUATION_BEFORE_SUCCESSOR, VALID)).isEmpty();
    }

    @Test
    void noEvaluationBeforeTheSuccessorIsAWarningAtTheSuccessor() {
        ImmutableSafetyPolicy policy = without(EVALUATION);

        assertThat(findings(EVALUATION_BEFORE_SUCCESSOR, policy)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.pointer()).isEqualTo("/milestones/3");
            assertThat(f.values()).containsExactly(entry("successorYear", "2027"));
        });
    }

    @Test
    void anEvaluationInALaterYearThanTheSuccessorIsAWarningAtItsYear() {
        ImmutableSafetyPolicy policy = changed(EVALUATION, m -> m.withYear(Year.of(YEAR_AFTER_PERIOD)));

        assertThat(findings(EVALUATION_BEFORE_SUCCESSOR, policy)).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/milestones/3/year");
            assertThat(f.values()).containsExactly(entry("evaluationYear", "2028"), entry("successorYear", "2027"));
        });
    }

    @Test
    void anEvaluationInALaterQuarterOfTheSuccessorsYearIsAWarning() {
        ImmutableSafetyPolicy policy = changed(SUCCESSOR, m -> m.withQuarters(QuarterRange.of(1)));

        assertThat(findings(EVALUATION_BEFORE_SUCCESSOR, policy)).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/milestones/3/year");
            assertThat(f.values()).containsExactly(entry("evaluationYear", "2027"), entry("successorYear", "2027"));
        });
    }

    @Test
    void anEvaluationStartingInTheSuccessorsLastQuarterPasses() {
        ImmutableSafetyPolicy policy = changed(SUCCESSOR, m -> m.withQuarters(QuarterRange.of(1, 2)));

        assertThat(findings(EVALUATION_BEFORE_SUCCESSOR, policy)).isEmpty();
    }

    @Test
    void aSuccessorWithoutQuartersSpansItsWholeYear() {
        ImmutableSafetyPolicy policy = changed(SUCCESSOR, m -> m.withQuarters(Optional.empty()));
        policy = changed(policy, EVALUATION, m -> m.withQuarters(QuarterRange.of(4)));

        assertThat(findings(EVALUATION_BEFORE_SUCCESSOR, policy)).isEmpty();
    }

    @Test
    void anEvaluationWithoutQuartersStartsInTheFirstQuarter() {
        ImmutableSafetyPolicy policy = changed(SUCCESSOR, m -> m.withQuarters(QuarterRange.of(1)));
        policy = changed(policy, EVALUATION, m -> m.withQuarters(Optional.empty()));

        assertThat(findings(EVALUATION_BEFORE_SUCCESSOR, policy)).isEmpty();
    }

    @Test
    void theEarliestSuccessorIsTheOneToPrecede() {
        ImmutableSafetyPolicy policy = plus(ImmutableMilestone.copyOf(VALID.milestones().get(SUCCESSOR))
                .withId("opvolger-eerder").withYear(Year.of(2026)));

        assertThat(findings(EVALUATION_BEFORE_SUCCESSOR, policy)).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/milestones/3/year");
            assertThat(f.values()).containsExactly(entry("evaluationYear", "2027"), entry("successorYear", "2026"));
        });
    }

    @Test
    void oneEvaluationInTimeIsEnough() {
        ImmutableSafetyPolicy policy = plus(ImmutableMilestone.copyOf(VALID.milestones().get(EVALUATION))
                .withId("evaluatie-laat").withYear(Year.of(YEAR_AFTER_PERIOD)));

        assertThat(findings(EVALUATION_BEFORE_SUCCESSOR, policy)).isEmpty();
    }

    @Test
    void aSuccessorFirstInTheListWithoutAnEvaluationIsAWarningAtIt() {
        ImmutableSafetyPolicy policy = VALID.withMilestones(VALID.milestones().get(SUCCESSOR));

        assertThat(findings(EVALUATION_BEFORE_SUCCESSOR, policy)).singleElement()
                .satisfies(f -> assertThat(f.pointer()).isEqualTo("/milestones/0"));
    }

    @Test
    void anEvaluationInTimeFirstInTheListIsEnoughWhateverFollows() {
        Milestone evaluation = VALID.milestones().get(EVALUATION);
        ImmutableSafetyPolicy policy = VALID.withMilestones(evaluation, VALID.milestones().get(SUCCESSOR),
                ImmutableMilestone.copyOf(evaluation).withId("evaluatie-laat").withYear(Year.of(YEAR_AFTER_PERIOD)));

        assertThat(findings(EVALUATION_BEFORE_SUCCESSOR, policy)).isEmpty();
    }

    @Test
    void ofTwoEvaluationsLateAtTheSameTimeTheFirstInTheListIsReported() {
        ImmutableSafetyPolicy policy = changed(EVALUATION, m -> m.withYear(Year.of(YEAR_AFTER_PERIOD)));
        policy = policy.withMilestones(Lists.plus(policy.milestones(),
                ImmutableMilestone.copyOf(policy.milestones().get(EVALUATION)).withId("evaluatie-twee")));

        assertThat(findings(EVALUATION_BEFORE_SUCCESSOR, policy)).singleElement()
                .satisfies(f -> assertThat(f.pointer()).isEqualTo("/milestones/3/year"));
    }

    @Test
    void withoutASuccessorThereIsNothingToPrecede() {
        ImmutableSafetyPolicy policy = changed(EVALUATION, m -> m.withYear(Year.of(YEAR_AFTER_PERIOD)));
        policy = without(policy, SUCCESSOR);

        assertThat(findings(EVALUATION_BEFORE_SUCCESSOR, policy)).isEmpty();
    }

    // pc-cycle/safety-monitor-scheduled

    @Test
    void aSafetyMonitorSurveyWithinThePeriodPasses() {
        assertThat(findings(SAFETY_MONITOR_SCHEDULED, VALID)).isEmpty();
    }

    @Test
    void aSafetyMonitorDeliveryWithinThePeriodPasses() {
        ImmutableSafetyPolicy policy = changed(MONITOR, m -> m.withKind(MilestoneKind.SAFETY_MONITOR_DELIVERY));

        assertThat(findings(SAFETY_MONITOR_SCHEDULED, policy)).isEmpty();
    }

    @Test
    void noSafetyMonitorIsReportedAsInformation() {
        ImmutableSafetyPolicy policy = without(MONITOR);

        assertThat(findings(SAFETY_MONITOR_SCHEDULED, policy)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.pointer()).isEqualTo("/milestones");
            assertThat(f.values()).containsExactly(entry("first", "2024"), entry("last", "2027"));
        });
    }

    @Test
    void aSafetyMonitorOnlyAfterThePeriodIsReported() {
        ImmutableSafetyPolicy policy = changed(MONITOR, m -> m.withYear(Year.of(YEAR_AFTER_PERIOD)));

        assertThat(findings(SAFETY_MONITOR_SCHEDULED, policy)).singleElement()
                .satisfies(f -> assertThat(f.pointer()).isEqualTo("/milestones"));
    }

    // pc-cycle/actor-competent

    @Test
    void competentActorsPass() {
        assertThat(findings(ACTOR_COMPETENT, VALID)).isEmpty();
    }

    @Test
    void anImplementationPlanAdoptedByTheCouncilIsAnErrorAtItsActor() {
        ImmutableSafetyPolicy policy = changed(PLAN_2024_2025, m -> m.withActor(Actor.COUNCIL));

        assertThat(findings(ACTOR_COMPETENT, policy)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.pointer()).isEqualTo("/milestones/0/actor");
            assertThat(f.values()).containsExactly(entry("milestoneId", "up-2024-2025"),
                    entry("kind", "ADOPT_IMPLEMENTATION_PLAN"), entry("actor", "COUNCIL"), entry("competent", "EXECUTIVE_BOARD"));
        });
    }

    @Test
    void aSuccessorAdoptedByTheCollegeIsAnErrorAtItsActor() {
        ImmutableSafetyPolicy policy = changed(SUCCESSOR, m -> m.withActor(Actor.EXECUTIVE_BOARD));

        assertThat(findings(ACTOR_COMPETENT, policy)).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/milestones/4/actor");
            assertThat(f.values()).containsExactly(entry("milestoneId", "opvolger"), entry("kind", "ADOPT_SUCCESSOR"),
                    entry("actor", "EXECUTIVE_BOARD"), entry("competent", "COUNCIL"));
        });
    }

    @Test
    void thePolicyAdoptedByTheMayorIsAnErrorAtItsActor() {
        ImmutableSafetyPolicy policy = plus(ImmutableMilestone.copyOf(milestone("vaststelling", FIRST_YEAR, MilestoneKind.ADOPT_POLICY))
                .withActor(Actor.MAYOR));

        assertThat(findings(ACTOR_COMPETENT, policy)).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/milestones/5/actor");
            assertThat(f.values()).containsEntry("actor", "MAYOR").containsEntry("competent", "COUNCIL");
        });
    }

    @Test
    void aMilestoneWithoutAnActorIsNotJudged() {
        ImmutableSafetyPolicy policy = plus(milestone("vaststelling", FIRST_YEAR, MilestoneKind.ADOPT_POLICY));

        assertThat(findings(ACTOR_COMPETENT, policy)).isEmpty();
    }

    @Test
    void kindsWithoutAFixedCompetentBodyAreNotJudged() {
        ImmutableSafetyPolicy policy = changed(EVALUATION, m -> m.withActor(Actor.COUNCIL));

        assertThat(findings(ACTOR_COMPETENT, policy)).isEmpty();
    }

    // messages

    @Test
    void everyMessageOfThePackageIsFilledInBothLanguages() {
        ImmutableSafetyPolicy policy = changed(PLAN_2024_2025, m -> m.withActor(Actor.COUNCIL));
        policy = changed(policy, SUCCESSOR, m -> m.withActor(Actor.EXECUTIVE_BOARD));
        policy = changed(policy, EVALUATION, m -> m.withYear(Year.of(YEAR_AFTER_PERIOD)));
        policy = changed(policy, MONITOR, m -> m.withYear(Year.of(YEAR_AFTER_PERIOD)));

        List<Finding> found = Validator.defaults().validate(policy).findings();

        assertThat(found).extracting(Finding::ruleId).contains(MILESTONE_WITHIN_PERIOD, IMPLEMENTATION_PLAN_COVERAGE,
                EVALUATION_BEFORE_SUCCESSOR, SAFETY_MONITOR_SCHEDULED, ACTOR_COMPETENT);
        assertThat(found).filteredOn(f -> f.ruleId().startsWith("pc-cycle/")).allSatisfy(f -> {
            assertThat(f.message(new Locale("nl"))).isNotBlank().doesNotContain("{");
            assertThat(f.message(Locale.ENGLISH)).isNotBlank().doesNotContain("{");
            assertThat(f.message(Locale.ENGLISH)).isNotEqualTo(f.message(new Locale("nl")));
        });
    }

    private static ImmutableSafetyPolicy plus(Milestone extra) {
        List<Milestone> milestones = new ArrayList<>(VALID.milestones());
        milestones.add(extra);
        return VALID.withMilestones(milestones);
    }

    /** The valid policy with one more implementation plan adopted, as its sixth milestone. */
    private static ImmutableSafetyPolicy withImplementationPlanIn(int year, QuarterRange quarters) {
        return plus(milestone("up-vooraf", year, quarters, MilestoneKind.ADOPT_IMPLEMENTATION_PLAN));
    }

    private static ImmutableSafetyPolicy without(int index) {
        return without(VALID, index);
    }

    private static ImmutableSafetyPolicy without(ImmutableSafetyPolicy policy, int index) {
        List<Milestone> milestones = new ArrayList<>(policy.milestones());
        milestones.remove(index);
        return policy.withMilestones(milestones);
    }

    private static ImmutableSafetyPolicy changed(int index, UnaryOperator<ImmutableMilestone> change) {
        return changed(VALID, index, change);
    }

    private static ImmutableSafetyPolicy changed(ImmutableSafetyPolicy policy, int index, UnaryOperator<ImmutableMilestone> change) {
        List<Milestone> milestones = new ArrayList<>(policy.milestones());
        milestones.set(index, change.apply(ImmutableMilestone.copyOf(milestones.get(index))));
        return policy.withMilestones(milestones);
    }

    private static Milestone milestone(String id, int year, MilestoneKind kind) {
        return Milestone.builder().id(id).year(Year.of(year)).kind(kind).text(id).build();
    }

    private static Milestone milestone(String id, int year, QuarterRange quarters, MilestoneKind kind) {
        return ImmutableMilestone.copyOf(milestone(id, year, kind)).withQuarters(quarters);
    }
}
