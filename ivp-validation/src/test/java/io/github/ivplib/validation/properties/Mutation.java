package io.github.ivplib.validation.properties;

import static io.github.ivplib.validation.Lists.plus;
import static io.github.ivplib.validation.Lists.replaced;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.github.ivplib.model.BoundedDate;
import io.github.ivplib.model.ImmutableSafetyPolicy;
import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.Qualifier;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.YearRange;
import io.github.ivplib.model.adoption.AdoptionDateKind;
import io.github.ivplib.model.adoption.ImmutableAdoption;
import io.github.ivplib.model.adoption.ReportedDate;
import io.github.ivplib.model.ave.AveCase;
import io.github.ivplib.model.ave.AveModel;
import io.github.ivplib.model.ave.AvePhase;
import io.github.ivplib.model.ave.ImmutableAveModel;
import io.github.ivplib.model.ave.ImmutableAvePhase;
import io.github.ivplib.model.ave.PhaseTransition;
import io.github.ivplib.model.ave.SelfDirection;
import io.github.ivplib.model.budget.AmendmentLine;
import io.github.ivplib.model.budget.BalanceRow;
import io.github.ivplib.model.budget.BalanceTable;
import io.github.ivplib.model.budget.Budget;
import io.github.ivplib.model.budget.BudgetAmendment;
import io.github.ivplib.model.budget.ImmutableAmendmentLine;
import io.github.ivplib.model.budget.ImmutableBalanceRow;
import io.github.ivplib.model.budget.ImmutableBalanceTable;
import io.github.ivplib.model.budget.ImmutableBudget;
import io.github.ivplib.model.budget.ImmutableBudgetAmendment;
import io.github.ivplib.model.budget.ImmutableStaffingChange;
import io.github.ivplib.model.budget.RowKind;
import io.github.ivplib.model.budget.Scale;
import io.github.ivplib.model.cycle.ImmutableMilestone;
import io.github.ivplib.model.cycle.Milestone;
import io.github.ivplib.model.cycle.MilestoneKind;
import io.github.ivplib.model.din.DinNetwork;
import io.github.ivplib.model.din.Effort;
import io.github.ivplib.model.din.ImmutableDinNetwork;
import io.github.ivplib.model.din.ImmutableEffort;
import io.github.ivplib.model.din.ImmutableResult;
import io.github.ivplib.model.din.Result;
import io.github.ivplib.model.generators.Draw;
import io.github.ivplib.model.goal.Direction;
import io.github.ivplib.model.goal.Goal;
import io.github.ivplib.model.goal.ImmutableGoal;
import io.github.ivplib.model.goal.ImmutableIndicator;
import io.github.ivplib.model.goal.ImmutableMeasurement;
import io.github.ivplib.model.goal.ImmutableReferencePoint;
import io.github.ivplib.model.goal.Indicator;
import io.github.ivplib.model.goal.IndicatorUnit;
import io.github.ivplib.model.goal.Measurement;
import io.github.ivplib.model.goal.ReferencePoint;
import io.github.ivplib.model.governance.Actor;
import io.github.ivplib.model.keyfigure.ImmutableKeyFigure;
import io.github.ivplib.model.municipality.District;
import io.github.ivplib.model.municipality.ImmutableDistrict;
import io.github.ivplib.model.municipality.ImmutableMunicipality;
import io.github.ivplib.model.municipality.ImmutableNeighbourhood;
import io.github.ivplib.model.municipality.Municipality;
import io.github.ivplib.model.municipality.Neighbourhood;
import io.github.ivplib.model.theme.ImmutableTheme;
import io.github.ivplib.model.theme.Theme;
import io.github.ivplib.model.theme.ThemeKind;

/**
 * A small change to a valid policy that breaks one rule of the catalogue, as a person or a tool
 * might make it. Where the change cannot break its rule without breaking another, both are
 * expected, and the constant says why.
 */
enum Mutation {

    ADOPTED_BY_ANOTHER_BODY(Mutation::any, Mutation::adoptedByAnotherBody, "politiewet-38b/adopted-by-council"),
    ADOPTER_NOT_RECORDED(Mutation::any, Mutation::adopterNotRecorded, "politiewet-38b/adoption-not-judged"),
    PERIOD_OF_MORE_THAN_FOUR_YEARS(Mutation::any, Mutation::periodOfMoreThanFourYears,
            "politiewet-38b/period-at-most-four-years"),
    /** Every valid policy has a strategic theme, which loses its goal with the rest. */
    GOALS_REMOVED(p -> !p.goals().isEmpty() && hasStrategicTheme(p), Mutation::goalsRemoved,
            "politiewet-38b/goals-present", "themes/strategic-theme-has-goal"),
    SUCCESSOR_NOT_SCHEDULED(Mutation::hasMilestones,
            p -> milestonesWithout(p, MilestoneKind.ADOPT_SUCCESSOR), "politiewet-38b/successor-scheduled"),
    /** A milestone after the period lies, for that reason too, outside it. */
    SUCCESSOR_AFTER_THE_PERIOD(Mutation::hasMilestones, Mutation::successorAfterThePeriod,
            "politiewet-38b/successor-scheduled", "pc-cycle/milestone-within-period"),
    ADOPTION_SOURCES_DISAGREE(Mutation::any, Mutation::adoptionSourcesDisagree, "politiewet-38b/sources-agree"),

    ID_TWICE(p -> !duplications(p).isEmpty(), (p, d) -> d.pick(duplications(p)).apply(d), "model/unique-ids"),
    REFERENCE_DANGLES(p -> !danglings(p).isEmpty(), (p, d) -> d.pick(danglings(p)).apply(d),
            "model/references-resolve"),

