package io.github.ivplib.validation.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.Qualifier;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.goal.Direction;
import io.github.ivplib.model.goal.Indicator;
import io.github.ivplib.model.goal.ReferencePoint;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.PolicyRule;
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
 * compared exactly. A target with a qualifier is judged by every value it allows, because the
 * policy counts each of them as meeting it: "ten hoogste 90" from 104 asks for a decrease,
 * "ten minste 7,2" from 7,2 holds the level, but "ten minste 7,0" from 7,0 is met without the
 * increase the indicator states, and "ten hoogste 104" from 104 without a decrease.
 * "Meer dan" and "minder dan" leave out the figure itself, so "meer dan 7,0" from 7,0 is an
 * increase; "ongeveer" counts as its figure.
 * <p>
 * The baseline is taken at its figure, whatever its qualifier: its qualifier says how exact the
 * starting point was measured, which the target cannot change, so judging by every value it
 * allows would turn an unsure measurement into a warning about the target. An indicator without
 * a direction is not judged, even when its target says "ten minste": the rule compares two
 * statements of the policy, and a target alone contradicts nothing. The district minimum has no
 * direction of its own and is not judged.
 * <p>
 * The message variant is the direction in lower case, so that each reads as a sentence, with
 * {@code .qualified} added, and the target's qualifier among the values, when the target has
 * one.
 */
final class TargetDirection implements PolicyRule {

    @Override
    public String id() {
        return "indicator/target-direction";
    }

    @Override
    public Set<PolicyPart> reads() {
        return EnumSet.of(PolicyPart.GOALS);
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
            ReferencePoint target = indicator.target().get();
            if (!movesAsStated(direction, target, baseline)) {
                List<Object> values = new ArrayList<>(List.of("direction", direction, "baseline", baseline));
                Qualifiers.add(values, "target", target.value(), target.qualifier(), false);
                String variant = Qualifiers.variant(direction.name().toLowerCase(Locale.ROOT),
                        target.qualifier() != Qualifier.EXACT);
                context.report(variant, Pointer.ROOT.field("indicators").index(i).field("target").field("value"),
                        Values.of(values.toArray()));
            }
        }
    }

    /** Whether every value the target allows lies where the direction wants it, seen from the baseline. */
    private static boolean movesAsStated(Direction direction, ReferencePoint target, BigDecimal baseline) {
        Qualifier qualifier = target.qualifier();
        int targetComparedToBaseline = target.value().compareTo(baseline);
        // a target that may be its figure stays at the baseline when its figure is the baseline
        boolean leavesBaseline = targetComparedToBaseline != 0 || !Qualifiers.allowsFigure(qualifier);
        switch (direction) {
            case INCREASE:
                return !Qualifiers.allowsBelow(qualifier) && targetComparedToBaseline >= 0 && leavesBaseline;
            case DECREASE:
                return !Qualifiers.allowsAbove(qualifier) && targetComparedToBaseline <= 0 && leavesBaseline;
            case MAINTAIN:
                return !Qualifiers.allowsBelow(qualifier) && targetComparedToBaseline >= 0;
            default:
                throw new IllegalArgumentException("unknown direction " + direction);
        }
    }
}
