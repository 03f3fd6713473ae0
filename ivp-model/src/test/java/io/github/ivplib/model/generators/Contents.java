package io.github.ivplib.model.generators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.github.ivplib.model.ImmutableSafetyPolicy;
import io.github.ivplib.model.Qualifier;
import io.github.ivplib.model.YearRange;
import io.github.ivplib.model.ave.AveCase;
import io.github.ivplib.model.ave.AveModel;
import io.github.ivplib.model.ave.ImmutableAvePhase;
import io.github.ivplib.model.ave.AvePhase;
import io.github.ivplib.model.ave.DirectionAgreedPerCase;
import io.github.ivplib.model.ave.DirectionAssignment;
import io.github.ivplib.model.ave.DirectionKind;
import io.github.ivplib.model.ave.PhaseTransition;
import io.github.ivplib.model.ave.SelfDirection;
import io.github.ivplib.model.budget.AmendmentLine;
import io.github.ivplib.model.budget.BalanceRow;
import io.github.ivplib.model.budget.BalanceTable;
import io.github.ivplib.model.budget.Budget;
import io.github.ivplib.model.budget.BudgetAmendment;
import io.github.ivplib.model.budget.LineKind;
import io.github.ivplib.model.budget.RowKind;
import io.github.ivplib.model.budget.Scale;
import io.github.ivplib.model.budget.StaffingChange;
import io.github.ivplib.model.cycle.ImmutableMilestone;
import io.github.ivplib.model.cycle.Milestone;
import io.github.ivplib.model.cycle.MilestoneKind;
import io.github.ivplib.model.cycle.QuarterRange;
import io.github.ivplib.model.din.DinLine;
import io.github.ivplib.model.din.DinNetwork;
import io.github.ivplib.model.din.Effort;
import io.github.ivplib.model.din.Result;
import io.github.ivplib.model.goal.Direction;
import io.github.ivplib.model.goal.Goal;
import io.github.ivplib.model.goal.ImmutableIndicator;
import io.github.ivplib.model.goal.Indicator;
import io.github.ivplib.model.goal.IndicatorUnit;
import io.github.ivplib.model.goal.Measurement;
import io.github.ivplib.model.goal.ReferencePoint;
import io.github.ivplib.model.governance.Actor;
import io.github.ivplib.model.governance.GovernanceRole;
import io.github.ivplib.model.governance.Partner;
import io.github.ivplib.model.governance.PartnerKind;
import io.github.ivplib.model.keyfigure.KeyFigure;
import io.github.ivplib.model.municipality.District;
import io.github.ivplib.model.theme.CrossCuttingThread;
import io.github.ivplib.model.theme.Precondition;
import io.github.ivplib.model.theme.Risk;
import io.github.ivplib.model.theme.SafetyField;
import io.github.ivplib.model.theme.SubTheme;
import io.github.ivplib.model.theme.ImmutableTheme;
import io.github.ivplib.model.theme.Theme;
import io.github.ivplib.model.theme.ThemeKind;

/**
 * What a policy says beside its identity and adoption, as the rule catalogue wants it: strategic
 * themes (at most five) with goals, each goal with a measurable indicator, values in their
 * unit's range and targets that move as stated within the period, no district below its
 * minimum, DIN networks whose efforts serve results that serve goals, a cycle of implementation
 * plans for every year, a safety monitor, an evaluation and a successor, an AVE model of four
 * phases, budgets whose amendments balance and whose tables add up, and every reference to an
 * id that exists.
 */
final class Contents {

    /** Common BBV task fields of safety budgets; the validator's full list is not the model's to know. */
    private static final List<String> TASK_FIELDS = List.of("0.4", "0.8", "0.10", "1.1", "1.2", "6.1", "7.1", "8.3");
    private static final List<String> UNITS = List.of("evenementen", "camera's", "EUR", "meldingen", "%", "inwoners",
            "woninginbraken", "fte");
    private static final int MOST_STRATEGIC_THEMES = 5;
    private static final double CODE_MADE_DECIMAL = 0.03;

