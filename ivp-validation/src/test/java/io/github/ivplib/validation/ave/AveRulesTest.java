package io.github.ivplib.validation.ave;

import static io.github.ivplib.validation.RuleTesting.findings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.github.ivplib.model.ImmutableSafetyPolicy;
import io.github.ivplib.model.ave.AveCase;
import io.github.ivplib.model.ave.AveModel;
import io.github.ivplib.model.ave.AvePhase;
import io.github.ivplib.model.ave.DirectionAgreedPerCase;
import io.github.ivplib.model.ave.ImmutableAveModel;
import io.github.ivplib.model.ave.ImmutableAvePhase;
import io.github.ivplib.model.ave.PhaseTransition;
import io.github.ivplib.model.ave.SelfDirection;
import io.github.ivplib.validation.Finding;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.ValidPolicy;
import io.github.ivplib.validation.Validator;

class AveRulesTest {

    private static final String FOUR_PHASES = "ave/four-phases";
    private static final String DIRECTION_ASSIGNED = "ave/direction-assigned";
    private static final String SELF_DIRECTION_DECREASES = "ave/self-direction-decreases";
    private static final String STEP_BY_STEP = "ave/step-by-step";

    private static final ImmutableSafetyPolicy VALID = ValidPolicy.policy();
    private static final AveModel VALID_AVE = VALID.ave().orElseThrow();

    /** The valid policy's phases 1 to 4 are at these indexes. */
    private static final int PHASE_2 = 1;
    private static final int PHASE_3 = 2;
    private static final int PHASE_4 = 3;
    private static final int BEYOND_LAST_PHASE = 5;
    private static final String NEW_CASE = "casus-2";
    private static final String ARRANGEMENT = "https://www.zorgenveiligheidshuizen.nl/veiligheidshuizen/veiligheidshuis-noord-limburg-sub/ave";

    @Test
    void aPolicyWithoutAnAveModelHasNoAveFindings() {
        assertThat(Validator.defaults().validate(VALID.withAve(Optional.empty())).findings())
                .noneSatisfy(f -> assertThat(f.ruleId()).startsWith("ave/"));
    }

    // ave/four-phases

    @Test
    void thePhasesOneToFourEachOncePass() {
        assertThat(findings(FOUR_PHASES, VALID)).isEmpty();
    }

    @Test
    void thePhasesInAnotherOrderPass() {
        assertThat(findings(FOUR_PHASES, withPhases(reversed(VALID_AVE.phases())))).isEmpty();
    }

