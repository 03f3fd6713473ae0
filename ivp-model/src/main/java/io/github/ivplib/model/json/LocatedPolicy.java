package io.github.ivplib.model.json;

import java.util.Objects;

import io.github.ivplib.model.SafetyPolicy;

/**
 * A policy read from a document, with where each of its values stands in the document's text.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class LocatedPolicy {

    private final SafetyPolicy policy;
    private final SourcePositions positions;

    LocatedPolicy(SafetyPolicy policy, SourcePositions positions) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.positions = Objects.requireNonNull(positions, "positions");
    }

    /** @return the policy, not null */
    public SafetyPolicy policy() {
        return policy;
    }

    /** @return where each value stands in the text, not null */
    public SourcePositions positions() {
        return positions;
    }
}
