package io.github.ivplib.validation.politiewet;

import static io.github.ivplib.validation.Lists.plus;
import static io.github.ivplib.validation.RuleTesting.findings;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.github.ivplib.model.ImmutableSafetyPolicy;
import io.github.ivplib.model.YearRange;
import io.github.ivplib.model.adoption.Adoption;
import io.github.ivplib.model.cycle.Milestone;
import io.github.ivplib.model.cycle.MilestoneKind;
import io.github.ivplib.model.governance.Actor;
import io.github.ivplib.validation.Finding;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.ValidPolicy;

class PolitiewetRulesTest {

    private static final String ADOPTED_BY_COUNCIL = "politiewet-38b/adopted-by-council";
    private static final String PERIOD_AT_MOST_FOUR_YEARS = "politiewet-38b/period-at-most-four-years";
    private static final String GOALS_PRESENT = "politiewet-38b/goals-present";
    private static final String SUCCESSOR_SCHEDULED = "politiewet-38b/successor-scheduled";

    private static final ImmutableSafetyPolicy VALID = ValidPolicy.policy();

    private static ImmutableSafetyPolicy adoptedBy(Actor actor) {
        return VALID.withAdoption(Adoption.builder().from(VALID.adoption()).adoptedBy(actor).build());
    }

    private static ImmutableSafetyPolicy withoutSuccessor() {
        return VALID.withMilestones(VALID.milestones().stream()
                .filter(m -> m.kind() != MilestoneKind.ADOPT_SUCCESSOR).collect(Collectors.toList()));
    }

    @Test
    void aPolicyAdoptedByTheCouncilPasses() {
        assertThat(findings(ADOPTED_BY_COUNCIL, VALID)).isEmpty();
    }

    @Test
    void aPolicyAdoptedByTheCollegeIsAnError() {
        assertThat(findings(ADOPTED_BY_COUNCIL, adoptedBy(Actor.EXECUTIVE_BOARD))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.pointer()).isEqualTo("/adoption/adoptedBy");
            assertThat(f.values()).containsExactly(org.assertj.core.api.Assertions.entry("adoptedBy", "EXECUTIVE_BOARD"));
            assertThat(f.message(Locale.ENGLISH)).contains("adopted by the executive board").contains("council");
            assertThat(f.message(new Locale("nl"))).contains("vastgesteld door het college van burgemeester en wethouders")
                    .contains("gemeenteraad");
        });
    }

    @Test
    void aPeriodOfFourYearsCountedInclusivelyPasses() {
        assertThat(findings(PERIOD_AT_MOST_FOUR_YEARS, VALID.withPeriod(YearRange.of(2024, 2027)))).isEmpty();
    }

    @Test
    void aPeriodOfFiveYearsCountedInclusivelyIsAnError() {
        List<Finding> found = findings(PERIOD_AT_MOST_FOUR_YEARS, VALID.withPeriod(YearRange.of(2016, 2020)));

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.pointer()).isEqualTo("/period");
            assertThat(f.values()).containsEntry("first", "2016").containsEntry("last", "2020")
                    .containsEntry("years", "5");
        });
    }

    @Test
    void aPolicyWithGoalsPasses() {
        assertThat(findings(GOALS_PRESENT, VALID)).isEmpty();
    }

    @Test
    void aPolicyWithoutGoalsIsAnError() {
        assertThat(findings(GOALS_PRESENT, VALID.withGoals(List.of()))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.pointer()).isEqualTo("/goals");
        });
    }

    @Test
    void aSuccessorAdoptedInTheLastYearOfThePeriodPasses() {
        assertThat(findings(SUCCESSOR_SCHEDULED, VALID)).isEmpty();
    }

    @Test
    void noSuccessorScheduledIsAWarning() {
        assertThat(findings(SUCCESSOR_SCHEDULED, withoutSuccessor())).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.pointer()).isEqualTo("/milestones");
            assertThat(f.values()).containsEntry("lastYear", "2027");
        });
    }

    @Test
    void aSuccessorScheduledAfterThePeriodIsAWarningAtItsYear() {
        Milestone late = Milestone.builder().id("opvolger-laat").year(Year.of(2028))
                .kind(MilestoneKind.ADOPT_SUCCESSOR).actor(Actor.COUNCIL).text("te laat").build();
        ImmutableSafetyPolicy policy = withoutSuccessor();
        policy = policy.withMilestones(plus(policy.milestones(), late));

        assertThat(findings(SUCCESSOR_SCHEDULED, policy)).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/milestones/4/year");
            assertThat(f.values()).containsEntry("year", "2028").containsEntry("lastYear", "2027");
        });
    }
}
