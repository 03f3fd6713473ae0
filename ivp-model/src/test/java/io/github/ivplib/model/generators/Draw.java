package io.github.ivplib.model.generators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * The random choices one generated value is made of, all from one seeded stream, so that the
 * seed alone gives the value again. Not thread-safe: each value gets its own.
 */
public final class Draw {

    private final SplittableRandom random;

    /** @param seed the seed of the stream; the same seed gives the same choices */
    public Draw(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** @return a whole number from {@code min} to {@code max}, both inclusive */
    public int between(int min, int max) {
        return random.nextInt(min, max + 1);
    }

    /** @return a whole number from {@code min} to {@code max}, both inclusive */
    public long between(long min, long max) {
        return random.nextLong(min, max + 1);
    }

    /** @return true with the given probability, 0 to 1 */
    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** @return one of the options, each as likely, not null */
    public <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** @return one of the options, each as likely, not null */
    @SafeVarargs
    public final <T> T pick(T... options) {
        return pick(Arrays.asList(options));
    }

    /** @return one constant of an enum, each as likely, not null */
    public <E extends Enum<E>> E pick(Class<E> type) {
        return pick(type.getEnumConstants());
    }

    /** @return some of the options, each at most once, in their order, not null */
    public <T> List<T> some(List<T> options, int min, int max) {
        int count = between(Math.min(min, options.size()), Math.min(max, options.size()));
        List<Integer> left = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            left.add(i);
        }
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            chosen.add(left.remove(random.nextInt(left.size())));
        }
        chosen.sort(null);
        List<T> some = new ArrayList<>(count);
        chosen.forEach(index -> some.add(options.get(index)));
        return some;
    }

    /** @return the elements in an order of their own, not null */
    public <T> List<T> shuffled(List<T> elements) {
        List<T> shuffled = new ArrayList<>(elements);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            Collections.swap(shuffled, i, random.nextInt(i + 1));
        }
        return shuffled;
    }

    /** @return between {@code min} and {@code max} elements, each made afresh, not null */
    public <T> List<T> list(int min, int max, Supplier<T> element) {
        int count = between(min, max);
        List<T> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(element.get());
        }
        return list;
    }

    /** @return the value with the given probability, else empty, not null */
    public <T> Optional<T> maybe(double probability, Supplier<T> value) {
        return chance(probability) ? Optional.of(value.get()) : Optional.empty();
    }

    /** @return a day from {@code from} to {@code to}, both inclusive, not null */
    public LocalDate day(LocalDate from, LocalDate to) {
        return from.plusDays(between(0L, ChronoUnit.DAYS.between(from, to)));
    }

    /**
     * Returns a decimal written with a given number of decimals, such as 7.0 or 115000.50.
     *
     * @param min the least value in units of the last decimal
     * @param max the greatest value in units of the last decimal
     * @param decimals how many decimals it is written with, 0 or more
     * @return the decimal, not null
     */
    public BigDecimal decimal(long min, long max, int decimals) {
        return BigDecimal.valueOf(between(min, max), decimals);
    }
}
