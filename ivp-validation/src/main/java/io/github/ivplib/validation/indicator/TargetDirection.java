package io.github.ivplib.validation.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.goal.Direction;
import io.github.ivplib.model.goal.Indicator;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * {@code indicator/target-direction}: an indicator states the direction the policy wants
 * (stijgen, dalen, ten minste handhaven); a target that moves the other way contradicts it, and
 * usually one of the two is mistyped.
 * <p>
 * With a direction, a baseline and a target: {@link Direction#INCREASE} needs the target above
 * the baseline, {@link Direction#DECREASE} below it, {@link Direction#MAINTAIN} at least at it,
 * compared exactly. The district minimum has no direction of its own and is not judged. The
 * message variant is the direction in lower case, so that each reads as a sentence.
 */
final class TargetDirection implements PolicyRule {

    @Override
    public String id() {
        return "indicator/target-direction";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public void check(SafetyPolicy policy, RuleContext context) {
        List<Indicator> indicators = policy.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            if (indicator.direction().isEmpty() || indicator.baseline().isEmpty() || indicator.target().isEmpty()) {
                continue;
            }
            Direction direction = indicator.direction().get();
            BigDecimal baseline = indicator.baseline().get().value();
            BigDecimal target = indicator.target().get().value();
            if (!movesAsStated(direction, target.compareTo(baseline))) {
                context.report(direction.name().toLowerCase(Locale.ROOT), Pointer.ROOT.field("indicators").index(i).field("target").field("value"),
                        Values.of("direction", direction, "baseline", baseline, "target", target));
            }
        }
    }

    private static boolean movesAsStated(Direction direction, int targetComparedToBaseline) {
        switch (direction) {
            case INCREASE:
                return targetComparedToBaseline > 0;
            case DECREASE:
                return targetComparedToBaseline < 0;
            case MAINTAIN:
                return targetComparedToBaseline >= 0;
            default:
                throw new IllegalArgumentException("unknown direction " + direction);
        }
    }
}