    NO_STRATEGIC_THEME(Mutation::hasStrategicTheme, (p, d) -> copy(p).withThemes(Edits.changed(p.themes(),
            t -> true, t -> ImmutableTheme.copyOf(t).withKind(ThemeKind.BASELINE))), "themes/strategic-theme-present"),
    TOO_MANY_STRATEGIC_THEMES(p -> hasStrategicTheme(p) && !p.goals().isEmpty(), Mutation::tooManyStrategicThemes,
            "themes/focus"),
    STRATEGIC_THEME_WITHOUT_GOAL(p -> hasStrategicTheme(p) && !p.goals().isEmpty(),
            Mutation::strategicThemeWithoutGoal, "themes/strategic-theme-has-goal"),
    GOAL_WITHOUT_INDICATOR(p -> !p.goals().isEmpty(), (p, d) -> copy(p).withGoals(Edits.changedOne(d, p.goals(),
            g -> true, g -> ImmutableGoal.copyOf(g).withIndicatorIds(List.of()))), "goals/smart"),

    EFFORT_WITHOUT_RESULT(p -> hasEffort(p), (p, d) -> changedEffort(p, d,
            e -> ImmutableEffort.copyOf(e).withResultIds(List.of())), "din/effort-contributes"),
    RESULT_WITHOUT_GOAL(p -> !p.dinNetworks().isEmpty(), Mutation::resultWithoutGoal, "din/result-serves-goal"),
    GOAL_WITHOUT_RESULT(p -> !p.dinNetworks().isEmpty() && !p.goals().isEmpty(), Mutation::goalWithoutResult,
            "din/goal-has-result"),
    EFFORT_WITHOUT_CARRIER(p -> hasEffort(p), (p, d) -> changedEffort(p, d,
            e -> ImmutableEffort.copyOf(e).withCarrierIds(List.of())), "din/effort-has-carrier"),

    REPORT_MARK_ABOVE_TEN(p -> hasIndicator(p, IndicatorUnit.REPORT_MARK),
            (p, d) -> measuredAbove(p, d, IndicatorUnit.REPORT_MARK), "indicator/report-mark-range"),
    PERCENTAGE_ABOVE_HUNDRED(p -> hasIndicator(p, IndicatorUnit.PERCENTAGE),
            (p, d) -> measuredAbove(p, d, IndicatorUnit.PERCENTAGE), "indicator/percentage-range"),
    BASELINE_IN_THE_TARGET_YEAR(p -> !datedIndicators(p).isEmpty(), Mutation::baselineInTheTargetYear,
            "indicator/target-after-baseline"),
    TARGET_AFTER_THE_PERIOD(p -> !datedIndicators(p).isEmpty(), Mutation::targetAfterThePeriod,
            "indicator/target-within-period"),
    TARGET_AGAINST_ITS_DIRECTION(p -> !datedIndicators(p).isEmpty(), Mutation::targetAgainstItsDirection,
            "indicator/target-direction"),
    DISTRICT_BELOW_ITS_MINIMUM(p -> p.indicators().stream().anyMatch(i -> i.districtMinimum().isPresent()),
            Mutation::districtBelowItsMinimum, "indicator/district-below-minimum"),
    MEASUREMENTS_DISAGREE(p -> p.indicators().stream().anyMatch(Mutation::hasExactMeasurement),
            Mutation::measurementsDisagree, "indicator/measurement-conflict"),

    MILESTONE_AFTER_THE_PERIOD(Mutation::hasMilestones, Mutation::milestoneAfterThePeriod,
            "pc-cycle/milestone-within-period"),
    NO_IMPLEMENTATION_PLAN(Mutation::hasMilestones, p -> milestonesWithout(p, MilestoneKind.ADOPT_IMPLEMENTATION_PLAN),
            "pc-cycle/implementation-plan-coverage"),
    NO_POLICY_EVALUATION(Mutation::hasMilestones, p -> milestonesWithout(p, MilestoneKind.POLICY_EVALUATION),
            "pc-cycle/evaluation-before-successor"),
    NO_SAFETY_MONITOR(Mutation::hasMilestones, p -> milestonesWithout(
            milestonesWithout(p, MilestoneKind.SAFETY_MONITOR_SURVEY), MilestoneKind.SAFETY_MONITOR_DELIVERY),
            "pc-cycle/safety-monitor-scheduled"),
    SUCCESSOR_BY_THE_COLLEGE(Mutation::hasMilestones, p -> copy(p).withMilestones(Edits.changed(p.milestones(),
            m -> m.kind() == MilestoneKind.ADOPT_SUCCESSOR,
            m -> ImmutableMilestone.copyOf(m).withActor(Actor.EXECUTIVE_BOARD))), "pc-cycle/actor-competent"),

    AVE_PHASE_MISSING(p -> p.ave().isPresent(), Mutation::avePhaseMissing, "ave/four-phases"),
    AVE_DIRECTION_UNSAID(p -> p.ave().filter(ave -> !ave.phases().isEmpty()).isPresent(), (p, d) -> withPhases(p, phases -> Edits.changedOne(d, phases,
            phase -> true, phase -> ImmutableAvePhase.copyOf(phase).withDirection(List.of())
                    .withDirectionAgreedPerCase(Optional.empty()))), "ave/direction-assigned"),
    /** The generated third phase leaves the citizen at most supported self-direction. */
    AVE_SELF_DIRECTION_REGAINED(p -> p.ave().isPresent(), (p, d) -> withPhases(p, phases -> Edits.changed(phases,
            phase -> phase.number() == 4, phase -> ImmutableAvePhase.copyOf(phase).withSelfDirection(SelfDirection.FULL))),
            "ave/self-direction-decreases"),
    AVE_CASE_SKIPS_A_PHASE(p -> p.ave().isPresent(), Mutation::aveCaseSkipsAPhase, "ave/step-by-step"),

