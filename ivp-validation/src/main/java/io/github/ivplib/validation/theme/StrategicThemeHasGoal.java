package io.github.ivplib.validation.theme;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.theme.Theme;
import io.github.ivplib.model.theme.ThemeKind;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * {@code themes/strategic-theme-has-goal}: a theme is prioritised so that the council adopts goals
 * for it; a strategic theme no goal names is a priority without anything to steer on.
 * <p>
 * A goal with no themes serves the whole policy and counts for no theme in particular.
 */
final class StrategicThemeHasGoal implements PolicyRule {

    @Override
    public String id() {
        return "themes/strategic-theme-has-goal";
    }

    @Override
    public Set<PolicyPart> reads() {
        return EnumSet.of(PolicyPart.THEMES, PolicyPart.GOALS);
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public void check(SafetyPolicy policy, RuleContext context) {
        Set<String> themesWithGoal = new HashSet<>();
        policy.goals().forEach(goal -> themesWithGoal.addAll(goal.themeIds()));
        List<Theme> themes = policy.themes();
        for (int i = 0; i < themes.size(); i++) {
            Theme theme = themes.get(i);
            if (theme.kind() == ThemeKind.STRATEGIC && !themesWithGoal.contains(theme.id())) {
                context.report(Pointer.ROOT.field("themes").index(i), Values.of("themeId", theme.id()));
            }
        }
    }
}
