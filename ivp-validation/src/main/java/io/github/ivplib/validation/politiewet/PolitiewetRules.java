package io.github.ivplib.validation.politiewet;

import java.util.List;

import io.github.ivplib.validation.Rule;

/**
 * The built-in rules of this package, in catalogue order.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PolitiewetRules {

    private PolitiewetRules() {
    }

    /** @return the rules of this package, each a PolicyRule or a SeriesRule, not null */
    public static List<Rule> rules() {
        return List.of(new AdoptedByCouncil(), new PeriodAtMostFourYears(), new GoalsPresent(),
                new SuccessorScheduled(), new ReadoptedWithinFourYears(), new ContinuousCoverage(),
                new AdoptionNotJudged(), new SourcesAgree(), new ReadoptionNotJudged(), new CoverageNotJudged());
    }
}