    AMENDMENT_UNFUNDED(p -> !amendmentLines(p).isEmpty() && budgetCells(p), Mutation::amendmentUnfunded, "budget/amendment-balances"),
    TABLE_TOTAL_WRONG(p -> !totals(p, Optional.empty()).isEmpty(),
            (p, d) -> totalChanged(p, d, Optional.empty(), new BigDecimal("1000")), "budget/table-sums"),
    TABLE_TOTAL_ROUNDED(p -> !totals(p, Optional.of(Scale.THOUSANDS_OF_EUROS)).isEmpty(),
            (p, d) -> totalChanged(p, d, Optional.of(Scale.THOUSANDS_OF_EUROS), new BigDecimal("0.5")),
            "budget/table-rounding"),
    AMOUNT_MISSING_FOR_A_YEAR(p -> !amendmentLines(p).isEmpty(), (p, d) -> amountsChanged(p, d, false),
            "budget/years-complete"),
    AMOUNT_FOR_A_YEAR_OUTSIDE_THE_TABLE(p -> !amendmentLines(p).isEmpty(), (p, d) -> amountsChanged(p, d, true),
            "budget/years-complete"),
    TASK_FIELD_UNKNOWN(p -> !amendmentLines(p).isEmpty(), (p, d) -> withAmendment(p, d, (a, l) -> lines(a,
            Edits.changedOne(d, a.lines(), line -> true, line -> ImmutableAmendmentLine.copyOf(line).withTaskField("9.99")))),
            "budget/task-field-known"),
    /** Fractions of a cent on two lines of one year, which still balance. */
    FRACTIONS_OF_A_CENT(p -> !amendmentLines(p).isEmpty() && budgetCells(p), Mutation::fractionsOfACent, "budget/currency-scale"),

    MUNICIPALITY_CODE_MALFORMED(Mutation::wellFormedCode, Mutation::municipalityCodeMalformed, "identity/municipality-code"),
    DISTRICT_CODE_MALFORMED(Mutation::any, Mutation::districtCodeMalformed, "identity/district-code"),
    NEIGHBOURHOOD_CODE_MALFORMED(Mutation::any, Mutation::neighbourhoodCodeMalformed, "identity/district-code");

    /** The prefix of ids no generated policy has. */
    private static final String MISSING = "ontbreekt";
    /** The prefix of ids a mutation adds: no generated policy has them either. */
    private static final String ADDED = "mutatie";
    /** The report mark and percentage ranges the indicator rules judge. */
    private static final BigDecimal HIGHEST_REPORT_MARK = new BigDecimal("10.0");
    private static final BigDecimal LOWEST_REPORT_MARK = new BigDecimal("1.0");
    private static final BigDecimal HIGHEST_PERCENTAGE = new BigDecimal("100");
    private static final Pattern WELL_FORMED_CODE = Pattern.compile("GM[0-9]{4}");
    /** Four digits of other municipalities than one's own. */
    private static final String OTHER_DIGITS = "9998";
    private static final String ANOTHER_DIGITS = "9997";
    /** The most strategic themes before themes/focus warns, by default. */
    private static final int MOST_STRATEGIC_THEMES = 5;

    private final Predicate<SafetyPolicy> appliesTo;
    private final BiFunction<SafetyPolicy, Draw, SafetyPolicy> change;
    private final Set<String> expected;

    Mutation(Predicate<SafetyPolicy> appliesTo, BiFunction<SafetyPolicy, Draw, SafetyPolicy> change, String... expected) {
        this.appliesTo = appliesTo;
        this.change = change;
        this.expected = Set.of(expected);
    }

    Mutation(Predicate<SafetyPolicy> appliesTo, Function<SafetyPolicy, SafetyPolicy> change, String... expected) {
        this(appliesTo, (policy, draw) -> change.apply(policy), expected);
    }

    /** @return whether the change can be made to the policy, not null */
    boolean appliesTo(SafetyPolicy policy) {
        return appliesTo.test(policy);
    }

    /** @return the changed policy, not null */
    SafetyPolicy apply(SafetyPolicy policy, Draw draw) {
        return change.apply(policy, draw);
    }

    /** @return the ids of the rules whose findings the changed policy has, and no others, not null */
    Set<String> expected() {
        return expected;
    }

    // --- what a mutation needs

    private static boolean any(SafetyPolicy policy) {
        return true;
    }

    private static boolean recorded(SafetyPolicy policy, PolicyPart part) {
        return !policy.notRecorded().contains(part);
    }

    private static boolean hasStrategicTheme(SafetyPolicy policy) {
        return policy.themes().stream().anyMatch(t -> t.kind() == ThemeKind.STRATEGIC);
    }

    private static boolean hasMilestones(SafetyPolicy policy) {
        return !policy.milestones().isEmpty();
    }

    private static boolean hasEffort(SafetyPolicy policy) {
        return policy.dinNetworks().stream().anyMatch(n -> !n.efforts().isEmpty());
    }

    private static boolean hasIndicator(SafetyPolicy policy, IndicatorUnit unit) {
        return policy.indicators().stream().anyMatch(i -> i.unit() == unit);
    }

    private static boolean hasExactMeasurement(Indicator indicator) {
        return indicator.measurements().stream().anyMatch(m -> m.qualifier() == Qualifier.EXACT);
    }

    /** Indicators with a baseline and a target, each with a year. */
    private static List<Integer> datedIndicators(SafetyPolicy policy) {
        return Edits.indexes(policy.indicators(), i -> i.baseline().flatMap(ReferencePoint::year).isPresent()
                && i.target().flatMap(ReferencePoint::year).isPresent());
    }

    private static ImmutableSafetyPolicy copy(SafetyPolicy policy) {
        return ImmutableSafetyPolicy.copyOf(policy);
    }

    // --- politiewet-38b

    private static SafetyPolicy adoptedByAnotherBody(SafetyPolicy policy, Draw draw) {
        return copy(policy).withAdoption(ImmutableAdoption.copyOf(policy.adoption())
                .withAdoptedBy(draw.pick(Actor.EXECUTIVE_BOARD, Actor.MAYOR, Actor.COUNCIL_COMMITTEE)));
    }

    private static SafetyPolicy adopterNotRecorded(SafetyPolicy policy) {
        return copy(policy).withAdoption(ImmutableAdoption.copyOf(policy.adoption()).withAdoptedBy(Optional.empty()));
    }

