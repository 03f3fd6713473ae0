package io.github.ivplib.model.json;

import io.github.ivplib.model.Qualifier;

/**
 * Leaves a qualifier out of the written document when it is {@link Qualifier#EXACT}, which is
 * what the reader takes when it is absent.
 * <p>
 * Most figures are exact, so an indicator's values stay as short as they were before they could
 * be qualified, and files written before then are still in the writer's form. Jackson calls
 * {@link #equals(Object)} with the value to write and leaves it out when it answers true. Public
 * only because the model's annotations name it; callers use {@link PolicyJson}.
 * This class is immutable and thread-safe.
 */
public final class ExactLeftOut {

    /** Creates the filter; Jackson does, for the annotation that names this class. */
    public ExactLeftOut() {
    }

    @Override
    public boolean equals(Object value) {
        return value == Qualifier.EXACT;
    }

    @Override
    public int hashCode() {
        return Qualifier.EXACT.hashCode();
    }
}
