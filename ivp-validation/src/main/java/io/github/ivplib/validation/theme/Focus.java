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
import io.github.ivplib.validation.ValidationSettings;
import io.github.ivplib.validation.Values;

/**
 * {@code themes/focus}: the CCV advises few priorities, so that capacity goes where it matters;
 * more strategic themes than the configured maximum
 * ({@link ValidationSettings#maxStrategicThemes()}, 5 by default) dilute the policy.
 */
final class Focus implements PolicyRule {

    @Override
    public String id() {
        return "themes/focus";
    }

    @Override
    public Set<PolicyPart> reads() {
        return EnumSet.of(PolicyPart.THEMES);
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public void check(SafetyPolicy policy, RuleContext context) {
        long count = policy.themes().stream().filter(theme -> theme.kind() == ThemeKind.STRATEGIC).count();
        int max = context.settings().maxStrategicThemes();
        if (count > max) {
            context.report(Pointer.ROOT.field("themes"), Values.of("count", count, "max", max));
        }
    }
}
