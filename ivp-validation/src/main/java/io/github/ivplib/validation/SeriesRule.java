package io.github.ivplib.validation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.SafetyPolicy;

/**
 * A rule that checks a series of policies of one municipality (one CBS code) together, such
 * as whether every day between the first and the last was covered by a policy in force. Where a
 * municipality's record names former municipalities (a merger), their policies are in its
 * series too, each with its own municipality: a rule that judges one municipality at a time
 * groups the series by CBS code.
 * <p>
 * Implementations must be immutable and thread-safe.
 */
public interface SeriesRule extends Rule {

    /**
     * Returns the parts of a policy the rule reads. A validator that checks many files holds of
     * each policy only what its series rules read until the series are judged, and each policy
     * comes to the rule as a record without the other parts ({@link SafetyPolicy#notRecorded()}).
     * A local rule that does not say gets every part.
     *
     * @return the parts, not null
     */
    default Set<PolicyPart> reads() {
        return EnumSet.allOf(PolicyPart.class);
    }

    /**
     * Checks a series and reports what it finds against the policies it concerns.
     *
     * @param series the policies of one municipality and its former municipalities, in no particular order, not null, not empty
     * @param context where to report findings, and the settings, not null
     */
    void check(List<SafetyPolicy> series, SeriesContext context);
}
