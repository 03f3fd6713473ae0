package io.github.ivplib.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.ivplib.model.Qualifier;
import io.github.ivplib.model.ave.SelfDirection;
import io.github.ivplib.model.budget.Scale;
import io.github.ivplib.model.cycle.MilestoneKind;
import io.github.ivplib.model.governance.Actor;
import io.github.ivplib.validation.json.ReadingRule;

/**
 * Every rule speaks both languages: its package's Dutch and English bundles hold the same keys,
 * and its main message exists in each.
 */
class MessageBundlesTest {

    static Stream<Rule> everyRule() {
        return Stream.concat(RuleCatalogue.rules().stream(), Stream.of(ReadingRule.values()));
    }

    static Stream<Class<?>> everyRulePackage() {
        return everyRule().map(Object::getClass).distinct();
    }

    private static Set<Object> keys(Class<?> inPackage, String bundle) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = inPackage.getResourceAsStream(bundle)) {
            assertThat(in).as("%s beside %s", bundle, inPackage.getPackageName()).isNotNull();
            messages.load(in);
        }
        return messages.keySet();
    }

    @ParameterizedTest
    @MethodSource("everyRulePackage")
    void dutchAndEnglishBundlesHoldTheSameKeys(Class<?> ruleClass) throws IOException {
        assertThat(keys(ruleClass, "messages.properties"))
                .isNotEmpty()
                .isEqualTo(keys(ruleClass, "messages_en.properties"));
    }

    @ParameterizedTest
    @MethodSource("everyRule")
    void everyRuleHasAMainMessageOrVariantsInBothLanguages(Rule rule) throws IOException {
        Set<Object> keys = keys(rule.getClass(), "messages.properties");

        assertThat(keys).anyMatch(key -> key.equals(rule.id()) || key.toString().startsWith(rule.id() + "."));
        assertThat(Messages.render(rule, keys.contains(rule.id()) ? "" : variantOf(rule, keys), locale -> Values.NONE))
                .containsOnlyKeys("nl", "en")
                .allSatisfy((language, text) -> assertThat(text).isNotBlank());
    }

    @org.junit.jupiter.api.Test
    void everyConstantMessagesShowHasALabelInBothLanguages() throws IOException {
        Set<Object> dutch = keys(Messages.class, "labels.properties");
        Stream<Enum<?>> constants = Stream.of(Actor.values(), MilestoneKind.values(), SelfDirection.values(),
                Scale.values(), Qualifier.values()).flatMap(Stream::of);

        assertThat(dutch).isEqualTo(keys(Messages.class, "labels_en.properties"));
        assertThat(constants.map(c -> c.getDeclaringClass().getSimpleName() + "." + c.name()))
                .allMatch(dutch::contains);
    }

    private static String variantOf(Rule rule, Set<Object> keys) {
        return keys.stream().map(Object::toString).filter(key -> key.startsWith(rule.id() + "."))
                .map(key -> key.substring(rule.id().length() + 1)).sorted().findFirst().orElseThrow();
    }
}