    private final Draw draw;
    private final Ids ids;
    private final double size;

    Contents(Draw draw, Ids ids, double size) {
        this.draw = draw;
        this.ids = ids;
        this.size = size;
    }

    /** The range and precision of an indicator unit's values, in units of the last decimal. */
    private static final class UnitScale {
        final long min;
        final long max;
        final int decimals;

        UnitScale(long min, long max, int decimals) {
            this.min = min;
            this.max = max;
            this.decimals = decimals;
        }

        static UnitScale of(IndicatorUnit unit) {
            switch (unit) {
                case REPORT_MARK:
                    return new UnitScale(10, 100, 1);
                case PERCENTAGE:
                    return new UnitScale(0, 1000, 1);
                case PER_THOUSAND_INHABITANTS:
                    return new UnitScale(0, 2000, 1);
                case COUNT:
                    return new UnitScale(0, 5000, 0);
                default:
                    return new UnitScale(0, 100_000, 2);
            }
        }
    }

    /**
     * Adds every part but identity, municipality and adoption.
     *
     * @param policy the policy so far, not null
     * @param period its period, not null
     * @param districts its municipality's districts, not null
     */
    void fill(ImmutableSafetyPolicy.Builder policy, YearRange period, List<District> districts) {
        policy.ambition(draw.maybe(0.7, () -> Texts.paragraph(draw)));
        List<Theme> themes = themes();
        policy.addAllThemes(themes);
        policy.addAllThreads(draw.list(0, 5, () -> CrossCuttingThread.builder().id(ids.fresh("rode-draad"))
                .name(Texts.name(draw)).description(draw.maybe(0.5, () -> Texts.sentence(draw))).build()));
        policy.addAllPreconditions(draw.list(0, 3, () -> Precondition.builder().id(ids.fresh("randvoorwaarde"))
                .name(Texts.name(draw)).description(draw.maybe(0.5, () -> Texts.sentence(draw))).build()));
        policy.addAllRisks(draw.list(0, 4, () -> Risk.builder().id(ids.fresh("risico"))
                .name(Texts.name(draw)).description(draw.maybe(0.5, () -> Texts.sentence(draw))).build()));

        List<Indicator> indicators = new ArrayList<>();
        List<Goal> goals = goals(themes, period, districts, indicators);
        indicators.addAll(draw.list(0, 2, () -> indicator(period, districts, draw.chance(0.5))));
        policy.addAllGoals(goals).addAllIndicators(indicators);

        List<Partner> partners = draw.list(3, (int) Math.ceil(12 * size), () -> Partner.builder()
                .id(ids.fresh("partner")).name(Texts.name(draw)).kind(draw.pick(PartnerKind.class))
                .description(draw.maybe(0.4, () -> Texts.sentence(draw))).build());
        policy.addAllDinNetworks(networks(themes, goals, partners));
        policy.addAllPartners(partners);
        policy.addAllRoles(draw.list(0, 6, () -> GovernanceRole.builder().actor(draw.pick(Actor.class))
                .role(Texts.name(draw)).responsibilities(draw.maybe(0.5, () -> Texts.sentence(draw))).build()));
        policy.addAllMilestones(milestones(period));
        policy.ave(draw.maybe(0.5, () -> ave(period)));
        policy.budget(draw.maybe(0.6, () -> budget(period)));
        policy.addAllKeyFigures(keyFigures(themes, period));
    }

    private List<Theme> themes() {
        List<Theme> themes = new ArrayList<>();
        themes.addAll(draw.list(1, MOST_STRATEGIC_THEMES, () -> theme(ThemeKind.STRATEGIC)));
        themes.addAll(draw.list(0, (int) Math.ceil(5 * size), () -> theme(ThemeKind.BASELINE)));
        return draw.shuffled(themes);
    }

