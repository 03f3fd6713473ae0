package io.github.ivplib.validation.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.github.ivplib.validation.Rule;
import io.github.ivplib.validation.RuleCatalogue;
import io.github.ivplib.validation.json.ReadingRule;

/** A rule added to the catalogue gets a mutation that breaks it, so the properties check it too. */
class MutationCoverageTest {

    @Test
    void everyRuleOfTheCatalogueIsBrokenBySomeMutation() {
        // json/unreadable is about a path that is no readable file, which no change to a document makes: FileInputTest.
        Set<String> catalogue = Stream.concat(RuleCatalogue.rules().stream().map(Rule::id),
                Stream.of(ReadingRule.values()).filter(rule -> rule != ReadingRule.UNREADABLE).map(ReadingRule::id))
                .collect(Collectors.toSet());

        Set<String> broken = Stream.of(
                Stream.of(Mutation.values()).flatMap(m -> m.expected().stream()),
                Stream.of(JsonMutation.values()).map(JsonMutation::expected),
                Stream.of(SeriesMutation.values()).flatMap(m -> m.expected().stream()))
                .flatMap(ids -> ids).collect(Collectors.toSet());

        assertThat(broken).containsAll(catalogue);
    }
}
