package io.github.ivplib.validation.din;

import static io.github.ivplib.validation.Lists.plus;
import static io.github.ivplib.validation.Lists.replaced;
import static io.github.ivplib.validation.RuleTesting.findings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.github.ivplib.model.ImmutableSafetyPolicy;
import io.github.ivplib.model.din.DinNetwork;
import io.github.ivplib.model.din.Effort;
import io.github.ivplib.model.din.Result;
import io.github.ivplib.model.goal.Goal;
import io.github.ivplib.validation.Finding;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.ValidPolicy;

class DinRulesTest {

    private static final String EFFORT_CONTRIBUTES = "din/effort-contributes";
    private static final String RESULT_SERVES_GOAL = "din/result-serves-goal";
    private static final String GOAL_HAS_RESULT = "din/goal-has-result";
    private static final String EFFORT_HAS_CARRIER = "din/effort-has-carrier";

    private static final ImmutableSafetyPolicy VALID = ValidPolicy.policy();
    private static final int ONDERMIJNING = 0;
    private static final int OVERLAST = 1;

    // --- din/effort-contributes ---

    @Test
    void effortsThatContributeToAResultPass() {
        assertThat(findings(EFFORT_CONTRIBUTES, VALID)).isEmpty();
    }

    @Test
    void anEffortWithoutResultsIsAnErrorAtTheEffort() {
        ImmutableSafetyPolicy policy = withEffort(VALID, OVERLAST, e -> Effort.builder().from(e).resultIds(List.of()).build());

        assertThat(findings(EFFORT_CONTRIBUTES, policy)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.pointer()).isEqualTo("/dinNetworks/1/efforts/0");
            assertThat(f.values()).containsExactly(entry("effortId", "inspanning-overlast"));
        });
    }

    @Test
    void everyEffortWithoutResultsIsReportedInDocumentOrder() {
        ImmutableSafetyPolicy policy = withEffort(VALID, OVERLAST, e -> Effort.builder().from(e).resultIds(List.of()).build());
        policy = withEffort(policy, ONDERMIJNING, e -> Effort.builder().from(e).resultIds(List.of()).build());

        List<Finding> found = findings(EFFORT_CONTRIBUTES, policy);

        assertThat(found).extracting(Finding::pointer)
                .containsExactly("/dinNetworks/0/efforts/0", "/dinNetworks/1/efforts/0");
        assertThat(found).extracting(f -> f.values().get("effortId"))
                .containsExactly("inspanning-ondermijning", "inspanning-overlast");
    }

    @Test
    void bothMessagesOfAnEffortWithoutResultsAreFilled() {
        ImmutableSafetyPolicy policy = withEffort(VALID, OVERLAST, e -> Effort.builder().from(e).resultIds(List.of()).build());

        assertThat(findings(EFFORT_CONTRIBUTES, policy)).singleElement().satisfies(f -> {
            assertThat(f.messages()).containsOnlyKeys("nl", "en");
            assertThat(f.messages().values()).allSatisfy(m -> assertThat(m).doesNotContain("{")
                    .contains("'inspanning-overlast'"));
            assertThat(f.message(new Locale("nl"))).contains("inspanning");
            assertThat(f.message(Locale.ENGLISH)).contains("effort");
        });
    }

    // --- din/result-serves-goal ---

    @Test
    void resultsThatServeAGoalPass() {
        assertThat(findings(RESULT_SERVES_GOAL, VALID)).isEmpty();
    }

    @Test
    void aResultWithoutGoalsIsAnErrorAtTheResult() {
        ImmutableSafetyPolicy policy = withResult(VALID, ONDERMIJNING, r -> Result.builder().from(r).goalIds(List.of()).build());

        assertThat(findings(RESULT_SERVES_GOAL, policy)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.pointer()).isEqualTo("/dinNetworks/0/results/0");
            assertThat(f.values()).containsExactly(entry("resultId", "resultaat-ondermijning"));
        });
    }

    // --- din/goal-has-result ---

    @Test
    void goalsServedByAResultPass() {
        assertThat(findings(GOAL_HAS_RESULT, VALID)).isEmpty();
    }

    @Test
    void aGoalOfANetworkThatNoResultServesIsAWarningAtTheGoal() {
        ImmutableSafetyPolicy policy = withResult(VALID, OVERLAST,
                r -> Result.builder().from(r).goalIds(List.of("minder-ondermijning")).build());

        assertThat(findings(GOAL_HAS_RESULT, policy)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.pointer()).isEqualTo("/goals/1");
            assertThat(f.values()).containsExactly(entry("goalId", "minder-overlast"), entry("networkId", "din-overlast"));
        });
    }

    @Test
    void aResultOfAnotherNetworkServesAGoal() {
        ImmutableSafetyPolicy policy = withResult(VALID, OVERLAST,
                r -> Result.builder().from(r).goalIds(List.of("minder-ondermijning")).build());
        policy = withResult(policy, ONDERMIJNING, r -> Result.builder().from(r).addGoalIds("minder-overlast").build());

        assertThat(findings(GOAL_HAS_RESULT, policy)).isEmpty();
    }

    @Test
    void aGoalListedByTwoNetworksIsReportedOnceWithTheFirstNetwork() {
        ImmutableSafetyPolicy policy = withResult(VALID, OVERLAST,
                r -> Result.builder().from(r).goalIds(List.of("minder-ondermijning")).build());
        policy = withNetwork(policy, ONDERMIJNING, n -> DinNetwork.builder().from(n).addGoalIds("minder-overlast").build());

        assertThat(findings(GOAL_HAS_RESULT, policy)).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/goals/1");
            assertThat(f.values()).containsExactly(entry("goalId", "minder-overlast"),
                    entry("networkId", "din-ondermijning"));
        });
    }

    @Test
    void aNetworkGoalIdThatDoesNotResolveIsLeftToTheReferenceRule() {
        ImmutableSafetyPolicy policy = withNetwork(VALID, ONDERMIJNING,
                n -> DinNetwork.builder().from(n).addGoalIds("onbekend").build());

        assertThat(findings(GOAL_HAS_RESULT, policy)).isEmpty();
    }

    @Test
    void aGoalNoNetworkListsIsNotReported() {
        Goal outsideTheNetworks = Goal.builder().id("buiten-din").text("buiten de DIN").build();
        ImmutableSafetyPolicy policy = VALID.withGoals(plus(VALID.goals(), outsideTheNetworks));

        assertThat(findings(GOAL_HAS_RESULT, policy)).isEmpty();
    }

    // --- din/effort-has-carrier ---

    @Test
    void effortsWithACarrierPass() {
        assertThat(findings(EFFORT_HAS_CARRIER, VALID)).isEmpty();
    }

    @Test
    void anEffortWithoutCarriersIsAWarningAtTheEffort() {
        ImmutableSafetyPolicy policy = withEffort(VALID, ONDERMIJNING, e -> Effort.builder().from(e).carrierIds(List.of()).build());

        assertThat(findings(EFFORT_HAS_CARRIER, policy)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.pointer()).isEqualTo("/dinNetworks/0/efforts/0");
            assertThat(f.values()).containsExactly(entry("effortId", "inspanning-ondermijning"));
        });
    }

    // --- helpers ---

    private static ImmutableSafetyPolicy withNetwork(ImmutableSafetyPolicy policy, int index,
            UnaryOperator<DinNetwork> change) {
        return policy.withDinNetworks(replaced(policy.dinNetworks(), index, change.apply(policy.dinNetworks().get(index))));
    }

    /** Changes every effort of a network. */
    private static ImmutableSafetyPolicy withEffort(ImmutableSafetyPolicy policy, int network, UnaryOperator<Effort> change) {
        return withNetwork(policy, network, n -> DinNetwork.builder().from(n)
                .efforts(n.efforts().stream().map(change).collect(Collectors.toList())).build());
    }

    /** Changes every result of a network. */
    private static ImmutableSafetyPolicy withResult(ImmutableSafetyPolicy policy, int network, UnaryOperator<Result> change) {
        return withNetwork(policy, network, n -> DinNetwork.builder().from(n)
                .results(n.results().stream().map(change).collect(Collectors.toList())).build());
    }
}
