package io.github.ivplib.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;

import io.github.ivplib.model.BoundedDate;
import io.github.ivplib.model.PolicyKind;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.YearRange;
import io.github.ivplib.model.adoption.Adoption;
import io.github.ivplib.model.goal.Direction;
import io.github.ivplib.model.goal.Goal;
import io.github.ivplib.model.goal.Indicator;
import io.github.ivplib.model.goal.IndicatorUnit;
import io.github.ivplib.model.goal.ReferencePoint;
import io.github.ivplib.model.governance.Actor;
import io.github.ivplib.model.json.PolicyJson;
import io.github.ivplib.model.municipality.Municipality;
import io.github.ivplib.model.theme.Theme;
import io.github.ivplib.model.theme.ThemeKind;

/**
 * Builds a small policy with the builders and writes it as JSON: the shortest way in for a
 * tool that produces policies rather than reads them.
 * <p>
 * The municipality and its figures are made up for the example.
 */
public final class BuildPolicyExample {

    private BuildPolicyExample() {
    }

    /**
     * Builds the example policy.
     *
     * @return the policy, not null
     */
    public static SafetyPolicy build() {
        return SafetyPolicy.builder()
                .id("voorbeeldstad-ivp-2025-2028")
                .municipality(Municipality.builder().name("Voorbeeldstad").cbsCode("GM9999").build())
                .kind(PolicyKind.INTEGRAL_SAFETY_PLAN)
                .title("Integraal Veiligheidsplan 2025-2028")
                .period(YearRange.of(2025, 2028))
                .adoption(Adoption.builder()
                        .adoptedBy(Actor.COUNCIL)
                        .decisionDate(BoundedDate.on(LocalDate.of(2024, 12, 12)))
                        .build())
                .addThemes(Theme.builder()
                        .id("ondermijning")
                        .kind(ThemeKind.STRATEGIC)
                        .name("Ondermijning")
                        .build())
                .addGoals(Goal.builder()
                        .id("minder-drugsdelicten")
                        .text("Het aantal geregistreerde drugsdelicten per 1.000 inwoners daalt.")
                        .addThemeIds("ondermijning")
                        .addIndicatorIds("drugsdelicten")
                        .build())
                .addIndicators(Indicator.builder()
                        .id("drugsdelicten")
                        .name("Geregistreerde drugsdelicten per 1.000 inwoners")
                        .unit(IndicatorUnit.PER_THOUSAND_INHABITANTS)
                        .direction(Direction.DECREASE)
                        .baseline(ReferencePoint.of(new BigDecimal("2.4"), Year.of(2024)))
                        .target(ReferencePoint.of(new BigDecimal("2.0"), Year.of(2028)))
                        .build())
                .build();
    }

    /**
     * Prints the example policy as JSON to standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.print(PolicyJson.write(build()));
    }
}