    /** Five to seven years, with an implementation plan for the years added, so that only the length is wrong. */
    private static SafetyPolicy periodOfMoreThanFourYears(SafetyPolicy policy, Draw draw) {
        int first = policy.period().first().getValue();
        int added = policy.period().last().getValue() + 1;
        // Never shorter: a policy another mutation made long already keeps its years.
        int last = Math.max(added - 1, first + draw.between(4, 6));
        ImmutableSafetyPolicy longer = copy(policy).withPeriod(YearRange.of(first, last));
        if (!hasMilestones(policy) || added > last) {
            return longer;
        }
        return longer.withMilestones(plus(policy.milestones(), milestone(MilestoneKind.ADOPT_IMPLEMENTATION_PLAN, added)
                .withActor(Actor.EXECUTIVE_BOARD).withCovers(YearRange.of(added, last))));
    }

    /** The DIN networks go too: they work the goals out, and would point at goals that are gone. */
    private static SafetyPolicy goalsRemoved(SafetyPolicy policy) {
        return copy(policy).withGoals(List.of()).withDinNetworks(List.of());
    }

    private static SafetyPolicy milestonesWithout(SafetyPolicy policy, MilestoneKind kind) {
        return copy(policy).withMilestones(Edits.without(policy.milestones(), m -> m.kind() == kind));
    }

    private static SafetyPolicy successorAfterThePeriod(SafetyPolicy policy, Draw draw) {
        Year after = policy.period().last().plusYears(draw.between(1, 2));
        return copy(policy).withMilestones(Edits.changed(policy.milestones(),
                m -> m.kind() == MilestoneKind.ADOPT_SUCCESSOR, m -> ImmutableMilestone.copyOf(m).withYear(after)));
    }

    /**
     * One kind of date known only from two sources that name different days, neither the one
     * the record follows.
     */
    private static SafetyPolicy adoptionSourcesDisagree(SafetyPolicy policy, Draw draw) {
        AdoptionDateKind kind = draw.pick(AdoptionDateKind.class);
        ImmutableAdoption adoption = ImmutableAdoption.copyOf(policy.adoption());
        switch (kind) {
            case DECISION:
                adoption = adoption.withDecisionDate(Optional.empty());
                break;
            case ENTRY_INTO_FORCE:
                adoption = adoption.withEntryIntoForce(Optional.empty());
                break;
            case RETROACTIVE_FROM:
                adoption = adoption.withRetroactiveFrom(Optional.empty());
                break;
            default:
                adoption = adoption.withEndDate(Optional.empty());
        }
        int year = policy.period().first().getValue();
        List<ReportedDate> others = Edits.without(adoption.reportedDates(), r -> r.kind() == kind);
        return copy(policy).withAdoption(adoption.withReportedDates(plus(others,
                ReportedDate.builder().kind(kind).date(BoundedDate.on(LocalDate.of(year, 1, 15)))
                        .source("Programmabegroting " + year).build(),
                ReportedDate.builder().kind(kind).date(BoundedDate.on(LocalDate.of(year + 1, 6, 1)))
                        .source("Jaarverslag " + (year + 1)).build())));
    }

    // --- model

    /** Each way to give a second element the id of one of its kind; not themes, whose count other rules judge. */
    private static List<Function<Draw, SafetyPolicy>> duplications(SafetyPolicy policy) {
        ImmutableSafetyPolicy copy = copy(policy);
        List<Function<Draw, SafetyPolicy>> ways = new ArrayList<>();
        addIfAny(ways, policy.threads(), d -> copy.withThreads(plus(policy.threads(), d.pick(policy.threads()))));
        addIfAny(ways, policy.preconditions(),
                d -> copy.withPreconditions(plus(policy.preconditions(), d.pick(policy.preconditions()))));
        addIfAny(ways, policy.risks(), d -> copy.withRisks(plus(policy.risks(), d.pick(policy.risks()))));
        addIfAny(ways, policy.goals(), d -> copy.withGoals(plus(policy.goals(), d.pick(policy.goals()))));
        addIfAny(ways, policy.indicators(), d -> copy.withIndicators(plus(policy.indicators(), d.pick(policy.indicators()))));
        addIfAny(ways, policy.partners(), d -> copy.withPartners(plus(policy.partners(), d.pick(policy.partners()))));
        addIfAny(ways, policy.milestones(), d -> copy.withMilestones(plus(policy.milestones(), d.pick(policy.milestones()))));
        addIfAny(ways, policy.keyFigures(), d -> copy.withKeyFigures(plus(policy.keyFigures(), d.pick(policy.keyFigures()))));
        addIfAny(ways, policy.dinNetworks(),
                d -> copy.withDinNetworks(plus(policy.dinNetworks(), d.pick(policy.dinNetworks()))));
        List<District> districts = policy.municipality().districts();
        addIfAny(ways, districts, d -> copy.withMunicipality(ImmutableMunicipality.copyOf(policy.municipality())
                .withDistricts(plus(districts, d.pick(districts)))));
        if (policy.dinNetworks().stream().anyMatch(n -> !n.results().isEmpty())) {
            ways.add(d -> withNetwork(policy, d, n -> !n.results().isEmpty(),
                    n -> n.withResults(plus(n.results(), d.pick(n.results())))));
        }
        if (hasEffort(policy)) {
            ways.add(d -> withNetwork(policy, d, n -> !n.efforts().isEmpty(),
                    n -> n.withEfforts(plus(n.efforts(), d.pick(n.efforts())))));
        }
        policy.ave().filter(ave -> !ave.cases().isEmpty()).ifPresent(ave -> ways.add(d -> copy.withAve(
                ImmutableAveModel.copyOf(ave).withCases(plus(ave.cases(), d.pick(ave.cases()))))));
        policy.budget().ifPresent(budget -> {
            ImmutableBudget copied = ImmutableBudget.copyOf(budget);
            addIfAny(ways, budget.amendments(), d -> copy.withBudget(
                    copied.withAmendments(plus(budget.amendments(), d.pick(budget.amendments())))));
            addIfAny(ways, budget.balanceTables(), d -> copy.withBudget(
                    copied.withBalanceTables(plus(budget.balanceTables(), d.pick(budget.balanceTables())))));
            addIfAny(ways, budget.staffingChanges(), d -> copy.withBudget(
                    copied.withStaffingChanges(plus(budget.staffingChanges(), d.pick(budget.staffingChanges())))));
        });
        return ways;
    }

