package io.github.ivplib.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.github.ivplib.model.SafetyPolicy;

class LocalRuleTest {

    /** A local rule with its messages inline: every policy must have an ambition. */
    private static final class AmbitionStated implements PolicyRule {
        private final String id;

        AmbitionStated(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.WARNING;
        }

        @Override
        public String messageTemplate(String variant, Locale locale) {
            return "en".equals(locale.getLanguage()) ? "Policy {policyId} states no ambition."
                    : "Beleid {policyId} noemt geen ambitie.";
        }

        @Override
        public void check(SafetyPolicy policy, RuleContext context) {
            if (policy.ambition().isEmpty()) {
                context.report(Pointer.ROOT.field("ambition"), Values.of("policyId", policy.id()));
            }
        }
    }

    @Test
    void aLocalRuleIsReportedLikeABuiltInOne() {
        Validator validator = Validator.builder().addRule(new AmbitionStated("gemeente/ambitie")).build();

        ValidationReport report = validator.validate(ValidPolicy.policy());

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("gemeente/ambitie");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.pointer()).isEqualTo("/ambition");
            assertThat(f.message(Locale.ENGLISH)).isEqualTo("Policy voorbeeldstad-ivp-2024-2027 states no ambition.");
        });
    }

    @Test
    void aLocalRuleCanBeConfiguredLikeABuiltInOne() {
        Validator validator = Validator.builder().addRule(new AmbitionStated("gemeente/ambitie"))
                .severity("gemeente/ambitie", Severity.ERROR).build();

        assertThat(validator.validate(ValidPolicy.policy()).hasErrors()).isTrue();
    }

    @Test
    void aLocalRuleMayNotUseABuiltInNamespace() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Validator.builder().addRule(new AmbitionStated("themes/ambition")))
                .withMessageContaining("themes");
    }

    @Test
    void aLocalRuleIdNeedsANamespace() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Validator.builder().addRule(new AmbitionStated("ambition")));
    }

    @Test
    void aLocalRuleIdIsAddedOnce() {
        Validator.Builder builder = Validator.builder().addRule(new AmbitionStated("gemeente/ambitie"));

        assertThatIllegalArgumentException().isThrownBy(() -> builder.addRule(new AmbitionStated("gemeente/ambitie")));
    }

    @Test
    void aRuleThatJudgesNeitherAPolicyNorASeriesIsRefused() {
        Rule judgesNothing = new Rule() {
            @Override
            public String id() {
                return "gemeente/niets";
            }

            @Override
            public Severity defaultSeverity() {
                return Severity.INFO;
            }
        };

        assertThatIllegalArgumentException().isThrownBy(() -> Validator.builder().addRule(judgesNothing))
                .withMessageContaining("PolicyRule or SeriesRule");
    }
}
