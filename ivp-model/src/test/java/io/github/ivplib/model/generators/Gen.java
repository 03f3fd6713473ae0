package io.github.ivplib.model.generators;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Makes values from the random choices of a {@link Draw}: the same seed, the same value.
 * <p>
 * A generator is a plain function so that it can serve any property runner; {@link Tries} is
 * the one these tests use.
 *
 * @param <T> the type of the values
 */
@FunctionalInterface
public interface Gen<T> {

    /** How often {@link #filter} draws again before it gives up: a filter that rejects more is a wrong generator. */
    int MAX_ATTEMPTS = 1_000;

    /**
     * Makes a value.
     *
     * @param draw the choices to make it from, not null
     * @return the value, not null
     */
    T next(Draw draw);

    /**
     * Returns a generator of the values this one makes, changed.
     *
     * @param change how to change a value, not null
     * @return the generator, not null
     */
    default <R> Gen<R> map(Function<? super T, ? extends R> change) {
        return draw -> change.apply(next(draw));
    }

    /**
     * Returns a generator of only the values this one makes that pass a test, drawing again from
     * the same choices until one does.
     *
     * @param accepts the test, not null
     * @return the generator, not null
     * @throws IllegalStateException from the generator, if {@link #MAX_ATTEMPTS} values in a row fail
     */
    default Gen<T> filter(Predicate<? super T> accepts) {
        return draw -> {
            for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                T value = next(draw);
                if (accepts.test(value)) {
                    return value;
                }
            }
            throw new IllegalStateException("no value passed the filter in " + MAX_ATTEMPTS + " attempts");
        };
    }
}