    private static void addIfAny(List<Function<Draw, SafetyPolicy>> ways, List<?> elements,
            Function<Draw, SafetyPolicy> way) {
        if (!elements.isEmpty()) {
            ways.add(way);
        }
    }

    /**
     * Each way to make one reference point at an id nothing has: added to a list of ids, so that
     * what the others resolve to still meets the other rules, or put in place of a single one
     * where no other rule reads it. Not into a part the record leaves out: such references are
     * not judged.
     */
    private static List<Function<Draw, SafetyPolicy>> danglings(SafetyPolicy policy) {
        ImmutableSafetyPolicy copy = copy(policy);
        boolean themes = recorded(policy, PolicyPart.THEMES);
        boolean goals = recorded(policy, PolicyPart.GOALS);
        boolean partners = recorded(policy, PolicyPart.GOVERNANCE);
        List<Function<Draw, SafetyPolicy>> ways = new ArrayList<>();
        if (!policy.goals().isEmpty()) {
            if (themes) {
                ways.add(d -> copy.withGoals(Edits.changedOne(d, policy.goals(), g -> true,
                        g -> ImmutableGoal.copyOf(g).withThemeIds(plus(g.themeIds(), MISSING + "-thema")))));
            }
            ways.add(d -> copy.withGoals(Edits.changedOne(d, policy.goals(), g -> true,
                    g -> ImmutableGoal.copyOf(g).withIndicatorIds(plus(g.indicatorIds(), MISSING + "-indicator")))));
        }
        // A district's measurements lie at or above the minimum, so they may move to a district of their own.
        Predicate<Indicator> measuresDistricts = i -> i.measurements().stream().anyMatch(m -> m.districtId().isPresent());
        if (policy.indicators().stream().anyMatch(measuresDistricts)) {
            ways.add(d -> copy.withIndicators(Edits.changedOne(d, policy.indicators(), measuresDistricts,
                    i -> ImmutableIndicator.copyOf(i).withMeasurements(Edits.changedOne(d, i.measurements(),
                            m -> m.districtId().isPresent(),
                            m -> ImmutableMeasurement.copyOf(m).withDistrictId(MISSING + "-wijk"))))));
        }
        if (!policy.dinNetworks().isEmpty()) {
            if (themes) {
                ways.add(d -> withNetwork(policy, d, n -> true, n -> n.withThemeId(MISSING + "-thema")));
            }
            if (goals) {
                ways.add(d -> withNetwork(policy, d, n -> true, n -> n.withGoalIds(plus(n.goalIds(), MISSING + "-doel"))));
                if (policy.dinNetworks().stream().anyMatch(n -> !n.results().isEmpty())) {
                    ways.add(d -> withNetwork(policy, d, n -> !n.results().isEmpty(), n -> n.withResults(Edits.changedOne(d,
                            n.results(), r -> true,
                            r -> ImmutableResult.copyOf(r).withGoalIds(plus(r.goalIds(), MISSING + "-doel"))))));
                }
            }
            if (partners) {
                ways.add(d -> withNetwork(policy, d, n -> true,
                        n -> n.withPartnerIds(plus(n.partnerIds(), MISSING + "-partner"))));
            }
        }
        if (hasEffort(policy)) {
            ways.add(d -> changedEffort(policy, d,
                    e -> ImmutableEffort.copyOf(e).withResultIds(plus(e.resultIds(), MISSING + "-resultaat"))));
            if (partners) {
                ways.add(d -> changedEffort(policy, d,
                        e -> ImmutableEffort.copyOf(e).withCarrierIds(plus(e.carrierIds(), MISSING + "-partner"))));
            }
        }
        if (themes && !policy.keyFigures().isEmpty()) {
            ways.add(d -> copy.withKeyFigures(Edits.changedOne(d, policy.keyFigures(), k -> true,
                    k -> ImmutableKeyFigure.copyOf(k).withThemeId(MISSING + "-thema"))));
        }
        policy.budget().filter(b -> !b.staffingChanges().isEmpty()).ifPresent(budget -> ways.add(d -> copy.withBudget(
                ImmutableBudget.copyOf(budget).withStaffingChanges(Edits.changedOne(d, budget.staffingChanges(), s -> true,
                        s -> ImmutableStaffingChange.copyOf(s).withAmendmentId(MISSING + "-begrotingswijziging"))))));
        return ways;
    }

    // --- themes and goals

    /** Strategic themes beyond the five the CCV advises, each served by a goal that already exists. */
    private static SafetyPolicy tooManyStrategicThemes(SafetyPolicy policy, Draw draw) {
        long strategic = policy.themes().stream().filter(t -> t.kind() == ThemeKind.STRATEGIC).count();
        long wanted = MOST_STRATEGIC_THEMES + draw.between(1, 3);
        List<Theme> themes = new ArrayList<>(policy.themes());
        Goal serving = policy.goals().get(0);
        List<String> servingThemes = new ArrayList<>(serving.themeIds());
        for (long i = strategic; i < wanted; i++) {
            Theme added = Theme.builder().id(ADDED + "-thema-" + i).kind(ThemeKind.STRATEGIC).name("Thema " + i).build();
            themes.add(added);
            servingThemes.add(added.id());
        }
        return copy(policy).withThemes(themes)
                .withGoals(replaced(policy.goals(), 0, ImmutableGoal.copyOf(serving).withThemeIds(servingThemes)));
    }

    private static SafetyPolicy strategicThemeWithoutGoal(SafetyPolicy policy, Draw draw) {
        String themeId = draw.pick(policy.themes().stream().filter(t -> t.kind() == ThemeKind.STRATEGIC)
                .map(Theme::id).collect(Collectors.toList()));
        return copy(policy).withGoals(Edits.changed(policy.goals(), g -> g.themeIds().contains(themeId),
                g -> ImmutableGoal.copyOf(g).withThemeIds(Edits.without(g.themeIds(), themeId::equals))));
    }

