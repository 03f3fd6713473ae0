package io.github.ivplib.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Which parts of a document a record carries, which decides what it may say it leaves out. */
class PartsCarriedTest {

    private static final SafetyPolicy FULL = SamplePolicy.everyField();
    /** The sample's identity, municipality and adoption alone, as a register entry from metadata. */
    private static final SafetyPolicy METADATA = SafetyPolicy.builder()
            .id(FULL.id())
            .municipality(FULL.municipality())
            .kind(FULL.kind())
            .title(FULL.title())
            .period(FULL.period())
            .adoption(FULL.adoption())
            .build();

    @ParameterizedTest
    @EnumSource(PolicyPart.class)
    void aRecordWithEveryFieldCarriesEveryPart(PolicyPart part) {
        assertThat(FULL.carries(part)).isTrue();
    }

    @Test
    void aRecordOfMetadataCarriesOnlyThePartsEveryRecordHas() {
        assertThat(EnumSet.allOf(PolicyPart.class).stream().filter(METADATA::carries))
                .containsExactlyInAnyOrder(PolicyPart.IDENTITY, PolicyPart.MUNICIPALITY, PolicyPart.ADOPTION);
    }

    @ParameterizedTest(name = "{0} through {2}")
    @MethodSource("oneThingOfAPart")
    void anyOneThingOfAPartIsEnoughToCarryIt(PolicyPart part, UnaryOperator<ImmutableSafetyPolicy.Builder> oneThing,
            String what) {
        SafetyPolicy policy = oneThing.apply(SafetyPolicy.builder().from(METADATA)).build();

        assertThat(policy.carries(part)).isTrue();
    }

    static Stream<Arguments> oneThingOfAPart() {
        return Stream.of(
                one(PolicyPart.THEMES, "the ambition", b -> b.ambition(FULL.ambition())),
                one(PolicyPart.THEMES, "a theme", b -> b.themes(FULL.themes())),
                one(PolicyPart.THEMES, "a cross-cutting thread", b -> b.threads(FULL.threads())),
                one(PolicyPart.THEMES, "a precondition", b -> b.preconditions(FULL.preconditions())),
                one(PolicyPart.THEMES, "a risk", b -> b.risks(FULL.risks())),
                one(PolicyPart.GOALS, "a goal", b -> b.goals(FULL.goals())),
                one(PolicyPart.GOALS, "an indicator", b -> b.indicators(FULL.indicators())),
                one(PolicyPart.DIN_NETWORKS, "a DIN network", b -> b.dinNetworks(FULL.dinNetworks())),
                one(PolicyPart.GOVERNANCE, "a partner", b -> b.partners(FULL.partners())),
                one(PolicyPart.GOVERNANCE, "a role", b -> b.roles(FULL.roles())),
                one(PolicyPart.CYCLE, "a milestone", b -> b.milestones(FULL.milestones())),
                one(PolicyPart.AVE, "the AVE model", b -> b.ave(FULL.ave())),
                one(PolicyPart.BUDGET, "the budget", b -> b.budget(FULL.budget())),
                one(PolicyPart.KEY_FIGURES, "a key figure", b -> b.keyFigures(FULL.keyFigures())));
    }

    private static Arguments one(PolicyPart part, String what, UnaryOperator<ImmutableSafetyPolicy.Builder> oneThing) {
        return Arguments.of(part, oneThing, what);
    }
}
