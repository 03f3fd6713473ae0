package io.github.ivplib.validation;

import java.util.List;

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
     * Checks a series and reports what it finds against the policies it concerns.
     *
     * @param series the policies of one municipality and its former municipalities, in no particular order, not null, not empty
     * @param context where to report findings, and the settings, not null
     */
    void check(List<SafetyPolicy> series, SeriesContext context);
}