    // --- DIN

    private static SafetyPolicy withNetwork(SafetyPolicy policy, Draw draw, Predicate<DinNetwork> which,
            Function<ImmutableDinNetwork, DinNetwork> change) {
        return copy(policy).withDinNetworks(Edits.changedOne(draw, policy.dinNetworks(), which,
                n -> change.apply(ImmutableDinNetwork.copyOf(n))));
    }

    private static SafetyPolicy changedEffort(SafetyPolicy policy, Draw draw, Function<Effort, Effort> change) {
        return withNetwork(policy, draw, n -> !n.efforts().isEmpty(),
                n -> n.withEfforts(Edits.changedOne(draw, n.efforts(), e -> true, change::apply)));
    }

    private static SafetyPolicy resultWithoutGoal(SafetyPolicy policy, Draw draw) {
        Result result = Result.builder().id(ADDED + "-resultaat").text("Een resultaat zonder doel.").build();
        return withNetwork(policy, draw, n -> true, n -> n.withResults(plus(n.results(), result)));
    }

    /** A second goal like an existing one, in a network, but served by none of its results. */
    private static SafetyPolicy goalWithoutResult(SafetyPolicy policy, Draw draw) {
        Goal like = draw.pick(policy.goals());
        Goal goal = ImmutableGoal.copyOf(like).withId(ADDED + "-doel");
        return withNetwork(copy(policy).withGoals(plus(policy.goals(), goal)), draw, n -> true,
                n -> n.withGoalIds(plus(n.goalIds(), goal.id())));
    }

    // --- indicators

    /** One scope and year of an indicator of the unit measured above its range: every figure of it, so they agree. */
    private static SafetyPolicy measuredAbove(SafetyPolicy policy, Draw draw, IndicatorUnit unit) {
        BigDecimal highest = unit == IndicatorUnit.REPORT_MARK ? HIGHEST_REPORT_MARK : HIGHEST_PERCENTAGE;
        BigDecimal above = highest.add(BigDecimal.valueOf(draw.between(1, 100), 1));
        return copy(policy).withIndicators(Edits.changedOne(draw, policy.indicators(), i -> i.unit() == unit, i -> {
            if (i.measurements().isEmpty()) {
                return ImmutableIndicator.copyOf(i).withMeasurements(Measurement.builder()
                        .year(policy.period().first()).value(above).build());
            }
            Measurement measured = draw.pick(i.measurements());
            return ImmutableIndicator.copyOf(i).withMeasurements(Edits.changed(i.measurements(),
                    m -> m.districtId().equals(measured.districtId()) && m.year().equals(measured.year()),
                    m -> ImmutableMeasurement.copyOf(m).withValue(above)));
        }));
    }

    private static SafetyPolicy withDatedIndicator(SafetyPolicy policy, Draw draw,
            Function<ImmutableIndicator, Indicator> change) {
        int index = draw.pick(datedIndicators(policy));
        return copy(policy).withIndicators(replaced(policy.indicators(), index,
                change.apply(ImmutableIndicator.copyOf(policy.indicators().get(index)))));
    }

    private static SafetyPolicy baselineInTheTargetYear(SafetyPolicy policy, Draw draw) {
        return withDatedIndicator(policy, draw, i -> i.withBaseline(ImmutableReferencePoint.copyOf(i.baseline().get())
                .withYear(i.target().get().year().get().plusYears(draw.between(0, 1)))));
    }

    private static SafetyPolicy targetAfterThePeriod(SafetyPolicy policy, Draw draw) {
        Year after = policy.period().last().plusYears(draw.between(1, 3));
        return withDatedIndicator(policy, draw,
                i -> i.withTarget(ImmutableReferencePoint.copyOf(i.target().get()).withYear(after)));
    }

    /** An exact target a step below the baseline of an increase, or where that leaves the range, above it for a decrease. */
    private static SafetyPolicy targetAgainstItsDirection(SafetyPolicy policy, Draw draw) {
        return withDatedIndicator(policy, draw, i -> {
            BigDecimal baseline = i.baseline().get().value();
            BigDecimal lowest = i.unit() == IndicatorUnit.REPORT_MARK ? LOWEST_REPORT_MARK : BigDecimal.ZERO;
            BigDecimal below = baseline.subtract(baseline.ulp());
            boolean increase = below.compareTo(lowest) >= 0;
            return i.withDirection(increase ? Direction.INCREASE : Direction.DECREASE)
                    .withTarget(ImmutableReferencePoint.copyOf(i.target().get()).withQualifier(Qualifier.EXACT)
                            .withValue(increase ? below : baseline.add(baseline.ulp())));
        });
    }

    /**
     * A district's latest figures a step below the minimum, exact; or, where no district is
     * measured, a first measurement so.
     */
    private static SafetyPolicy districtBelowItsMinimum(SafetyPolicy policy, Draw draw) {
        List<District> districts = policy.municipality().districts();
        return copy(policy).withIndicators(Edits.changedOne(draw, policy.indicators(),
                i -> i.districtMinimum().isPresent(), i -> {
                    BigDecimal minimum = i.districtMinimum().get().value();
                    BigDecimal below = minimum.subtract(minimum.ulp());
                    List<Measurement> ofDistricts = Edits.without(i.measurements(), m -> m.districtId().isEmpty());
                    if (ofDistricts.isEmpty()) {
                        return ImmutableIndicator.copyOf(i).withMeasurements(plus(i.measurements(), Measurement.builder()
                                .year(policy.period().last()).value(below).districtId(draw.pick(districts).id()).build()));
                    }
                    Optional<String> district = draw.pick(ofDistricts).districtId();
                    Year latest = ofDistricts.stream().filter(m -> m.districtId().equals(district))
                            .map(Measurement::year).max(Year::compareTo).get();
                    return ImmutableIndicator.copyOf(i).withMeasurements(Edits.changed(i.measurements(),
                            m -> m.districtId().equals(district) && m.year().equals(latest),
                            m -> ImmutableMeasurement.copyOf(m).withValue(below).withQualifier(Qualifier.EXACT)));
                }));
    }

