package io.github.ivplib.validation.politiewet;

import java.util.EnumSet;
import java.util.Set;

import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.YearRange;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * {@code politiewet-38b/period-at-most-four-years}: the council adopts goals at least once every
 * four years, so a policy's period, counted inclusively in calendar years, is at most four
 * ("2016-2020" is five).
 */
final class PeriodAtMostFourYears implements PolicyRule {

    static final int MAX_YEARS = 4;

    @Override
    public String id() {
        return "politiewet-38b/period-at-most-four-years";
    }

    @Override
    public Set<PolicyPart> reads() {
        return EnumSet.of(PolicyPart.IDENTITY);
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public void check(SafetyPolicy policy, RuleContext context) {
        YearRange period = policy.period();
        if (period.lengthInYears() > MAX_YEARS) {
            context.report(Pointer.ROOT.field("period"), Values.of("first", period.first(),
                    "last", period.last(), "years", period.lengthInYears(), "max", MAX_YEARS));
        }
    }
}
