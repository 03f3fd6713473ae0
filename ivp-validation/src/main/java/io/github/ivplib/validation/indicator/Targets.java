package io.github.ivplib.validation.indicator;

import java.util.ArrayList;
import java.util.List;

import io.github.ivplib.model.goal.Indicator;
import io.github.ivplib.model.goal.ReferencePoint;
import io.github.ivplib.validation.Pointer;

/**
 * The targets of an indicator with where they are in the document: its target (streefwaarde)
 * for the whole municipality and its district minimum (minimum per wijk), which is a target
 * every district must reach.
 */
final class Targets {

    private Targets() {
    }

    /**
     * Returns the targets an indicator states, target first.
     *
     * @param indicator the indicator, not null
     * @param at the pointer to the indicator, not null
     * @return the targets, not null
     */
    static List<Located> of(Indicator indicator, Pointer at) {
        List<Located> targets = new ArrayList<>(2);
        indicator.target().ifPresent(p -> targets.add(new Located(p, at.field("target"))));
        indicator.districtMinimum().ifPresent(p -> targets.add(new Located(p, at.field("districtMinimum"))));
        return targets;
    }

    /** A reference point and the pointer to it. */
    static final class Located {
        final ReferencePoint point;
        final Pointer at;

        Located(ReferencePoint point, Pointer at) {
            this.point = point;
            this.at = at;
        }
    }
}
