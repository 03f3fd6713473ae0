package io.github.ivplib.model.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.github.ivplib.model.SafetyPolicy;

/** The promises the property runner makes: the tries it runs, and a seed that makes a failing input again. */
class TriesTest {

    private static final Tries TRIES = Tries.of(7, 11);
    private static final long SEED = 42L;
    private static final int LARGEST = 1_000;
    private static final Pattern NAMED_SEED = Pattern.compile("with seed (-?[0-9]+)");

    @Test
    void aPropertyIsCheckedOnceForEveryTry() {
        List<Integer> checked = new ArrayList<>();

        TRIES.check(draw -> draw.between(0, LARGEST), checked::add);

        assertThat(checked).hasSize(TRIES.count());
    }

    @Test
    void theNormalBuildMakesTheNormalTries() {
        assertThat(Tries.of(300, 10_000).count(null)).isEqualTo(300);
        assertThat(Tries.of(300, 10_000).count("normal")).isEqualTo(300);
    }

    @Test
    void thePropertiesProfileMakesTheThoroughTries() {
        assertThat(Tries.of(300, 10_000).count(Tries.THOROUGH)).isEqualTo(10_000);
    }

    @Test
    void mutationTestingMakesATenthOfTheNormalTriesButAtLeastOne() {
        assertThat(Tries.of(300, 10_000).count(Tries.MUTATION)).isEqualTo(30);
        assertThat(Tries.of(9, 10_000).count(Tries.MUTATION)).isEqualTo(1);
    }

    @Test
    void theSameSeedMakesTheSamePolicy() {
        SafetyPolicy once = Policies.valid().next(new Draw(SEED));

        assertThat(Policies.valid().next(new Draw(SEED))).isEqualTo(once);
    }

    @Test
    void aFailureNamesTheSeedThatMakesItsInputAgain() {
        Gen<Integer> numbers = draw -> draw.between(0, LARGEST);
        List<Integer> failing = new ArrayList<>();

        AssertionError failure = catchThrowableOfType(AssertionError.class, () -> TRIES.check(numbers, n -> {
            failing.add(n);
            throw new AssertionError("fails for every number");
        }));

        Matcher seed = NAMED_SEED.matcher(failure.getMessage());
        assertThat(seed.find()).isTrue();
        assertThat(numbers.next(new Draw(Long.parseLong(seed.group(1))))).isEqualTo(failing.get(0));
    }

    @Test
    void aFilterThatAcceptsNothingGivesUpInsteadOfDrawingForever() {
        Gen<Integer> none = ((Gen<Integer>) draw -> draw.between(0, LARGEST)).filter(n -> n > LARGEST);

        assertThatThrownBy(() -> none.next(new Draw(SEED))).isInstanceOf(IllegalStateException.class);
    }
}
