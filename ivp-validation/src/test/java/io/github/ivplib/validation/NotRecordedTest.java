package io.github.ivplib.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.github.ivplib.model.ImmutableSafetyPolicy;
import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.adoption.ImmutableAdoption;
import io.github.ivplib.model.governance.Actor;

/**
 * A record that says which parts of the document it does not carry ("niet in dit record") is
 * judged on what it carries: rules that read the parts it leaves out are not run.
 */
class NotRecordedTest {

    private static final ImmutableSafetyPolicy VALID = ValidPolicy.policy();
    /** Every part a register entry built from metadata leaves out: all but identity, municipality and adoption. */
    private static final Set<PolicyPart> CONTENT = EnumSet.complementOf(
            EnumSet.of(PolicyPart.IDENTITY, PolicyPart.MUNICIPALITY, PolicyPart.ADOPTION));
    private static final ImmutableSafetyPolicy METADATA_ONLY = VALID
            .withAmbition(Optional.empty())
            .withThemes(List.of()).withThreads(List.of()).withPreconditions(List.of()).withRisks(List.of())
            .withGoals(List.of()).withIndicators(List.of()).withDinNetworks(List.of())
            .withPartners(List.of()).withRoles(List.of()).withMilestones(List.of())
            .withAve(Optional.empty()).withBudget(Optional.empty()).withKeyFigures(List.of());

    /** A local rule that says nothing of what it reads. */
    private static final class AlwaysReports implements PolicyRule {
        @Override
        public String id() {
            return "gemeente/altijd";
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.INFO;
        }

        @Override
        public String messageTemplate(String variant, Locale locale) {
            return "checked";
        }

        @Override
        public void check(SafetyPolicy policy, RuleContext context) {
            context.report(Pointer.ROOT, Values.NONE);
        }
    }

    @Test
    void aRecordOfOnlyIdentityAndAdoptionGetsNoFindingsAboutTheContentItDoesNotCarry() {
        ValidationReport report = Validator.defaults().validate(METADATA_ONLY.withNotRecorded(CONTENT));

        assertThat(report.findings()).isEmpty();
    }

    @Test
    void theSameRecordWithoutSayingSoIsJudgedAsAPolicyWithoutGoals() {
        ValidationReport report = Validator.defaults().validate(METADATA_ONLY);

        assertThat(ruleIds(report)).contains("politiewet-38b/goals-present", "themes/strategic-theme-present");
    }

    @Test
    void theRulesOnWhatTheRecordCarriesStillRun() {
        SafetyPolicy byCollege = METADATA_ONLY.withNotRecorded(CONTENT)
                .withAdoption(ImmutableAdoption.copyOf(VALID.adoption()).withAdoptedBy(Actor.EXECUTIVE_BOARD));

        ValidationReport report = Validator.defaults().validate(byCollege);

        assertThat(ruleIds(report)).containsExactly("politiewet-38b/adopted-by-council");
    }

    @Test
    void onlyTheRulesThatReadAPartLeftOutAreSkipped() {
        SafetyPolicy goalsLeftOutThemesEmpty = VALID.withGoals(List.of()).withIndicators(List.of())
                .withDinNetworks(List.of()).withNotRecorded(EnumSet.of(PolicyPart.GOALS, PolicyPart.DIN_NETWORKS))
                .withThemes(List.of());

        ValidationReport report = Validator.defaults().validate(goalsLeftOutThemesEmpty);

        assertThat(ruleIds(report)).contains("themes/strategic-theme-present")
                .doesNotContain("politiewet-38b/goals-present", "themes/strategic-theme-has-goal");
    }

    @Test
    void aRuleThatDoesNotSayWhatItReadsRunsOnlyOnCompleteRecords() {
        Validator validator = Validator.builder().addRule(new AlwaysReports()).build();

        assertThat(ruleIds(validator.validate(VALID))).contains("gemeente/altijd");
        assertThat(ruleIds(validator.validate(METADATA_ONLY.withNotRecorded(EnumSet.of(PolicyPart.BUDGET)))))
                .doesNotContain("gemeente/altijd");
    }

    private static List<String> ruleIds(ValidationReport report) {
        return report.findings().stream().map(Finding::ruleId).collect(Collectors.toList());
    }
}
