package io.github.ivplib.validation.integrity;

import static io.github.ivplib.validation.Lists.plus;
import static io.github.ivplib.validation.Lists.replaced;
import static io.github.ivplib.validation.RuleTesting.findings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.ivplib.model.ImmutableSafetyPolicy;
import io.github.ivplib.model.ave.AveCase;
import io.github.ivplib.model.ave.AveModel;
import io.github.ivplib.model.budget.Budget;
import io.github.ivplib.model.budget.StaffingChange;
import io.github.ivplib.model.din.DinNetwork;
import io.github.ivplib.model.din.Effort;
import io.github.ivplib.model.din.Result;
import io.github.ivplib.model.goal.Goal;
import io.github.ivplib.model.goal.Indicator;
import io.github.ivplib.model.goal.Measurement;
import io.github.ivplib.model.governance.Partner;
import io.github.ivplib.model.governance.PartnerKind;
import io.github.ivplib.model.keyfigure.KeyFigure;
import io.github.ivplib.model.municipality.District;
import io.github.ivplib.model.municipality.Municipality;
import io.github.ivplib.model.theme.CrossCuttingThread;
import io.github.ivplib.model.theme.Precondition;
import io.github.ivplib.model.theme.Risk;
import io.github.ivplib.validation.Finding;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.ValidPolicy;
import io.github.ivplib.validation.Validator;

class IntegrityRulesTest {

    private static final String UNIQUE_IDS = "model/unique-ids";
    private static final String REFERENCES_RESOLVE = "model/references-resolve";

    private static final ImmutableSafetyPolicy VALID = ValidPolicy.policy();
    private static final String UNKNOWN = "onbekend";

    // --- model/unique-ids ---

    @Test
    void theValidPolicyHasUniqueIds() {
        assertThat(findings(UNIQUE_IDS, VALID)).isEmpty();
    }

