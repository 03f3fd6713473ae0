package io.github.ivplib.validation.theme;

import static io.github.ivplib.validation.Lists.plus;
import static io.github.ivplib.validation.Lists.replaced;
import static io.github.ivplib.validation.RuleTesting.findings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.github.ivplib.model.ImmutableSafetyPolicy;
import io.github.ivplib.model.goal.Goal;
import io.github.ivplib.model.goal.ImmutableReferencePoint;
import io.github.ivplib.model.goal.Indicator;
import io.github.ivplib.model.goal.IndicatorUnit;
import io.github.ivplib.model.goal.ReferencePoint;
import io.github.ivplib.model.theme.Theme;
import io.github.ivplib.model.theme.ThemeKind;
import io.github.ivplib.validation.Finding;
import io.github.ivplib.validation.RuleTesting;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.ValidPolicy;
import io.github.ivplib.validation.ValidationSettings;
import io.github.ivplib.validation.Validator;

class ThemeRulesTest {

    private static final String STRATEGIC_THEME_PRESENT = "themes/strategic-theme-present";
    private static final String FOCUS = "themes/focus";
    private static final String STRATEGIC_THEME_HAS_GOAL = "themes/strategic-theme-has-goal";
    private static final String SMART = "goals/smart";

    private static final ImmutableSafetyPolicy VALID = ValidPolicy.policy();
    private static final int DEFAULT_MAX = ValidationSettings.DEFAULT_MAX_STRATEGIC_THEMES;
    private static final ReferencePoint WITHOUT_YEAR =
            ImmutableReferencePoint.builder().value(new BigDecimal("7.0")).build();

    // --- themes/strategic-theme-present ---

    @Test
    void aPolicyWithAStrategicThemePasses() {
        assertThat(findings(STRATEGIC_THEME_PRESENT, VALID)).isEmpty();
    }