    /** A second exact figure for the scope and year of an exact one, a step away from it and within the range. */
    private static SafetyPolicy measurementsDisagree(SafetyPolicy policy, Draw draw) {
        return copy(policy).withIndicators(Edits.changedOne(draw, policy.indicators(), Mutation::hasExactMeasurement, i -> {
            Measurement measured = draw.pick(Edits.without(i.measurements(), m -> m.qualifier() != Qualifier.EXACT));
            BigDecimal value = measured.value();
            BigDecimal highest = i.unit() == IndicatorUnit.REPORT_MARK ? HIGHEST_REPORT_MARK
                    : i.unit() == IndicatorUnit.PERCENTAGE ? HIGHEST_PERCENTAGE : null;
            BigDecimal other = highest == null || value.add(value.ulp()).compareTo(highest) <= 0
                    ? value.add(value.ulp()) : value.subtract(value.ulp());
            return ImmutableIndicator.copyOf(i).withMeasurements(plus(i.measurements(),
                    ImmutableMeasurement.copyOf(measured).withValue(other).withSource("tweede bron")));
        }));
    }

    // --- planning and control cycle

    private static ImmutableMilestone milestone(MilestoneKind kind, int year) {
        return ImmutableMilestone.builder().id(ADDED + "-mijlpaal").year(Year.of(year)).kind(kind)
                .text("Toegevoegde mijlpaal").build();
    }

    private static SafetyPolicy milestoneAfterThePeriod(SafetyPolicy policy, Draw draw) {
        MilestoneKind kind = draw.pick(MilestoneKind.PROGRESS_REPORT, MilestoneKind.OTHER, MilestoneKind.TAKE_NOTE,
                MilestoneKind.INTERIM_EVALUATION);
        return copy(policy).withMilestones(plus(policy.milestones(),
                milestone(kind, policy.period().last().getValue() + draw.between(1, 3))));
    }

    // --- AVE

    private static SafetyPolicy withPhases(SafetyPolicy policy, Function<List<AvePhase>, List<AvePhase>> change) {
        AveModel ave = policy.ave().get();
        return copy(policy).withAve(ImmutableAveModel.copyOf(ave).withPhases(change.apply(ave.phases())));
    }

    private static SafetyPolicy avePhaseMissing(SafetyPolicy policy, Draw draw) {
        int missing = draw.between(1, 4);
        return withPhases(policy, phases -> Edits.without(phases, phase -> phase.number() == missing));
    }

    private static SafetyPolicy aveCaseSkipsAPhase(SafetyPolicy policy, Draw draw) {
        AveModel ave = policy.ave().get();
        AveCase skipping = AveCase.builder().id(ADDED + "-casus").addTransitions(PhaseTransition.builder()
                .date(policy.period().first().atDay(draw.between(1, 365))).fromPhase(1).toPhase(3).build()).build();
        return copy(policy).withAve(ImmutableAveModel.copyOf(ave).withCases(plus(ave.cases(), skipping)));
    }

    // --- budget

    /** Whether every amendment with lines has two or more and an amount in the first line, as generated ones have. */
    private static boolean budgetCells(SafetyPolicy policy) {
        return policy.budget().get().amendments().stream().filter(a -> !a.lines().isEmpty())
                .allMatch(a -> a.lines().size() > 1 && !a.lines().get(0).amounts().isEmpty());
    }

    /** The amendments with lines, by index. */
    private static List<Integer> amendmentLines(SafetyPolicy policy) {
        return policy.budget().map(b -> Edits.indexes(b.amendments(), a -> !a.lines().isEmpty())).orElse(List.of());
    }

    private static SafetyPolicy withAmendment(SafetyPolicy policy, Draw draw,
            BiFunction<BudgetAmendment, List<AmendmentLine>, BudgetAmendment> change) {
        Budget budget = policy.budget().get();
        int index = draw.pick(amendmentLines(policy));
        BudgetAmendment amendment = budget.amendments().get(index);
        return copy(policy).withBudget(ImmutableBudget.copyOf(budget).withAmendments(replaced(budget.amendments(), index, change.apply(amendment, amendment.lines()))));
    }

    private static BudgetAmendment lines(BudgetAmendment amendment, List<AmendmentLine> lines) {
        return ImmutableBudgetAmendment.copyOf(amendment).withLines(lines);
    }

    private static SafetyPolicy amendmentUnfunded(SafetyPolicy policy, Draw draw) {
        return withAmendment(policy, draw, (a, lines) -> lines(a, Edits.changedOne(draw, lines,
                line -> !line.amounts().isEmpty(), line -> {
                    Year year = draw.pick(new ArrayList<>(line.amounts().keySet()));
                    return ImmutableAmendmentLine.copyOf(line)
                            .withAmounts(withAmount(line.amounts(), year, line.amounts().get(year).add(BigDecimal.ONE)));
                })));
    }

    private static SafetyPolicy fractionsOfACent(SafetyPolicy policy, Draw draw) {
        return withAmendment(policy, draw, (a, lines) -> {
            List<Year> years = new ArrayList<>(lines.get(0).amounts().keySet());
            years.retainAll(lines.get(1).amounts().keySet());
            if (years.isEmpty()) {
                // Another mutation took the years away; there is nothing to split.
                return a;
            }
            Year year = draw.pick(years);
            BigDecimal fraction = BigDecimal.ONE.movePointLeft(a.scale().maxFractionDigits() + 1);
            List<AmendmentLine> changed = new ArrayList<>(lines);
            AmendmentLine up = lines.get(0);
            AmendmentLine down = lines.get(1);
            changed.set(0, ImmutableAmendmentLine.copyOf(up)
                    .withAmounts(withAmount(up.amounts(), year, up.amounts().get(year).add(fraction))));
            changed.set(1, ImmutableAmendmentLine.copyOf(down)
                    .withAmounts(withAmount(down.amounts(), year, down.amounts().get(year).subtract(fraction))));
            return lines(a, changed);
        });
    }

