package io.github.ivplib.validation;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.ivplib.validation.ave.AveRules;
import io.github.ivplib.validation.budget.BudgetRules;
import io.github.ivplib.validation.cycle.CycleRules;
import io.github.ivplib.validation.din.DinRules;
import io.github.ivplib.validation.identity.IdentityRules;
import io.github.ivplib.validation.indicator.IndicatorRules;
import io.github.ivplib.validation.integrity.IntegrityRules;
import io.github.ivplib.validation.politiewet.PolitiewetRules;
import io.github.ivplib.validation.theme.ThemeRules;

/**
 * The built-in rules, with the version of the catalogue they implement.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class RuleCatalogue {

    /** The version of the rule catalogue; it changes whenever a rule is added or changes meaning. */
    public static final String VERSION = "1.2";

    /** The namespaces of the built-in rule ids; local rules must use another. */
    public static final List<String> NAMESPACES = List.of("json", "politiewet-38b", "model", "themes",
            "goals", "din", "indicator", "pc-cycle", "ave", "budget", "identity");

    private RuleCatalogue() {
    }

    /** @return every built-in rule but the reading rules, in catalogue order, not null */
    public static List<Rule> rules() {
        return Stream.of(PolitiewetRules.rules(),
                IntegrityRules.rules(),
                ThemeRules.rules(),
                DinRules.rules(),
                IndicatorRules.rules(),
                CycleRules.rules(),
                AveRules.rules(),
                BudgetRules.rules(),
                IdentityRules.rules())
                .flatMap(List::stream)
                .collect(Collectors.toUnmodifiableList());
    }

    /** @return the built-in rules that check one policy, not null */
    public static List<PolicyRule> policyRules() {
        return ofType(PolicyRule.class);
    }

    /** @return the built-in rules that check a series of policies of one municipality, not null */
    public static List<SeriesRule> seriesRules() {
        return ofType(SeriesRule.class);
    }

    private static <R extends Rule> List<R> ofType(Class<R> type) {
        return rules().stream().filter(type::isInstance).map(type::cast).collect(Collectors.toUnmodifiableList());
    }
}