    @Test
    void aPolicyWithOnlyBaselineThemesIsAnError() {
        ImmutableSafetyPolicy policy = VALID.withThemes(VALID.themes().stream()
                .map(t -> Theme.builder().from(t).kind(ThemeKind.BASELINE).build()).collect(Collectors.toList()));

        assertThat(findings(STRATEGIC_THEME_PRESENT, policy)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.pointer()).isEqualTo("/themes");
            assertThat(f.values()).isEmpty();
        });
    }

    @Test
    void aPolicyWithoutThemesIsAnError() {
        assertThat(findings(STRATEGIC_THEME_PRESENT, VALID.withThemes(List.of()))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.pointer()).isEqualTo("/themes");
            assertThat(f.values()).isEmpty();
        });
    }

    // --- themes/focus ---

    @Test
    void asManyStrategicThemesAsTheMaximumPass() {
        assertThat(findings(FOCUS, withStrategicThemes(DEFAULT_MAX))).isEmpty();
    }

    @Test
    void oneStrategicThemeMoreThanTheDefaultMaximumIsAWarningWithTheCount() {
        assertThat(findings(FOCUS, withStrategicThemes(DEFAULT_MAX + 1))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.pointer()).isEqualTo("/themes");
            assertThat(f.values()).containsExactly(entry("count", String.valueOf(DEFAULT_MAX + 1)),
                    entry("max", String.valueOf(DEFAULT_MAX)));
        });
    }

    @Test
    void baselineThemesDoNotCountTowardsTheMaximum() {
        List<Theme> themes = new ArrayList<>(withStrategicThemes(DEFAULT_MAX).themes());
        themes.add(Theme.builder().id("extra-basis").name("extra").kind(ThemeKind.BASELINE).build());

        assertThat(findings(FOCUS, VALID.withThemes(themes))).isEmpty();
    }

    @Test
    void theConfiguredMaximumApplies() {
        int configuredMax = 1;
        Validator validator = Validator.builder().maxStrategicThemes(configuredMax).build();

        assertThat(RuleTesting.findings(FOCUS, validator.validate(VALID))).singleElement().satisfies(f ->
                assertThat(f.values()).containsExactly(entry("count", "2"), entry("max", String.valueOf(configuredMax))));
    }

    // --- themes/strategic-theme-has-goal ---

    @Test
    void strategicThemesNamedByGoalsPass() {
        assertThat(findings(STRATEGIC_THEME_HAS_GOAL, VALID)).isEmpty();
    }

    @Test
    void aStrategicThemeNoGoalNamesIsAWarningAtTheTheme() {
        ImmutableSafetyPolicy policy = withGoal(VALID, 1, g -> Goal.builder().from(g).themeIds(List.of("ondermijning")).build());

        assertThat(findings(STRATEGIC_THEME_HAS_GOAL, policy)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.pointer()).isEqualTo("/themes/1");
            assertThat(f.values()).containsExactly(entry("themeId", "overlast"));
        });
    }

    @Test
    void aGoalOfTheWholePolicyDoesNotCountForAStrategicTheme() {
        ImmutableSafetyPolicy policy = withGoal(VALID, 1, g -> Goal.builder().from(g).themeIds(List.of()).build());

        assertThat(findings(STRATEGIC_THEME_HAS_GOAL, policy)).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/themes/1");
            assertThat(f.values()).containsExactly(entry("themeId", "overlast"));
        });
    }

    @Test
    void aBaselineThemeWithoutGoalPasses() {
        assertThat(VALID.themes().get(2).kind()).isEqualTo(ThemeKind.BASELINE);
        assertThat(VALID.goals()).noneMatch(g -> g.themeIds().contains(VALID.themes().get(2).id()));

        assertThat(findings(STRATEGIC_THEME_HAS_GOAL, VALID)).isEmpty();
    }

    @Test
    void everyStrategicThemeWithoutGoalIsReportedInDocumentOrder() {
        ImmutableSafetyPolicy policy = VALID.withGoals(VALID.goals().stream()
                .map(g -> Goal.builder().from(g).themeIds(List.of()).build()).collect(Collectors.toList()));

        List<Finding> found = findings(STRATEGIC_THEME_HAS_GOAL, policy);

        assertThat(found).extracting(Finding::pointer).containsExactly("/themes/0", "/themes/1");
        assertThat(found).extracting(f -> f.values().get("themeId")).containsExactly("ondermijning", "overlast");
    }

    @Test
    void bothMessagesOfAStrategicThemeWithoutGoalAreFilled() {
        ImmutableSafetyPolicy policy = withGoal(VALID, 1, g -> Goal.builder().from(g).themeIds(List.of()).build());

        assertThat(findings(STRATEGIC_THEME_HAS_GOAL, policy)).singleElement().satisfies(f -> {
            assertThat(f.messages()).containsOnlyKeys("nl", "en");
            assertThat(f.messages().values()).allSatisfy(m -> assertThat(m).doesNotContain("{").contains("'overlast'"));
            assertThat(f.message(new Locale("nl"))).contains("strategische thema");
            assertThat(f.message(Locale.ENGLISH)).contains("strategic theme");
        });
    }

    // --- goals/smart ---

    @Test
    void goalsWithAnIndicatorWithBaselineAndTargetYearsPass() {
        assertThat(findings(SMART, VALID)).isEmpty();
    }

    @Test
    void aGoalWhoseIndicatorHasNoBaselineIsAWarningAtTheGoal() {
        ImmutableSafetyPolicy policy = withIndicator(VALID, 0, i -> Indicator.builder().from(i).baseline(Optional.empty()).build());

        assertThat(findings(SMART, policy)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.pointer()).isEqualTo("/goals/0");
            assertThat(f.values()).containsExactly(entry("goalId", "minder-ondermijning"));
        });
    }

    @Test
    void aGoalWhoseIndicatorHasNoTargetIsAWarning() {
        ImmutableSafetyPolicy policy = withIndicator(VALID, 1, i -> Indicator.builder().from(i).target(Optional.empty()).build());

        assertThat(findings(SMART, policy)).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/goals/1");
            assertThat(f.values()).containsExactly(entry("goalId", "minder-overlast"));
        });
    }

    @Test
    void aBaselineWithoutYearMakesAGoalNotMeasurable() {
        ImmutableSafetyPolicy policy = withIndicator(VALID, 0, i -> Indicator.builder().from(i).baseline(WITHOUT_YEAR).build());

        assertThat(findings(SMART, policy)).singleElement().satisfies(f -> assertThat(f.pointer()).isEqualTo("/goals/0"));
    }

    @Test
    void aTargetWithoutYearMakesAGoalNotMeasurable() {
        ImmutableSafetyPolicy policy = withIndicator(VALID, 0, i -> Indicator.builder().from(i).target(WITHOUT_YEAR).build());

        assertThat(findings(SMART, policy)).singleElement().satisfies(f -> assertThat(f.pointer()).isEqualTo("/goals/0"));
    }

    @Test
    void aGoalWithoutIndicatorsIsAWarning() {
        ImmutableSafetyPolicy policy = withGoal(VALID, 0, g -> Goal.builder().from(g).indicatorIds(List.of()).build());

        assertThat(findings(SMART, policy)).singleElement().satisfies(f -> assertThat(f.pointer()).isEqualTo("/goals/0"));
    }

    @Test
    void anIndicatorIdThatDoesNotResolveDoesNotMakeAGoalMeasurable() {
        ImmutableSafetyPolicy policy = withGoal(VALID, 0, g -> Goal.builder().from(g).indicatorIds(List.of("onbekend")).build());

        assertThat(findings(SMART, policy)).singleElement().satisfies(f -> assertThat(f.pointer()).isEqualTo("/goals/0"));
    }

    @Test
    void oneMeasurableIndicatorAmongSeveralSuffices() {
        Indicator vague = Indicator.builder().id("gevoel").name("Onveiligheidsgevoel").unit(IndicatorUnit.PERCENTAGE).build();
        ImmutableSafetyPolicy policy = VALID.withIndicators(plus(VALID.indicators(), vague));
        policy = withGoal(policy, 0, g -> Goal.builder().from(g).indicatorIds(List.of("gevoel", "onbekend", "rapportcijfer")).build());

        assertThat(findings(SMART, policy)).isEmpty();
    }

    @Test
    void everyGoalThatIsNotMeasurableIsReportedInDocumentOrder() {
        ImmutableSafetyPolicy policy = VALID.withIndicators(VALID.indicators().stream()
                .map(i -> Indicator.builder().from(i).target(WITHOUT_YEAR).build()).collect(Collectors.toList()));

        assertThat(findings(SMART, policy)).extracting(Finding::pointer).containsExactly("/goals/0", "/goals/1");
    }

    // --- helpers ---

    /** The valid policy with as many strategic themes, each named by a goal. */
    private static ImmutableSafetyPolicy withStrategicThemes(int count) {
        List<Theme> themes = IntStream.range(0, count)
                .mapToObj(i -> Theme.builder().id("thema-" + i).name("Thema " + i).kind(ThemeKind.STRATEGIC).build())
                .collect(Collectors.toList());
        Goal goal = Goal.builder().from(VALID.goals().get(0))
                .themeIds(themes.stream().map(Theme::id).collect(Collectors.toList())).build();
        return VALID.withThemes(themes).withGoals(replaced(VALID.goals(), 0, goal));
    }

    private static ImmutableSafetyPolicy withGoal(ImmutableSafetyPolicy policy, int index, UnaryOperator<Goal> change) {
        return policy.withGoals(replaced(policy.goals(), index, change.apply(policy.goals().get(index))));
    }

    private static ImmutableSafetyPolicy withIndicator(ImmutableSafetyPolicy policy, int index,
            UnaryOperator<Indicator> change) {
        return policy.withIndicators(replaced(policy.indicators(), index, change.apply(policy.indicators().get(index))));
    }
}