    @Test
    void aFifthPhaseIsUnexpected() {
        ImmutableSafetyPolicy policy = withPhases(plus(VALID_AVE.phases(),
                ImmutableAvePhase.copyOf(VALID_AVE.phases().get(PHASE_4)).withNumber(BEYOND_LAST_PHASE)));

        assertThat(findings(FOUR_PHASES, policy)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.pointer()).isEqualTo("/ave/phases/4/number");
            assertThat(f.values()).containsExactly(entry("number", "5"));
        });
    }

    @Test
    void aMissingPhaseIsReportedAtThePhases() {
        List<AvePhase> phases = new ArrayList<>(VALID_AVE.phases());
        phases.remove(PHASE_4);

        assertThat(findings(FOUR_PHASES, withPhases(phases))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.pointer()).isEqualTo("/ave/phases");
            assertThat(f.values()).containsExactly(entry("number", "4"));
        });
    }

    @Test
    void aRepeatedPhaseIsUnexpectedAndTheOneItReplacesMissing() {
        ImmutableSafetyPolicy policy = changedPhase(PHASE_3, p -> p.withNumber(2));

        assertThat(findings(FOUR_PHASES, policy)).extracting(Finding::pointer, Finding::values)
                .containsExactly(tuple("/ave/phases", Map.of("number", "3")),
                        tuple("/ave/phases/2/number", Map.of("number", "2")));
    }

    @Test
    void aPhaseNumberedZeroIsUnexpected() {
        ImmutableSafetyPolicy policy = withPhases(plus(VALID_AVE.phases(),
                ImmutableAvePhase.copyOf(VALID_AVE.phases().get(0)).withNumber(0)));

        assertThat(findings(FOUR_PHASES, policy)).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/ave/phases/4/number");
            assertThat(f.values()).containsExactly(entry("number", "0"));
        });
    }

    // ave/direction-assigned

    @Test
    void phasesThatNameWhoHoldsDirectionPass() {
        assertThat(findings(DIRECTION_ASSIGNED, VALID)).isEmpty();
    }

    @Test
    void aPhaseWithoutDirectionIsAnErrorAtItsDirection() {
        ImmutableSafetyPolicy policy = changedPhase(PHASE_2, p -> p.withDirection(List.of()));

        assertThat(findings(DIRECTION_ASSIGNED, policy)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.pointer()).isEqualTo("/ave/phases/1/direction");
            assertThat(f.values()).containsExactly(entry("phase", "2"));
        });
    }

    @Test
    void aPhaseWhoseDirectionIsAgreedPerCasePasses() {
        ImmutableSafetyPolicy policy = changedPhase(PHASE_2, p -> p.withDirection(List.of())
                .withDirectionAgreedPerCase(DirectionAgreedPerCase.builder().publishedAt(ARRANGEMENT).build()));

        assertThat(findings(DIRECTION_ASSIGNED, policy)).isEmpty();
    }

    @Test
    void aPhaseWhoseDirectionIsAgreedPerCaseNeedsNoPlaceOfPublication() {
        ImmutableSafetyPolicy policy = changedPhase(PHASE_3, p -> p.withDirection(List.of())
                .withDirectionAgreedPerCase(DirectionAgreedPerCase.builder().build()));

        assertThat(findings(DIRECTION_ASSIGNED, policy)).isEmpty();
    }

    @Test
    void aPhaseThatNeitherNamesAHolderNorAgreesPerCaseIsStillAnError() {
        ImmutableSafetyPolicy policy = withPhases(VALID_AVE.phases().stream()
                .map(p -> ImmutableAvePhase.copyOf(p).withDirection(List.of()).withDirectionAgreedPerCase(
                        p.number() == 4 ? Optional.empty() : Optional.of(DirectionAgreedPerCase.builder().build())))
                .collect(Collectors.toList()));

        assertThat(findings(DIRECTION_ASSIGNED, policy)).singleElement()
                .satisfies(f -> assertThat(f.pointer()).isEqualTo("/ave/phases/3/direction"));
    }

    // ave/self-direction-decreases

    @Test
    void selfDirectionThatDecreasesOrStaysEqualPasses() {
        assertThat(findings(SELF_DIRECTION_DECREASES, VALID)).isEmpty();
    }

    @Test
    void moreSelfDirectionInAHigherPhaseIsAnErrorAtThatPhase() {
        ImmutableSafetyPolicy policy = changedPhase(PHASE_3, p -> p.withSelfDirection(SelfDirection.FULL));

        assertThat(findings(SELF_DIRECTION_DECREASES, policy)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.pointer()).isEqualTo("/ave/phases/2/selfDirection");
            assertThat(f.values()).containsExactly(entry("phase", "3"), entry("selfDirection", "FULL"),
                    entry("previousPhase", "2"), entry("previousSelfDirection", "SUPPORTED"));
        });
    }

    @Test
    void phasesAreComparedInTheOrderOfTheirNumberNotOfTheList() {
        List<AvePhase> phases = reversed(VALID_AVE.phases());
        phases.set(0, ImmutableAvePhase.copyOf(phases.get(0)).withSelfDirection(SelfDirection.SUPPORTED));

        assertThat(findings(SELF_DIRECTION_DECREASES, withPhases(phases))).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/ave/phases/0/selfDirection");
            assertThat(f.values()).containsExactly(entry("phase", "4"), entry("selfDirection", "SUPPORTED"),
                    entry("previousPhase", "3"), entry("previousSelfDirection", "TAKEN_OVER"));
        });
    }

    // ave/step-by-step

    @Test
    void casesMovingOnePhaseUpOrDownAtATimePass() {
        assertThat(findings(STEP_BY_STEP, VALID)).isEmpty();
    }

    @Test
    void aTransitionSkippingAPhaseIsAJump() {
        ImmutableSafetyPolicy policy = withNewCase(transition(1, 3));

        assertThat(findings(STEP_BY_STEP, policy)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.pointer()).isEqualTo("/ave/cases/1/transitions/0");
            assertThat(f.values()).containsExactly(entry("caseId", NEW_CASE), entry("from", "1"), entry("to", "3"));
        });
    }

    @Test
    void aTransitionToTheSamePhaseIsAJump() {
        ImmutableSafetyPolicy policy = withNewCase(transition(2, 2));

        assertThat(findings(STEP_BY_STEP, policy)).singleElement()
                .satisfies(f -> assertThat(f.values()).containsExactly(entry("caseId", NEW_CASE), entry("from", "2"), entry("to", "2")));
    }

    @Test
    void aTransitionNotStartingWhereThePreviousEndedIsAGap() {
        ImmutableSafetyPolicy policy = withNewCase(transition(1, 2), transition(3, 4));

        assertThat(findings(STEP_BY_STEP, policy)).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/ave/cases/1/transitions/1");
            assertThat(f.values()).containsExactly(entry("caseId", NEW_CASE), entry("from", "3"), entry("previousTo", "2"));
        });
    }

    @Test
    void aTransitionCanBeBothAGapAndAJump() {
        ImmutableSafetyPolicy policy = withNewCase(transition(1, 2), transition(4, 1));

        assertThat(findings(STEP_BY_STEP, policy)).extracting(Finding::pointer, Finding::values)
                .containsExactlyInAnyOrder(
                        tuple("/ave/cases/1/transitions/1", Map.of("caseId", NEW_CASE, "from", "4", "to", "1")),
                        tuple("/ave/cases/1/transitions/1", Map.of("caseId", NEW_CASE, "from", "4", "previousTo", "2")));
    }

    // messages

    @Test
    void everyMessageOfThePackageIsFilledInBothLanguages() {
        ImmutableSafetyPolicy policy = changedPhase(PHASE_3, p -> p.withNumber(BEYOND_LAST_PHASE)
                .withDirection(List.of()).withSelfDirection(SelfDirection.FULL));
        policy = withNewCase(policy, transition(1, 2), transition(3, 1));

        List<Finding> found = Validator.defaults().validate(policy).findings();

        assertThat(found).filteredOn(f -> f.ruleId().startsWith("ave/")).extracting(Finding::ruleId)
                .containsExactlyInAnyOrder(FOUR_PHASES, FOUR_PHASES, DIRECTION_ASSIGNED, SELF_DIRECTION_DECREASES,
                        STEP_BY_STEP, STEP_BY_STEP);
        assertThat(found).filteredOn(f -> f.ruleId().startsWith("ave/")).allSatisfy(f -> {
            assertThat(f.message(new Locale("nl"))).isNotBlank().doesNotContain("{");
            assertThat(f.message(Locale.ENGLISH)).isNotBlank().doesNotContain("{");
            assertThat(f.message(Locale.ENGLISH)).isNotEqualTo(f.message(new Locale("nl")));
        });
    }

    private static ImmutableSafetyPolicy withPhases(List<AvePhase> phases) {
        return VALID.withAve(ImmutableAveModel.copyOf(VALID_AVE).withPhases(phases));
    }

    private static ImmutableSafetyPolicy changedPhase(int index, UnaryOperator<ImmutableAvePhase> change) {
        List<AvePhase> phases = new ArrayList<>(VALID_AVE.phases());
        phases.set(index, change.apply(ImmutableAvePhase.copyOf(phases.get(index))));
        return withPhases(phases);
    }

    private static ImmutableSafetyPolicy withNewCase(PhaseTransition... transitions) {
        return withNewCase(VALID, transitions);
    }

    private static ImmutableSafetyPolicy withNewCase(ImmutableSafetyPolicy policy, PhaseTransition... transitions) {
        AveModel ave = policy.ave().orElseThrow();
        List<AveCase> cases = new ArrayList<>(ave.cases());
        cases.add(AveCase.builder().id(NEW_CASE).addTransitions(transitions).build());
        return policy.withAve(ImmutableAveModel.copyOf(ave).withCases(cases));
    }

    private static List<AvePhase> plus(List<AvePhase> phases, AvePhase extra) {
        List<AvePhase> all = new ArrayList<>(phases);
        all.add(extra);
        return all;
    }

    private static List<AvePhase> reversed(List<AvePhase> phases) {
        List<AvePhase> all = new ArrayList<>(phases);
        Collections.reverse(all);
        return all;
    }

    private static PhaseTransition transition(int from, int to) {
        return PhaseTransition.builder().date(LocalDate.of(2025, 1, 1)).fromPhase(from).toPhase(to).build();
    }
}
