package io.github.ivplib.validation.politiewet;

import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.validation.Values;
import io.github.ivplib.validation.politiewet.AdoptionDates.Known;

/** A finding a series judgement makes: the policy it concerns, its message variant, the date it is about and its values. */
final class SeriesOutcome {
    final SafetyPolicy policy;
    final String variant;
    final Known at;
    final Values values;

    SeriesOutcome(SafetyPolicy policy, String variant, Known at, Values values) {
        this.policy = policy;
        this.variant = variant;
        this.at = at;
        this.values = values;
    }
}
