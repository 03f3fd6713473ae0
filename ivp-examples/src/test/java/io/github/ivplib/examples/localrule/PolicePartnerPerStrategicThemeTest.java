package io.github.ivplib.examples.localrule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.github.ivplib.examples.ExamplePolicies;
import io.github.ivplib.validation.Finding;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Validator;

class PolicePartnerPerStrategicThemeTest {

    private static final Validator VALIDATOR = Validator.builder()
            .addRule(new PolicePartnerPerStrategicTheme())
            .build();

    private static List<Finding> findings(ExamplePolicies example) {
        return VALIDATOR.validate(example.load()).findings().stream()
                .filter(f -> f.ruleId().equals(PolicePartnerPerStrategicTheme.ID))
                .collect(Collectors.toList());
    }

    @Test
    void roermondWorksEveryStrategicThemeOutWithThePolice() {
        assertThat(findings(ExamplePolicies.ROERMOND_IVP_2024_2027)).isEmpty();
    }

    @Test
    void venloHasNoDinNetworksSoEachStrategicThemeIsReportedLikeABuiltInFinding() {
        List<Finding> found = findings(ExamplePolicies.VENLO_IVB_2023_2026);

        assertThat(found).extracting(Finding::pointer).containsExactly("/themes/0", "/themes/1", "/themes/2");
        assertThat(found).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message(Locale.ENGLISH)).contains(f.values().get("themeId")).contains("police");
            assertThat(f.message(new Locale("nl"))).contains("politie");
        });
    }

    @Test
    void theRuleDescribesItselfInDutchAndEnglishLikeABuiltInRule() {
        PolicePartnerPerStrategicTheme rule = new PolicePartnerPerStrategicTheme();

        assertThat(rule.description(new Locale("nl"))).contains("politie");
        assertThat(rule.description(Locale.ENGLISH)).contains("police");
    }
}