    static Stream<Arguments> repeatedIds() {
        return Stream.of(
                Arguments.of("themes", (UnaryOperator<ImmutableSafetyPolicy>) p ->
                        p.withThemes(plus(p.themes(), p.themes().get(0))), "/themes/3/id", "ondermijning", "/themes/0/id"),
                Arguments.of("threads", (UnaryOperator<ImmutableSafetyPolicy>) p -> p.withThreads(
                        thread("preventie"), thread("preventie")), "/threads/1/id", "preventie", "/threads/0/id"),
                Arguments.of("preconditions", (UnaryOperator<ImmutableSafetyPolicy>) p -> p.withPreconditions(
                        precondition("informatie"), precondition("informatie")),
                        "/preconditions/1/id", "informatie", "/preconditions/0/id"),
                Arguments.of("risks", (UnaryOperator<ImmutableSafetyPolicy>) p -> p.withRisks(
                        risk("capaciteit"), risk("capaciteit")), "/risks/1/id", "capaciteit", "/risks/0/id"),
                Arguments.of("goals", (UnaryOperator<ImmutableSafetyPolicy>) p ->
                        p.withGoals(plus(p.goals(), p.goals().get(0))), "/goals/2/id", "minder-ondermijning", "/goals/0/id"),
                Arguments.of("indicators", (UnaryOperator<ImmutableSafetyPolicy>) p ->
                        p.withIndicators(plus(p.indicators(), p.indicators().get(0))),
                        "/indicators/2/id", "rapportcijfer", "/indicators/0/id"),
                Arguments.of("districts", (UnaryOperator<ImmutableSafetyPolicy>) p -> p.withMunicipality(
                        Municipality.builder().from(p.municipality())
                                .addDistricts(District.builder().id("centrum").name("Centrum-Oost").build()).build()),
                        "/municipality/districts/1/id", "centrum", "/municipality/districts/0/id"),
                Arguments.of("dinNetworks", (UnaryOperator<ImmutableSafetyPolicy>) p -> withNetwork(p, 1,
                        n -> DinNetwork.builder().from(n).id("din-ondermijning").build()),
                        "/dinNetworks/1/id", "din-ondermijning", "/dinNetworks/0/id"),
                Arguments.of("results", (UnaryOperator<ImmutableSafetyPolicy>) p -> withNetwork(p, 1,
                        n -> DinNetwork.builder().from(n).results(List.of(Result.builder().from(n.results().get(0))
                                .id("resultaat-ondermijning").build())).build()),
                        "/dinNetworks/1/results/0/id", "resultaat-ondermijning", "/dinNetworks/0/results/0/id"),
                Arguments.of("efforts", (UnaryOperator<ImmutableSafetyPolicy>) p -> withNetwork(p, 1,
                        n -> DinNetwork.builder().from(n).efforts(List.of(Effort.builder().from(n.efforts().get(0))
                                .id("inspanning-ondermijning").build())).build()),
                        "/dinNetworks/1/efforts/0/id", "inspanning-ondermijning", "/dinNetworks/0/efforts/0/id"),
                Arguments.of("partners", (UnaryOperator<ImmutableSafetyPolicy>) p ->
                        p.withPartners(plus(p.partners(), partner("politie"))), "/partners/2/id", "politie", "/partners/0/id"),
                Arguments.of("milestones", (UnaryOperator<ImmutableSafetyPolicy>) p ->
                        p.withMilestones(plus(p.milestones(), p.milestones().get(3))),
                        "/milestones/5/id", "evaluatie", "/milestones/3/id"),
                Arguments.of("cases", (UnaryOperator<ImmutableSafetyPolicy>) p -> p.withAve(AveModel.builder()
                        .from(p.ave().orElseThrow()).addCases(AveCase.builder().id("casus-1").build()).build()),
                        "/ave/cases/1/id", "casus-1", "/ave/cases/0/id"),
                Arguments.of("amendments", (UnaryOperator<ImmutableSafetyPolicy>) p -> p.withBudget(
                        Budget.builder().from(p.budget().orElseThrow())
                                .addAmendments(p.budget().orElseThrow().amendments().get(0)).build()),
                        "/budget/amendments/1/id", "begrotingswijziging", "/budget/amendments/0/id"),
                Arguments.of("balanceTables", (UnaryOperator<ImmutableSafetyPolicy>) p -> p.withBudget(
                        Budget.builder().from(p.budget().orElseThrow())
                                .addBalanceTables(p.budget().orElseThrow().balanceTables().get(0)).build()),
                        "/budget/balanceTables/1/id", "begrotingssaldo", "/budget/balanceTables/0/id"),
                Arguments.of("staffingChanges", (UnaryOperator<ImmutableSafetyPolicy>) p -> p.withBudget(
                        Budget.builder().from(p.budget().orElseThrow())
                                .addStaffingChanges(p.budget().orElseThrow().staffingChanges().get(0)).build()),
                        "/budget/staffingChanges/1/id", "extra-fte", "/budget/staffingChanges/0/id"),
                Arguments.of("keyFigures", (UnaryOperator<ImmutableSafetyPolicy>) p -> p.withKeyFigures(
                        keyFigure("evenementen", null), keyFigure("evenementen", null)),
                        "/keyFigures/1/id", "evenementen", "/keyFigures/0/id"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repeatedIds")
    void aRepeatedIdIsAnErrorAtTheRepetitionNamingTheFirst(String kind, UnaryOperator<ImmutableSafetyPolicy> change,
            String pointer, String id, String firstAt) {
        assertThat(findings(UNIQUE_IDS, change.apply(VALID))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.pointer()).isEqualTo(pointer);
            assertThat(f.values()).containsExactly(entry("kind", kind), entry("id", id), entry("firstAt", firstAt));
        });
    }

    @Test
    void partsOfDifferentKindsMayShareAnId() {
        ImmutableSafetyPolicy policy = VALID.withPartners(plus(VALID.partners(), partner("ondermijning")));

        assertThat(findings(UNIQUE_IDS, policy)).isEmpty();
    }

    @Test
    void everyRepetitionOfAnIdIsReportedInDocumentOrder() {
        ImmutableSafetyPolicy policy = VALID.withThemes(plus(VALID.themes(), VALID.themes().get(1), VALID.themes().get(1)));

        List<Finding> found = findings(UNIQUE_IDS, policy);

        assertThat(found).extracting(Finding::pointer).containsExactly("/themes/3/id", "/themes/4/id");
        assertThat(found).extracting(f -> f.values().get("firstAt")).containsOnly("/themes/1/id");
    }

    @Test
    void bothMessagesOfARepeatedIdAreFilled() {
        ImmutableSafetyPolicy policy = VALID.withPartners(plus(VALID.partners(), partner("politie")));

        assertThat(findings(UNIQUE_IDS, policy)).singleElement().satisfies(f -> {
            assertThat(f.messages()).containsOnlyKeys("nl", "en");
            assertThat(f.messages().values()).allSatisfy(m -> assertThat(m).doesNotContain("{").contains("'politie'")
                    .contains("partners").contains("/partners/0/id"));
            assertThat(f.message(new Locale("nl"))).contains("komt meer dan eens voor");
            assertThat(f.message(Locale.ENGLISH)).contains("occurs more than once");
        });
    }

    // --- model/references-resolve ---

    @Test
    void theValidPolicyHasNoDanglingReferences() {
        assertThat(findings(REFERENCES_RESOLVE, VALID)).isEmpty();
    }

    static Stream<Arguments> danglingReferences() {
        return Stream.of(
                Arguments.of("goal theme", (UnaryOperator<ImmutableSafetyPolicy>) p -> withGoal(p, 0,
                        g -> Goal.builder().from(g).addThemeIds(UNKNOWN).build()), "/goals/0/themeIds/1", "themes"),
                Arguments.of("goal indicator", (UnaryOperator<ImmutableSafetyPolicy>) p -> withGoal(p, 0,
                        g -> Goal.builder().from(g).addIndicatorIds(UNKNOWN).build()),
                        "/goals/0/indicatorIds/1", "indicators"),
                Arguments.of("measurement district", (UnaryOperator<ImmutableSafetyPolicy>) p -> p.withIndicators(
                        replaced(p.indicators(), 0, Indicator.builder().from(p.indicators().get(0))
                                .measurements(replaced(p.indicators().get(0).measurements(), 1,
                                        Measurement.builder().from(p.indicators().get(0).measurements().get(1))
                                                .districtId(UNKNOWN).build())).build())),
                        "/indicators/0/measurements/1/districtId", "districts"),
                Arguments.of("network theme", (UnaryOperator<ImmutableSafetyPolicy>) p -> withNetwork(p, 0,
                        n -> DinNetwork.builder().from(n).themeId(UNKNOWN).build()), "/dinNetworks/0/themeId", "themes"),
                Arguments.of("network goal", (UnaryOperator<ImmutableSafetyPolicy>) p -> withNetwork(p, 0,
                        n -> DinNetwork.builder().from(n).addGoalIds(UNKNOWN).build()), "/dinNetworks/0/goalIds/1", "goals"),
                Arguments.of("network partner", (UnaryOperator<ImmutableSafetyPolicy>) p -> withNetwork(p, 0,
                        n -> DinNetwork.builder().from(n).addPartnerIds(UNKNOWN).build()),
                        "/dinNetworks/0/partnerIds/1", "partners"),
                Arguments.of("result goal", (UnaryOperator<ImmutableSafetyPolicy>) p -> withNetwork(p, 0,
                        n -> DinNetwork.builder().from(n).results(List.of(Result.builder().from(n.results().get(0))
                                .addGoalIds(UNKNOWN).build())).build()),
                        "/dinNetworks/0/results/0/goalIds/1", "goals"),
                Arguments.of("effort result", (UnaryOperator<ImmutableSafetyPolicy>) p -> withNetwork(p, 0,
                        n -> DinNetwork.builder().from(n).efforts(List.of(Effort.builder().from(n.efforts().get(0))
                                .addResultIds(UNKNOWN).build())).build()),
                        "/dinNetworks/0/efforts/0/resultIds/1", "results"),
                Arguments.of("effort carrier", (UnaryOperator<ImmutableSafetyPolicy>) p -> withNetwork(p, 0,
                        n -> DinNetwork.builder().from(n).efforts(List.of(Effort.builder().from(n.efforts().get(0))
                                .addCarrierIds(UNKNOWN).build())).build()),
                        "/dinNetworks/0/efforts/0/carrierIds/2", "partners"),
                Arguments.of("key figure theme", (UnaryOperator<ImmutableSafetyPolicy>) p -> p.withKeyFigures(
                        keyFigure("evenementen", UNKNOWN)), "/keyFigures/0/themeId", "themes"),
                Arguments.of("staffing change amendment", (UnaryOperator<ImmutableSafetyPolicy>) p -> p.withBudget(
                        Budget.builder().from(p.budget().orElseThrow()).staffingChanges(List.of(StaffingChange.builder()
                                .from(p.budget().orElseThrow().staffingChanges().get(0)).amendmentId(UNKNOWN).build()))
                                .build()),
                        "/budget/staffingChanges/0/amendmentId", "amendments"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("danglingReferences")
    void aDanglingReferenceIsAnErrorAtTheReferenceNamingTheKindItShouldPointAt(String reference,
            UnaryOperator<ImmutableSafetyPolicy> change, String pointer, String kind) {
        assertThat(findings(REFERENCES_RESOLVE, change.apply(VALID))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.pointer()).isEqualTo(pointer);
            assertThat(f.values()).containsExactly(entry("kind", kind), entry("id", UNKNOWN));
        });
    }

    @Test
    void anEffortMayContributeToAResultOfAnotherNetwork() {
        ImmutableSafetyPolicy policy = withNetwork(VALID, 1, n -> DinNetwork.builder().from(n)
                .efforts(List.of(Effort.builder().from(n.efforts().get(0)).addResultIds("resultaat-ondermijning").build()))
                .build());

        assertThat(findings(REFERENCES_RESOLVE, policy)).isEmpty();
    }

    @Test
    void anIdOfAnotherKindDoesNotResolveAReference() {
        String indicatorId = VALID.indicators().get(0).id();
        ImmutableSafetyPolicy policy = withGoal(VALID, 0, g -> Goal.builder().from(g).addThemeIds(indicatorId).build());

        assertThat(findings(REFERENCES_RESOLVE, policy)).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/goals/0/themeIds/1");
            assertThat(f.values()).containsExactly(entry("kind", "themes"), entry("id", indicatorId));
        });
    }

