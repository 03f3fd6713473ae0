package io.github.ivplib.validation.theme;

import java.util.EnumSet;
import java.util.Set;

import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.theme.ThemeKind;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * {@code themes/strategic-theme-present}: a safety policy sets priorities; one with only baseline
 * themes (basisveiligheid) chooses nothing to steer on, and its goals serve no priority.
 */
final class StrategicThemePresent implements PolicyRule {

    @Override
    public String id() {
        return "themes/strategic-theme-present";
    }

    @Override
    public Set<PolicyPart> reads() {
        return EnumSet.of(PolicyPart.THEMES);
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public void check(SafetyPolicy policy, RuleContext context) {
        if (policy.themes().stream().noneMatch(theme -> theme.kind() == ThemeKind.STRATEGIC)) {
            context.report(Pointer.ROOT.field("themes"), Values.NONE);
        }
    }
}
