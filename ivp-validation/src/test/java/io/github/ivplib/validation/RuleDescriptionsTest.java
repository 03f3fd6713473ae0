package io.github.ivplib.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.validation.json.ReadingRule;

/** Every rule a validator can report says what it checks, in Dutch and in English. */
class RuleDescriptionsTest {

    private static final Locale DUTCH = new Locale("nl");

    private static List<Rule> everyBuiltInRule() {
        return Stream.concat(Stream.of(ReadingRule.values()), RuleCatalogue.rules().stream()).collect(Collectors.toList());
    }

    @Test
    void everyBuiltInAndReadingRuleHasADutchDescription() {
        assertThat(everyBuiltInRule()).allSatisfy(rule -> assertThat(rule.description(DUTCH)).as(rule.id()).isNotBlank());
    }

    @Test
    void everyBuiltInAndReadingRuleHasAnEnglishDescription() {
        assertThat(everyBuiltInRule()).allSatisfy(rule -> assertThat(rule.description(Locale.ENGLISH)).as(rule.id()).isNotBlank());
    }

    /** A key missing from the English bundle would silently give the Dutch text of its parent bundle. */
    @Test
    void everyEnglishDescriptionIsATranslationNotTheDutchText() {
        assertThat(everyBuiltInRule()).allSatisfy(rule -> assertThat(rule.description(Locale.ENGLISH)).as(rule.id())
                .isNotEqualTo(rule.description(DUTCH)));
    }

    @Test
    void aRuleWithoutADescriptionSaysSoWithMissingResourceException() {
        Rule undescribed = new PolicyRule() {
            @Override
            public String id() {
                return "gemeente/zonder-beschrijving";
            }

            @Override
            public Severity defaultSeverity() {
                return Severity.INFO;
            }

            @Override
            public void check(SafetyPolicy policy, RuleContext context) {
            }
        };

        assertThatExceptionOfType(MissingResourceException.class).isThrownBy(() -> undescribed.description(Locale.ENGLISH));
    }
}
