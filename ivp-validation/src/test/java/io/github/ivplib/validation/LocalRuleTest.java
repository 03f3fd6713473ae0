package io.github.ivplib.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.json.PolicyJson;

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

    /** A local series rule that reports each policy's decision date and keeps the policies it was given. */
    private static final class DecisionDates implements SeriesRule {
        /** What the rule says it reads; null for a rule that does not say. */
        private final Set<PolicyPart> reads;
        final List<SafetyPolicy> seen = new ArrayList<>();

        DecisionDates(Set<PolicyPart> reads) {
            this.reads = reads;
        }

        @Override
        public String id() {
            return "gemeente/besluitdatum";
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.INFO;
        }

        @Override
        public Set<PolicyPart> reads() {
            return reads == null ? SeriesRule.super.reads() : reads;
        }

        @Override
        public String messageTemplate(String variant, Locale locale) {
            return "decision date";
        }

        @Override
        public void check(List<SafetyPolicy> series, SeriesContext context) {
            seen.addAll(series);
            series.forEach(policy -> context.report(policy, "", Pointer.ROOT.field("adoption").field("decisionDate"), Values.NONE));
        }
    }

    private static List<ValidationReport> validateTwoFiles(Validator validator, Path dir) throws IOException {
        SafetyPolicy policy = ValidPolicy.policy();
        PolicyJson.write(policy, dir.resolve("a.json"));
        PolicyJson.write(ValidPolicy.policy().withId("tweede"), dir.resolve("b.json"));
        return validator.validateDirectory(dir);
    }

    @Test
    void aLocalSeriesRuleThatDoesNotSayWhatItReadsGetsWholePolicies(@TempDir Path dir) throws IOException {
        DecisionDates rule = new DecisionDates(null);

        validateTwoFiles(Validator.builder().addRule(rule).build(), dir);

        assertThat(rule.seen).hasSize(2).allSatisfy(policy -> {
            assertThat(policy.themes()).isNotEmpty();
            assertThat(policy.notRecorded()).isEmpty();
        });
    }

    @Test
    void aSeriesRuleOverFilesGetsRecordsOfWhatItReads(@TempDir Path dir) throws IOException {
        DecisionDates rule = new DecisionDates(EnumSet.of(PolicyPart.IDENTITY, PolicyPart.MUNICIPALITY, PolicyPart.ADOPTION));

        validateTwoFiles(Validator.builder().addRule(rule).build(), dir);

        assertThat(rule.seen).hasSize(2).allSatisfy(policy -> {
            assertThat(policy.themes()).isEmpty();
            assertThat(policy.adoption()).isEqualTo(ValidPolicy.policy().adoption());
            assertThat(policy.notRecorded()).contains(PolicyPart.THEMES, PolicyPart.GOALS, PolicyPart.BUDGET);
        });
    }

    @Test
    void aSeriesFindingOverFilesStandsAtTheLineOfItsPointer(@TempDir Path dir) throws IOException {
        DecisionDates rule = new DecisionDates(EnumSet.of(PolicyPart.IDENTITY, PolicyPart.MUNICIPALITY, PolicyPart.ADOPTION));

        List<ValidationReport> reports = validateTwoFiles(Validator.builder().addRule(rule).build(), dir);

        List<String> lines = Files.readAllLines(dir.resolve("a.json"));
        int decisionDate = 1 + lines.indexOf(lines.stream().filter(line -> line.contains("\"decisionDate\"")).findFirst().orElseThrow());
        assertThat(reports.get(0).findings()).filteredOn(f -> f.ruleId().equals(rule.id())).singleElement()
                .satisfies(f -> assertThat(f.line()).hasValue(decisionDate));
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