    @Test
    void everyDanglingReferenceIsReportedInDocumentOrder() {
        ImmutableSafetyPolicy policy = withGoal(VALID, 1, g -> Goal.builder().from(g).addIndicatorIds("weg").build());
        policy = withGoal(policy, 0, g -> Goal.builder().from(g).addThemeIds(UNKNOWN).build());

        List<Finding> found = findings(REFERENCES_RESOLVE, policy);

        assertThat(found).extracting(Finding::pointer).containsExactly("/goals/0/themeIds/1", "/goals/1/indicatorIds/1");
        assertThat(found).extracting(f -> f.values().get("id")).containsExactly(UNKNOWN, "weg");
        assertThat(Validator.defaults().validate(policy).findings()).filteredOn(f -> f.ruleId().equals(REFERENCES_RESOLVE))
                .isEqualTo(found);
    }

    @Test
    void bothMessagesOfADanglingReferenceAreFilled() {
        ImmutableSafetyPolicy policy = withGoal(VALID, 0, g -> Goal.builder().from(g).addThemeIds(UNKNOWN).build());

        assertThat(findings(REFERENCES_RESOLVE, policy)).singleElement().satisfies(f -> {
            assertThat(f.messages()).containsOnlyKeys("nl", "en");
            assertThat(f.messages().values()).allSatisfy(m -> assertThat(m).doesNotContain("{")
                    .contains("'" + UNKNOWN + "'").contains("themes"));
        });
    }

    // --- helpers ---

    private static ImmutableSafetyPolicy withGoal(ImmutableSafetyPolicy policy, int index, UnaryOperator<Goal> change) {
        return policy.withGoals(replaced(policy.goals(), index, change.apply(policy.goals().get(index))));
    }

    private static ImmutableSafetyPolicy withNetwork(ImmutableSafetyPolicy policy, int index,
            UnaryOperator<DinNetwork> change) {
        return policy.withDinNetworks(replaced(policy.dinNetworks(), index, change.apply(policy.dinNetworks().get(index))));
    }

    private static CrossCuttingThread thread(String id) {
        return CrossCuttingThread.builder().id(id).name(id).build();
    }

    private static Precondition precondition(String id) {
        return Precondition.builder().id(id).name(id).build();
    }

    private static Risk risk(String id) {
        return Risk.builder().id(id).name(id).build();
    }

    private static Partner partner(String id) {
        return Partner.builder().id(id).name(id).kind(PartnerKind.MUNICIPAL_UNIT).build();
    }

    private static KeyFigure keyFigure(String id, String themeId) {
        return KeyFigure.builder().id(id).name(id).value(BigDecimal.TEN).unit("evenementen")
                .themeId(Optional.ofNullable(themeId)).build();
    }
}
