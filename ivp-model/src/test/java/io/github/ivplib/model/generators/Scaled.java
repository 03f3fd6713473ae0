package io.github.ivplib.model.generators;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import io.github.ivplib.model.ImmutableSafetyPolicy;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.ave.AveModel;
import io.github.ivplib.model.ave.ImmutableAveCase;
import io.github.ivplib.model.budget.Budget;
import io.github.ivplib.model.budget.ImmutableBalanceTable;
import io.github.ivplib.model.budget.ImmutableBudgetAmendment;
import io.github.ivplib.model.budget.ImmutableStaffingChange;
import io.github.ivplib.model.cycle.ImmutableMilestone;
import io.github.ivplib.model.din.ImmutableDinNetwork;
import io.github.ivplib.model.din.ImmutableEffort;
import io.github.ivplib.model.din.ImmutableResult;
import io.github.ivplib.model.goal.ImmutableGoal;
import io.github.ivplib.model.goal.ImmutableIndicator;
import io.github.ivplib.model.governance.ImmutablePartner;
import io.github.ivplib.model.keyfigure.ImmutableKeyFigure;
import io.github.ivplib.model.theme.ImmutableCrossCuttingThread;
import io.github.ivplib.model.theme.ImmutablePrecondition;
import io.github.ivplib.model.theme.ImmutableRisk;
import io.github.ivplib.model.theme.ImmutableTheme;
import io.github.ivplib.model.theme.ThemeKind;

/**
 * A policy made larger by a whole factor, for benchmarks of how the cost grows with the size of
 * a document: every part a policy has many of is repeated, each copy with fresh ids and its
 * references pointing into the same copy, so that the larger policy draws the same kinds of
 * findings as the original, only more of them, rather than reference errors.
 * <p>
 * What a policy has one of stays one: identity, municipality and its districts, adoption,
 * predecessors, joint participants, the ambition, and the AVE model's four phases (its cases
 * are repeated). Copies of strategic themes are baseline themes, since a document with ten
 * times the strategic themes would draw {@code themes/focus}, a finding the original lacks; they
 * keep their goals and networks, which baseline themes may have too.
 */
public final class Scaled {

    private Scaled() {
    }

    /**
     * Returns a policy with every repeated part {@code factor} times over.
     *
     * @param policy the original, not null
     * @param factor how many copies of each repeated part, at least 1; 1 gives the original's parts
     * @return the larger policy, not null
     * @throws IllegalArgumentException if {@code factor} is less than 1
     */
    public static SafetyPolicy of(SafetyPolicy policy, int factor) {
        if (factor < 1) {
            throw new IllegalArgumentException("the factor is at least 1, was " + factor);
        }
        ImmutableSafetyPolicy.Builder larger = ImmutableSafetyPolicy.builder().from(policy)
                .themes(List.of()).threads(List.of()).preconditions(List.of()).risks(List.of())
                .goals(List.of()).indicators(List.of()).dinNetworks(List.of()).partners(List.of())
                .roles(List.of()).milestones(List.of()).keyFigures(List.of());
        for (int copy = 0; copy < factor; copy++) {
            UnaryOperator<String> id = ids(copy);
            boolean first = copy == 0;
            larger.addAllThemes(each(policy.themes(), theme -> ImmutableTheme.copyOf(theme).withId(id.apply(theme.id()))
                    .withKind(first ? theme.kind() : ThemeKind.BASELINE)));
            larger.addAllThreads(each(policy.threads(), t -> ImmutableCrossCuttingThread.copyOf(t).withId(id.apply(t.id()))));
            larger.addAllPreconditions(each(policy.preconditions(), p -> ImmutablePrecondition.copyOf(p).withId(id.apply(p.id()))));
            larger.addAllRisks(each(policy.risks(), r -> ImmutableRisk.copyOf(r).withId(id.apply(r.id()))));
            larger.addAllGoals(each(policy.goals(), goal -> ImmutableGoal.copyOf(goal).withId(id.apply(goal.id()))
                    .withThemeIds(each(goal.themeIds(), id)).withIndicatorIds(each(goal.indicatorIds(), id))));
            larger.addAllIndicators(each(policy.indicators(), i -> ImmutableIndicator.copyOf(i).withId(id.apply(i.id()))));
            larger.addAllDinNetworks(each(policy.dinNetworks(), network -> ImmutableDinNetwork.copyOf(network)
                    .withId(id.apply(network.id())).withThemeId(network.themeId().map(id))
                    .withGoalIds(each(network.goalIds(), id)).withPartnerIds(each(network.partnerIds(), id))
                    .withResults(each(network.results(), result -> ImmutableResult.copyOf(result)
                            .withId(id.apply(result.id())).withGoalIds(each(result.goalIds(), id))))
                    .withEfforts(each(network.efforts(), effort -> ImmutableEffort.copyOf(effort)
                            .withId(id.apply(effort.id())).withResultIds(each(effort.resultIds(), id))
                            .withCarrierIds(each(effort.carrierIds(), id))))));
            larger.addAllPartners(each(policy.partners(), p -> ImmutablePartner.copyOf(p).withId(id.apply(p.id()))));
            larger.addAllRoles(policy.roles());
            larger.addAllMilestones(each(policy.milestones(), m -> ImmutableMilestone.copyOf(m).withId(id.apply(m.id()))));
            larger.addAllKeyFigures(each(policy.keyFigures(), figure -> ImmutableKeyFigure.copyOf(figure)
                    .withId(id.apply(figure.id())).withThemeId(figure.themeId().map(id))));
        }
        larger.ave(policy.ave().map(ave -> ave(ave, factor)));
        larger.budget(policy.budget().map(budget -> budget(budget, factor)));
        return larger.build();
    }

    private static AveModel ave(AveModel ave, int factor) {
        return AveModel.builder().from(ave)
                .cases(copies(factor, id -> each(ave.cases(), c -> ImmutableAveCase.copyOf(c).withId(id.apply(c.id())))))
                .build();
    }

    private static Budget budget(Budget budget, int factor) {
        return Budget.builder().from(budget)
                .amendments(copies(factor, id -> each(budget.amendments(),
                        a -> ImmutableBudgetAmendment.copyOf(a).withId(id.apply(a.id())))))
                .balanceTables(copies(factor, id -> each(budget.balanceTables(),
                        t -> ImmutableBalanceTable.copyOf(t).withId(id.apply(t.id())))))
                .staffingChanges(copies(factor, id -> each(budget.staffingChanges(),
                        s -> ImmutableStaffingChange.copyOf(s).withId(id.apply(s.id()))
                                .withAmendmentId(s.amendmentId().map(id)))))
                .build();
    }

    /** The elements of {@code factor} copies, each made with its own id function, in copy order. */
    private static <T> List<T> copies(int factor, Function<UnaryOperator<String>, List<T>> copy) {
        List<T> all = new ArrayList<>();
        for (int k = 0; k < factor; k++) {
            all.addAll(copy.apply(ids(k)));
        }
        return all;
    }

    /** The ids of a copy; the original's stay as they are, so that its findings keep their places. */
    private static UnaryOperator<String> ids(int copy) {
        return copy == 0 ? UnaryOperator.identity() : id -> id + "-kopie-" + copy;
    }

    private static <T, R> List<R> each(List<T> elements, Function<? super T, ? extends R> change) {
        return elements.stream().map(change).collect(Collectors.toList());
    }
}