    private Theme theme(ThemeKind kind) {
        ImmutableTheme.Builder theme = Theme.builder().id(ids.fresh("thema")).kind(kind).name(Texts.name(draw))
                .safetyField(draw.maybe(0.6, () -> draw.pick(SafetyField.class)))
                .description(draw.maybe(0.5, () -> Texts.paragraph(draw)))
                .addAllSubThemes(draw.list(0, 3, () -> SubTheme.builder().name(Texts.name(draw))
                        .description(draw.maybe(0.5, () -> Texts.sentence(draw)))
                        .addAllApproach(draw.list(0, 3, () -> Texts.sentence(draw))).build()))
                .addAllApproach(draw.list(0, 4, () -> Texts.sentence(draw)));
        if (draw.chance(0.2)) {
            theme.declaredGoalCount(draw.between(0, 6));
        }
        return theme.build();
    }

    /** Goals for every strategic theme and some others, each with a measurable indicator added to {@code indicators}. */
    private List<Goal> goals(List<Theme> themes, YearRange period, List<District> districts, List<Indicator> indicators) {
        List<String> others = themes.stream().filter(t -> t.kind() == ThemeKind.BASELINE).map(Theme::id)
                .collect(Collectors.toList());
        List<List<String>> served = new ArrayList<>();
        for (Theme theme : themes) {
            if (theme.kind() == ThemeKind.STRATEGIC) {
                for (int i = draw.between(1, 3); i > 0; i--) {
                    List<String> themeIds = new ArrayList<>(List.of(theme.id()));
                    themeIds.addAll(draw.some(others, 0, draw.chance(0.2) ? 1 : 0));
                    served.add(themeIds);
                }
            }
        }
        served.addAll(draw.list(0, 3, () -> draw.some(others, 0, 2)));
        List<Goal> goals = new ArrayList<>();
        for (List<String> themeIds : served) {
            List<String> indicatorIds = new ArrayList<>();
            for (int i = draw.between(1, 2); i > 0; i--) {
                if (!indicators.isEmpty() && draw.chance(0.15)) {
                    String shared = draw.pick(indicators).id();
                    if (!indicatorIds.contains(shared)) {
                        indicatorIds.add(shared);
                    }
                } else {
                    Indicator indicator = indicator(period, districts, true);
                    indicators.add(indicator);
                    indicatorIds.add(indicator.id());
                }
            }
            goals.add(Goal.builder().id(ids.fresh("doel")).text(Texts.sentence(draw)).addAllThemeIds(themeIds)
                    .addAllIndicatorIds(indicatorIds).build());
        }
        return goals;
    }

    /**
     * An indicator whose values lie in its unit's range, whose targets lie after its baseline and
     * in the period and move in its direction, and whose districts are measured at or above its
     * minimum. Measurable: with a baseline and a target, each with a year.
     */
    private Indicator indicator(YearRange period, List<District> districts, boolean measurable) {
        IndicatorUnit unit = draw.pick(IndicatorUnit.class);
        UnitScale scale = UnitScale.of(unit);
        int first = period.first().getValue();
        int last = period.last().getValue();
        ImmutableIndicator.Builder indicator = Indicator.builder().id(ids.fresh("indicator")).name(Texts.name(draw)).unit(unit)
                .source(draw.maybe(0.6, () -> draw.pick("CBS Veiligheidsmonitor", "Politie", "Gemeentelijke enquête",
                        Texts.name(draw))));
        Optional<Direction> direction = draw.maybe(0.8, () -> draw.pick(Direction.class));
        indicator.direction(direction);
        long baseline = draw.between(scale.min + 1, scale.max - 1);
        int baselineYear = draw.between(first - 3, Math.min(first, last - 1));
        long minimum = scale.min;
        if (measurable || draw.chance(0.5)) {
            indicator.baseline(point(baseline, scale, Optional.of(baselineYear),
                    draw.chance(0.9) ? Qualifier.EXACT : Qualifier.APPROXIMATELY));
            indicator.target(target(direction, baseline, scale, draw.between(Math.max(first, baselineYear + 1), last)));
            if (!districts.isEmpty() && draw.chance(0.3)) {
                minimum = draw.between(scale.min + 1, baseline);
                indicator.districtMinimum(point(minimum, scale,
                        Optional.of(draw.between(Math.max(first, baselineYear + 1), last)), Qualifier.EXACT));
            }
        }
        indicator.addAllMeasurements(measurements(scale, minimum, baselineYear - 2, last, districts));
        return indicator.build();
    }

