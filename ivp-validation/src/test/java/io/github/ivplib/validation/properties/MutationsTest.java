package io.github.ivplib.validation.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.generators.Gen;
import io.github.ivplib.model.generators.Policies;
import io.github.ivplib.model.generators.Tries;
import io.github.ivplib.model.json.PolicyJson;
import io.github.ivplib.validation.Finding;
import io.github.ivplib.validation.ValidationReport;
import io.github.ivplib.validation.Validator;

/** Each mutation of a valid policy yields findings of the rules it breaks, and of no other. */
class MutationsTest {

    private static final Validator VALIDATOR = Validator.builder().clock(Policies.clock()).build();
    /** Per mutation: some 900 mutated policies in all in the normal build. */
    private static final Tries POLICIES = Tries.of(20, 1_000);
    /** Per mutation: the reader's refusals need fewer documents, and each costs a write and a read. */
    private static final Tries DOCUMENTS = Tries.of(10, 500);
    private static final String SOURCE = "generated.json";

    @ParameterizedTest
    @EnumSource(Mutation.class)
    void aMutatedPolicyBreaksTheMutationsRulesAndNoOther(Mutation mutation) {
        POLICIES.named(mutation.name()).check(mutated(mutation), Policies::json, policy -> {
            ValidationReport report = VALIDATOR.validate(policy);

            assertThat(ruleIds(report)).as("the rules of %s", report.findings()).isEqualTo(mutation.expected());
        });
    }

    @ParameterizedTest
    @EnumSource(JsonMutation.class)
    void aMutatedDocumentIsReportedByItsReadingRuleAlone(JsonMutation mutation) {
        Gen<String> documents = Policies.valid().map(PolicyJson::write).filter(mutation::appliesTo);
        DOCUMENTS.named(mutation.name()).check(draw -> mutation.apply(documents.next(draw), draw), json -> json, json -> {
            ValidationReport report = VALIDATOR.validate(json, SOURCE);

            assertThat(ruleIds(report)).as("the rules of %s", report.findings()).containsExactly(mutation.expected());
        });
    }

    /** @return a generator of valid policies the mutation applies to, mutated */
    static Gen<SafetyPolicy> mutated(Mutation mutation) {
        Gen<SafetyPolicy> valid = Policies.valid().filter(mutation::appliesTo);
        return draw -> mutation.apply(valid.next(draw), draw);
    }

    static Set<String> ruleIds(ValidationReport report) {
        return report.findings().stream().map(Finding::ruleId).collect(Collectors.toSet());
    }
}