    /**
     * An amendment line without the amount of one of its years, or with one for the year after
     * them; the rules that add the lines up skip a year a line lacks and judge only the years of
     * the amendment.
     */
    private static SafetyPolicy amountsChanged(SafetyPolicy policy, Draw draw, boolean extra) {
        return withAmendment(policy, draw, (a, lines) -> lines(a, Edits.changedOne(draw, lines, line -> true, line -> {
            SortedMap<Year, BigDecimal> amounts = new TreeMap<>(line.amounts());
            if (extra) {
                amounts.put(a.years().last().plusYears(1), BigDecimal.ZERO);
            } else {
                amounts.remove(draw.pick(new ArrayList<>(amounts.keySet())));
            }
            return ImmutableAmendmentLine.copyOf(line).withAmounts(amounts);
        })));
    }

    private static SortedMap<Year, BigDecimal> withAmount(SortedMap<Year, BigDecimal> amounts,
            Year year, BigDecimal amount) {
        SortedMap<Year, BigDecimal> changed = new TreeMap<>(amounts);
        changed.put(year, amount);
        return changed;
    }

    /** Tables and their total rows that add up rows above them, as [table, row], of a scale or any. */
    private static List<int[]> totals(SafetyPolicy policy, Optional<Scale> scale) {
        List<int[]> totals = new ArrayList<>();
        List<BalanceTable> tables = policy.budget().map(Budget::balanceTables).orElse(List.of());
        for (int t = 0; t < tables.size(); t++) {
            if (scale.isPresent() && tables.get(t).scale() != scale.get()) {
                continue;
            }
            List<BalanceRow> rows = tables.get(t).rows();
            for (int r = 1; r < rows.size(); r++) {
                if (rows.get(r).kind() == RowKind.SUBTOTAL || rows.get(r).kind() == RowKind.CLOSING_BALANCE) {
                    totals.add(new int[] {t, r});
                }
            }
        }
        return totals;
    }

    /** One year of a total row off by an amount; a total below it that adds this one up is then off too, by the same rule. */
    private static SafetyPolicy totalChanged(SafetyPolicy policy, Draw draw, Optional<Scale> scale, BigDecimal by) {
        int[] total = draw.pick(totals(policy, scale));
        Budget budget = policy.budget().get();
        BalanceTable table = budget.balanceTables().get(total[0]);
        BalanceRow row = table.rows().get(total[1]);
        Year year = Year.of(draw.between(table.years().first().getValue(), table.years().last().getValue()));
        BalanceRow changed = ImmutableBalanceRow.copyOf(row).withAmounts(withAmount(row.amounts(), year,
                row.amounts().get(year).add(by)));
        BalanceTable changedTable = ImmutableBalanceTable.copyOf(table).withRows(
                replaced(table.rows(), total[1], changed));
        return copy(policy).withBudget(ImmutableBudget.copyOf(budget).withBalanceTables(
                replaced(budget.balanceTables(), total[0], changedTable)));
    }

    // --- identity

    private static boolean wellFormedCode(SafetyPolicy policy) {
        return WELL_FORMED_CODE.matcher(policy.municipality().cbsCode()).matches();
    }

    /** The municipality's four digits, or where another mutation malformed its code, some. */
    private static String digits(SafetyPolicy policy) {
        String code = policy.municipality().cbsCode();
        return wellFormedCode(policy) ? code.substring(2) : OTHER_DIGITS;
    }

    private static SafetyPolicy municipalityCodeMalformed(SafetyPolicy policy, Draw draw) {
        String digits = digits(policy);
        String code = draw.pick("GM" + digits.substring(1), "gm" + digits, digits, "GM" + digits + "0",
                "GM" + digits.substring(0, 3) + "A");
        return copy(policy).withMunicipality(ImmutableMunicipality.copyOf(policy.municipality()).withCbsCode(code));
    }

    /** Another municipality's digits, a character short, or in lower case; where there is no district, a new one so. */
    private static SafetyPolicy districtCodeMalformed(SafetyPolicy policy, Draw draw) {
        String digits = digits(policy);
        // Not the municipality's digits, whatever another mutation made of its code.
        String other = digits.equals(OTHER_DIGITS) ? ANOTHER_DIGITS : OTHER_DIGITS;
        String code = draw.pick("WK" + other + "01", "WK" + digits + "0", "wk" + digits + "01", "WK" + digits + "a1");
        Municipality municipality = policy.municipality();
        List<District> districts = municipality.districts().isEmpty()
                ? List.of(District.builder().id(ADDED + "-wijk").name("Nieuwe wijk").cbsCode(code).build())
                : Edits.changedOne(draw, municipality.districts(), d -> true,
                        d -> ImmutableDistrict.copyOf(d).withCbsCode(code));
        return copy(policy).withMunicipality(ImmutableMunicipality.copyOf(municipality).withDistricts(districts));
    }

    private static SafetyPolicy neighbourhoodCodeMalformed(SafetyPolicy policy, Draw draw) {
        String code = "BU" + digits(policy) + "0";
        Municipality municipality = policy.municipality();
        List<District> districts = municipality.districts().isEmpty()
                ? List.of(District.builder().id(ADDED + "-wijk").name("Nieuwe wijk").build())
                : municipality.districts();
        Neighbourhood malformed = Neighbourhood.builder().name("Nieuwe buurt").cbsCode(code).build();
        return copy(policy).withMunicipality(ImmutableMunicipality.copyOf(municipality).withDistricts(
                Edits.changedOne(draw, districts, d -> true, d -> d.neighbourhoods().isEmpty()
                        ? ImmutableDistrict.copyOf(d).withNeighbourhoods(malformed)
                        : ImmutableDistrict.copyOf(d).withNeighbourhoods(Edits.changedOne(draw, d.neighbourhoods(),
                                n -> true, n -> ImmutableNeighbourhood.copyOf(n).withCbsCode(code))))));
    }
}