    /** A target that moves from the baseline as the direction says, as each qualifier allows. */
    private ReferencePoint target(Optional<Direction> direction, long baseline, UnitScale scale, int year) {
        if (direction.isEmpty()) {
            return point(draw.between(scale.min, scale.max), scale, Optional.of(year), draw.pick(Qualifier.class));
        }
        switch (direction.get()) {
            case INCREASE:
                if (draw.chance(0.1)) {
                    // 'meer dan' the baseline is an increase though its figure is the baseline's
                    return point(baseline, scale, Optional.of(year), Qualifier.MORE_THAN);
                }
                return point(draw.between(baseline + 1, scale.max), scale, Optional.of(year),
                        draw.pick(Qualifier.EXACT, Qualifier.AT_LEAST, Qualifier.MORE_THAN, Qualifier.APPROXIMATELY));
            case DECREASE:
                if (draw.chance(0.1)) {
                    return point(baseline, scale, Optional.of(year), Qualifier.LESS_THAN);
                }
                return point(draw.between(scale.min, baseline - 1), scale, Optional.of(year),
                        draw.pick(Qualifier.EXACT, Qualifier.AT_MOST, Qualifier.LESS_THAN, Qualifier.APPROXIMATELY));
            default:
                return point(draw.between(baseline, scale.max), scale, Optional.of(year),
                        draw.pick(Qualifier.EXACT, Qualifier.AT_LEAST, Qualifier.MORE_THAN, Qualifier.APPROXIMATELY));
        }
    }

    private ReferencePoint point(long units, UnitScale scale, Optional<Integer> year, Qualifier qualifier) {
        return ReferencePoint.builder().value(asWritten(BigDecimal.valueOf(units, scale.decimals))).qualifier(qualifier)
                .year(year.map(Year::of))
                .source(draw.maybe(0.3, () -> draw.pick("Veiligheidsmonitor", "raadsinformatiebrief", "peiling")))
                .note(draw.maybe(0.2, () -> Texts.sentence(draw)))
                .build();
    }

