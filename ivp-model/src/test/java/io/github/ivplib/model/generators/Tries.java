package io.github.ivplib.model.generators;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a property over generated values: a few hundred tries in the normal build, thousands in
 * the {@code properties} profile, a tenth of the normal tries under mutation testing, each try's
 * value from a seed of its own so that a failure names the one seed that makes its input again.
 * <p>
 * Set by system properties, which Maven passes on with {@code -D}:
 * <ul>
 * <li>{@value #MODE}: {@code normal}, {@code thorough} or {@code mutation}; the build sets it from
 * the profile. PIT runs the covering tests once for every mutant, so there the properties make
 * a tenth of their normal tries, at least one: enough for each parameter of a property (each
 * mutation of a rule) to reach its rule, cheap enough to run some thousand times;</li>
 * <li>{@value #SEED}: the seed every property's tries come from, {@value #DEFAULT_SEED} where
 * absent, so the normal build checks the same values every time;</li>
 * <li>{@value #REPLAY}: the seed of one try, as a failure names it: each property then makes
 * that one value only.</li>
 * </ul>
 * The input of a failing try is written below {@value #FAILURES}, where it can be read or
 * validated by hand.
 */
public final class Tries {

    public static final String MODE = "ivp.properties";
    public static final String THOROUGH = "thorough";
    public static final String MUTATION = "mutation";
    /** Under mutation testing a property makes this share of its normal tries. */
    private static final int MUTATION_DIVISOR = 10;
    public static final String SEED = "ivp.properties.seed";
    public static final String REPLAY = "ivp.properties.replay";
    public static final long DEFAULT_SEED = 20_230_101L;
    /** Relative to the module, where Surefire runs the tests. */
    public static final String FAILURES = "target/property-failures";

    private final int normal;
    private final int thorough;
    private final String salt;

    private Tries(int normal, int thorough, String salt) {
        this.normal = normal;
        this.thorough = thorough;
        this.salt = salt;
    }

    /**
     * @param normal the tries of the normal build
     * @param thorough the tries of the {@code properties} profile
     * @return the runner, not null
     */
    public static Tries of(int normal, int thorough) {
        return new Tries(normal, thorough, "");
    }

    /**
     * Returns a runner whose tries draw other seeds, for a test method that checks several
     * properties, such as one per parameter.
     *
     * @param name what tells the properties apart, not null
     * @return the runner, not null
     */
    public Tries named(String name) {
        return new Tries(normal, thorough, salt + "/" + name);
    }

    /** @return how many tries a property gets in this build */
    public int count() {
        return count(System.getProperty(MODE));
    }

    /**
     * @param mode the value of {@value #MODE}, may be null
     * @return how many tries a property gets in a build of that mode
     */
    int count(String mode) {
        if (THOROUGH.equals(mode)) {
            return thorough;
        }
        return MUTATION.equals(mode) ? Math.max(1, normal / MUTATION_DIVISOR) : normal;
    }

    /**
     * Checks a property of every generated value, describing a failing input with {@code toString}.
     *
     * @param values the generator, not null
     * @param property throws, such as an {@link AssertionError}, where a value lacks the property, not null
     * @throws AssertionError naming the seed of the first value that lacks it
     */
    public <T> void check(Gen<T> values, Consumer<? super T> property) {
        check(values, String::valueOf, property);
    }

    /**
     * Checks a property of every generated value.
     *
     * @param values the generator, not null
     * @param describe how a failing input is written down, such as a policy as JSON, not null
     * @param property throws, such as an {@link AssertionError}, where a value lacks the property, not null
     * @throws AssertionError naming the seed of the first value that lacks it
     */
    public <T> void check(Gen<T> values, Function<? super T, String> describe, Consumer<? super T> property) {
        String name = caller() + salt;
        String replay = System.getProperty(REPLAY);
        if (replay != null) {
            tryOnce(name, 0, 1, Long.parseLong(replay), values, describe, property);
            return;
        }
        long seed = Long.parseLong(System.getProperty(SEED, String.valueOf(DEFAULT_SEED)));
        SplittableRandom seeds = new SplittableRandom(seed ^ name.hashCode());
        int count = count();
        for (int i = 0; i < count; i++) {
            tryOnce(name, i, count, seeds.nextLong(), values, describe, property);
        }
    }

    private static <T> void tryOnce(String name, int index, int count, long seed, Gen<T> values,
            Function<? super T, String> describe, Consumer<? super T> property) {
        T value = null;
        try {
            value = values.next(new Draw(seed));
            property.accept(value);
        } catch (RuntimeException | AssertionError e) {
            String where = value == null ? "the generator failed, so there is no input to show"
                    : "its input is in " + writeDown(name, seed, describe.apply(value));
            throw new AssertionError("property " + name + " failed on try " + (index + 1) + " of " + count
                    + " with seed " + seed + "; " + where + ".\nTo run that try alone, add -D" + REPLAY + "=" + seed
                    + " and -Dtest=" + name.replaceFirst("/.*", "") + " to the Maven command.\n" + e.getMessage(), e);
        }
    }

    private static String writeDown(String name, long seed, String input) {
        Path file = Path.of(FAILURES, name.replaceAll("[^A-Za-z0-9.#-]", "_") + "-" + seed + ".txt");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, input, StandardCharsets.UTF_8);
            return file.toAbsolutePath().toString();
        } catch (IOException e) {
            // The failure itself matters more than where its input went; say why it is not on disk.
            return "no file (" + e + ")";
        }
    }

    /** The test class and method that checks the property, as Surefire's -Dtest takes it. */
    private static String caller() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(frame -> !frame.getClassName().equals(Tries.class.getName()))
                .findFirst()
                .map(frame -> frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1)
                        + "#" + frame.getMethodName())
                .orElse("unknown"));
    }
}