    /**
     * At most one figure per scope and year, now and then given again by a second source that
     * agrees with it; districts at or above the minimum.
     */
    private List<Measurement> measurements(UnitScale scale, long minimum, int fromYear, int toYear,
            List<District> districts) {
        List<Integer> years = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            years.add(year);
        }
        List<Optional<String>> scopes = new ArrayList<>();
        if (draw.chance(0.7)) {
            scopes.add(Optional.empty());
        }
        if (draw.chance(0.4)) {
            draw.some(districts, 0, (int) Math.ceil(18 * size)).forEach(d -> scopes.add(Optional.of(d.id())));
        }
        List<Measurement> measurements = new ArrayList<>();
        for (int year : draw.some(years, 0, 3)) {
            for (Optional<String> scope : scopes) {
                long least = scope.isPresent() ? minimum : scale.min;
                long value = draw.between(least, scale.max);
                measurements.add(measurement(year, value, scale, scope,
                        draw.chance(0.9) ? Qualifier.EXACT : draw.pick(Qualifier.class)));
                if (draw.chance(0.05)) {
                    measurements.add(measurement(year, value, scale, scope, Qualifier.EXACT));
                } else if (draw.chance(0.05) && value > least) {
                    measurements.add(measurement(year, draw.between(least, value - 1), scale, scope, Qualifier.AT_LEAST));
                }
            }
        }
        return measurements;
    }

    private Measurement measurement(int year, long units, UnitScale scale, Optional<String> districtId,
            Qualifier qualifier) {
        return Measurement.builder().year(Year.of(year)).value(asWritten(BigDecimal.valueOf(units, scale.decimals)))
                .qualifier(qualifier).districtId(districtId)
                .source(draw.maybe(0.4, () -> "Veiligheidsmonitor " + year))
                .note(draw.maybe(0.1, () -> Texts.sentence(draw)))
                .build();
    }

    /** Networks for some strategic themes and perhaps the whole policy, each goal in one served by its results. */
    private List<DinNetwork> networks(List<Theme> themes, List<Goal> goals, List<Partner> partners) {
        List<String> partnerIds = partners.stream().map(Partner::id).collect(Collectors.toList());
        List<DinNetwork> networks = new ArrayList<>();
        for (Theme theme : themes) {
            List<String> goalIds = goals.stream().filter(g -> g.themeIds().contains(theme.id())).map(Goal::id)
                    .collect(Collectors.toList());
            if (theme.kind() == ThemeKind.STRATEGIC && draw.chance(0.6)) {
                networks.add(network(Optional.of(theme.id()), goalIds, partnerIds));
            }
        }
        if (draw.chance(0.2)) {
            networks.add(network(Optional.empty(),
                    draw.some(goals.stream().map(Goal::id).collect(Collectors.toList()), 1, 3), partnerIds));
        }
        return networks;
    }

    private DinNetwork network(Optional<String> themeId, List<String> goalIds, List<String> partnerIds) {
        List<DinLine> lines = draw.some(List.of(DinLine.values()), 0, 3);
        List<Result> results = new ArrayList<>();
        for (String goalId : goalIds) {
            results.add(result(goalId, goalIds));
        }
        results.addAll(draw.list(0, 2, () -> result(draw.pick(goalIds), goalIds)));
        List<String> resultIds = results.stream().map(Result::id).collect(Collectors.toList());
        List<Effort> efforts = draw.list(1, (int) Math.ceil(2 * results.size() * size), () -> Effort.builder()
                .id(ids.fresh("inspanning")).text(Texts.sentence(draw))
                .line(draw.maybe(0.7, () -> lines.isEmpty() ? draw.pick(DinLine.class) : draw.pick(lines)))
                .addAllResultIds(draw.some(resultIds, 1, 2))
                .addAllCarrierIds(draw.some(partnerIds, 1, 3))
                .build());
        return DinNetwork.builder().id(ids.fresh("din")).themeId(themeId)
                .ambition(draw.maybe(0.5, () -> Texts.sentence(draw)))
                .addAllGoalIds(goalIds).addAllLines(lines).addAllResults(results).addAllEfforts(efforts)
                .addAllPartnerIds(draw.some(partnerIds, 0, 5))
                .build();
    }

    private Result result(String goalId, List<String> networkGoals) {
        List<String> served = new ArrayList<>(List.of(goalId));
        String other = draw.pick(networkGoals);
        if (draw.chance(0.2) && !served.contains(other)) {
            served.add(other);
        }
        return Result.builder().id(ids.fresh("resultaat")).text(Texts.sentence(draw)).addAllGoalIds(served).build();
    }

    /**
     * Implementation plans of the college for every year, a safety monitor, an evaluation before
     * the council adopts the successor in the last year or the one before, and other milestones
     * within the period.
     */
    private List<Milestone> milestones(YearRange period) {
        int first = period.first().getValue();
        int last = period.last().getValue();
        List<Milestone> milestones = new ArrayList<>();
        for (int year = first; year <= last; ) {
            int years = draw.between(1, Math.min(2, last - year + 1));
            YearRange covers = YearRange.of(year, year + years - 1);
            boolean quarterBefore = year == first && draw.chance(0.3);
            ImmutableMilestone.Builder plan = milestone(MilestoneKind.ADOPT_IMPLEMENTATION_PLAN,
                    quarterBefore ? year - 1 : year, draw.maybe(0.7, () -> Actor.EXECUTIVE_BOARD));
            if (quarterBefore) {
                plan.quarters(QuarterRange.of(QuarterRange.LAST_QUARTER));
            }
            if (years > 1 || quarterBefore || draw.chance(0.5)) {
                plan.covers(covers);
            }
            milestones.add(plan.build());
            year += years;
        }
        for (int i = draw.between(1, 2); i > 0; i--) {
            milestones.add(milestone(draw.pick(MilestoneKind.SAFETY_MONITOR_SURVEY, MilestoneKind.SAFETY_MONITOR_DELIVERY),
                    draw.between(first, last), draw.maybe(0.5, () -> Actor.STATISTICS_NETHERLANDS)).build());
        }
        int successorYear = draw.between(Math.max(first, last - 1), last);
        Milestone successor = milestone(MilestoneKind.ADOPT_SUCCESSOR, successorYear,
                draw.maybe(0.7, () -> Actor.COUNCIL))
                .covers(draw.maybe(0.5, () -> YearRange.of(last + 1, last + 4))).build();
        milestones.add(successor);
        int evaluationYear = draw.between(first, successorYear);
        ImmutableMilestone.Builder evaluation = milestone(MilestoneKind.POLICY_EVALUATION, evaluationYear,
                draw.maybe(0.5, () -> draw.pick(Actor.EXECUTIVE_BOARD, Actor.LOCAL_TRIANGLE)));
        int latestQuarter = successor.quarters().map(QuarterRange::last).orElse(QuarterRange.LAST_QUARTER);
        if (evaluationYear == successorYear) {
            int quarter = draw.between(QuarterRange.FIRST_QUARTER, latestQuarter);
            evaluation.quarters(QuarterRange.of(quarter, draw.between(quarter, QuarterRange.LAST_QUARTER)));
        }
        milestones.add(evaluation.build());
        if (draw.chance(0.4)) {
            milestones.add(milestone(MilestoneKind.ADOPT_POLICY, draw.between(first - 1, first),
                    draw.maybe(0.7, () -> Actor.COUNCIL)).covers(draw.maybe(0.5, () -> period)).build());
        }
        milestones.addAll(draw.list(0, (int) Math.ceil(4 * size), () -> milestone(
                draw.pick(MilestoneKind.INTERIM_EVALUATION, MilestoneKind.PROGRESS_REPORT, MilestoneKind.TAKE_NOTE,
                        MilestoneKind.OTHER), draw.between(first, last),
                draw.maybe(0.5, () -> draw.pick(Actor.class))).build()));
        milestones.sort(Comparator.comparing(Milestone::year));
        return milestones;
    }

    /** A milestone with perhaps its quarters; the caller may set them again. */
    private ImmutableMilestone.Builder milestone(MilestoneKind kind, int year, Optional<Actor> actor) {
        ImmutableMilestone.Builder milestone = Milestone.builder().id(ids.fresh("mijlpaal")).year(Year.of(year)).kind(kind)
                .actor(actor).text(Texts.sentence(draw));
        if (draw.chance(0.6)) {
            int from = draw.between(QuarterRange.FIRST_QUARTER, QuarterRange.LAST_QUARTER);
            milestone.quarters(QuarterRange.of(from, draw.between(from, QuarterRange.LAST_QUARTER)));
        }
        return milestone;
    }

    /** Four phases in which the citizen's self-direction never grows, each saying who holds direction. */
    private AveModel ave(YearRange period) {
        List<String> themes = draw.list(0, 3, () -> Texts.word(draw));
        SelfDirection second = draw.pick(SelfDirection.FULL, SelfDirection.SUPPORTED);
        List<SelfDirection> selfDirection = List.of(SelfDirection.FULL, second,
                draw.pick(SelfDirection.SUPPORTED, SelfDirection.TAKEN_OVER), SelfDirection.TAKEN_OVER);
        List<AvePhase> phases = new ArrayList<>();
        for (int number = 1; number <= selfDirection.size(); number++) {
            ImmutableAvePhase.Builder phase = AvePhase.builder().number(number).selfDirection(selfDirection.get(number - 1))
                    .description(draw.maybe(0.5, () -> Texts.sentence(draw)));
            boolean perCase = draw.chance(0.3);
            if (!perCase || draw.chance(0.3)) {
                phase.addAllDirection(draw.list(1, 3, () -> DirectionAssignment.of(draw.pick(DirectionKind.class),
                        Texts.name(draw))));
            }
            if (perCase) {
                phase.directionAgreedPerCase(DirectionAgreedPerCase.builder()
                        .publishedAt(draw.maybe(0.5, () -> "https://example.org/ave/" + draw.between(1, 999)))
                        .note(draw.maybe(0.5, () -> Texts.sentence(draw))).build());
            }
            phases.add(phase.build());
        }
        return AveModel.builder().purpose(draw.maybe(0.6, () -> Texts.sentence(draw))).addAllThemes(themes)
                .addAllPhases(phases)
                .reference(draw.maybe(0.4, () -> "https://example.org/ave"))
                .addAllCases(draw.list(0, (int) Math.ceil(4 * size), () -> aveCase(themes, period)))
                .build();
    }

    /** A case that moves one phase up or down at a time, each move from where the last one ended. */
    private AveCase aveCase(List<String> themes, YearRange period) {
        LocalDate day = draw.day(period.first().atDay(1), period.last().atMonth(12).atEndOfMonth());
        int phase = draw.between(1, 4);
        List<PhaseTransition> transitions = new ArrayList<>();
        for (int i = draw.between(0, 6); i > 0; i--) {
            int to = phase == 1 ? 2 : phase == 4 ? 3 : phase + draw.pick(-1, 1);
            day = day.plusDays(draw.between(1, 90));
            transitions.add(PhaseTransition.builder().date(day).fromPhase(phase).toPhase(to).build());
            phase = to;
        }
        return AveCase.builder().id(ids.fresh("casus"))
                .theme(draw.maybe(0.5, () -> themes.isEmpty() ? Texts.word(draw) : draw.pick(themes)))
                .addAllTransitions(transitions).build();
    }

    private Budget budget(YearRange period) {
        List<BudgetAmendment> amendments = draw.list(0, 3, () -> amendment(period));
        List<String> amendmentIds = amendments.stream().map(BudgetAmendment::id).collect(Collectors.toList());
        return Budget.builder()
                .addAllAmendments(amendments)
                .addAllBalanceTables(draw.list(0, 2, () -> balanceTable(period)))
                .addAllStaffingChanges(draw.list(0, 3, () -> StaffingChange.builder().id(ids.fresh("formatie"))
                        .description(Texts.sentence(draw))
                        .fte(asWritten(draw.decimal(-300, 500, draw.between(0, 2))))
                        .salaryScale(draw.maybe(0.5, () -> String.valueOf(draw.between(4, 14))))
                        .unit(draw.maybe(0.5, () -> Texts.name(draw)))
                        .amendmentId(amendmentIds.isEmpty() ? Optional.empty()
                                : draw.maybe(0.6, () -> draw.pick(amendmentIds)))
                        .build()))
                .build();
    }

    /** Lines whose coverage line takes up, per year, what the others add or take away. */
    private BudgetAmendment amendment(YearRange period) {
        Scale scale = draw.pick(Scale.class);
        YearRange years = years(period);
        List<AmendmentLine> lines = new ArrayList<>(draw.list(1, 5, () -> line(
                draw.pick(LineKind.EXPENSE, LineKind.INCOME), amounts(years, scale))));
        SortedMap<Year, BigDecimal> coverage = new TreeMap<>();
        for (AmendmentLine line : lines) {
            line.amounts().forEach((year, amount) -> coverage.merge(year, amount.negate(), BigDecimal::add));
        }
        lines.add(line(LineKind.COVERAGE, written(coverage)));
        return BudgetAmendment.builder().id(ids.fresh("begrotingswijziging")).title(Texts.name(draw)).scale(scale)
                .years(years).addAllLines(draw.shuffled(lines)).build();
    }

    private AmendmentLine line(LineKind kind, SortedMap<Year, BigDecimal> amounts) {
        return AmendmentLine.builder().description(Texts.sentence(draw))
                .programme("Programma " + draw.between(1, 9) + " " + Texts.name(draw))
                .taskField(draw.maybe(0.8, () -> draw.pick(TASK_FIELDS))).kind(kind).putAllAmounts(amounts).build();
    }

    /**
     * An opening balance, mutations, perhaps a subtotal and more mutations, and a closing
     * balance, each total the exact sum of the rows above it back to the previous total.
     */
    private BalanceTable balanceTable(YearRange period) {
        Scale scale = draw.pick(Scale.class);
        YearRange years = years(period);
        List<BalanceRow> rows = new ArrayList<>();
        Map<Year, BigDecimal> running = new LinkedHashMap<>();
        if (draw.chance(0.8)) {
            rows.add(row(RowKind.OPENING_BALANCE, amounts(years, scale), running));
        }
        for (int i = draw.between(0, 4); i > 0; i--) {
            rows.add(row(RowKind.MUTATION, amounts(years, scale), running));
        }
        if (!rows.isEmpty() && draw.chance(0.4)) {
            rows.add(row(RowKind.SUBTOTAL, new TreeMap<>(running), running));
            for (int i = draw.between(0, 3); i > 0; i--) {
                rows.add(row(RowKind.MUTATION, amounts(years, scale), running));
            }
        }
        if (!rows.isEmpty()) {
            rows.add(row(RowKind.CLOSING_BALANCE, new TreeMap<>(running), running));
        }
        return BalanceTable.builder().id(ids.fresh("saldotabel")).title(Texts.name(draw)).scale(scale).years(years)
                .addAllRows(rows).build();
    }

    /** A row; a total row starts what the next total adds up from itself. */
    private BalanceRow row(RowKind kind, SortedMap<Year, BigDecimal> amounts, Map<Year, BigDecimal> running) {
        if (kind == RowKind.MUTATION) {
            amounts.forEach((year, amount) -> running.merge(year, amount, BigDecimal::add));
        } else {
            running.clear();
            running.putAll(amounts);
        }
        return BalanceRow.builder().label(Texts.name(draw)).kind(kind).putAllAmounts(written(amounts)).build();
    }

    private YearRange years(YearRange period) {
        int from = draw.between(period.first().getValue(), period.last().getValue());
        return YearRange.of(from, draw.between(from, period.last().getValue()));
    }

    /** An amount per year, exact in the scale: whole euros or cents, whole thousands or a few decimals of them. */
    private SortedMap<Year, BigDecimal> amounts(YearRange years, Scale scale) {
        int decimals = scale == Scale.EUROS ? draw.pick(0, 2) : draw.pick(0, 1, 3);
        long largest = scale == Scale.EUROS ? 5_000_000L : 5_000L;
        SortedMap<Year, BigDecimal> amounts = new TreeMap<>();
        for (int year = years.first().getValue(); year <= years.last().getValue(); year++) {
            long bound = largest * (long) Math.pow(10, decimals);
            amounts.put(Year.of(year), draw.decimal(-bound, bound, decimals));
        }
        return amounts;
    }

    private SortedMap<Year, BigDecimal> written(SortedMap<Year, BigDecimal> amounts) {
        SortedMap<Year, BigDecimal> written = new TreeMap<>();
        amounts.forEach((year, amount) -> written.put(year, asWritten(amount)));
        return written;
    }

    private List<KeyFigure> keyFigures(List<Theme> themes, YearRange period) {
        return draw.list(0, (int) Math.ceil(8 * size), () -> KeyFigure.builder().id(ids.fresh("kerncijfer"))
                .name(Texts.name(draw)).value(asWritten(draw.decimal(0, 10_000_000, draw.between(0, 2))))
                .unit(draw.pick(UNITS)).qualifier(draw.pick(Qualifier.class))
                .year(draw.maybe(0.7, () -> Year.of(draw.between(period.first().getValue() - 3, period.last().getValue()))))
                .themeId(draw.maybe(0.5, () -> draw.pick(themes).id()))
                .source(draw.maybe(0.5, () -> Texts.name(draw)))
                .build());
    }

    /**
     * A decimal as a person writes it, or now and then as code makes it: without its trailing
     * zeros, which for 1000 is 1E+3. Both are the same number, and the model takes both.
     */
    private BigDecimal asWritten(BigDecimal value) {
        return draw.chance(CODE_MADE_DECIMAL) ? value.stripTrailingZeros() : value;
    }
}
