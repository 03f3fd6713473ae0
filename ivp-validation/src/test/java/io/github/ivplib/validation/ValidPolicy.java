package io.github.ivplib.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;

import io.github.ivplib.model.BoundedDate;
import io.github.ivplib.model.ImmutableSafetyPolicy;
import io.github.ivplib.model.PolicyKind;
import io.github.ivplib.model.YearRange;
import io.github.ivplib.model.adoption.Adoption;
import io.github.ivplib.model.ave.AveCase;
import io.github.ivplib.model.ave.AveModel;
import io.github.ivplib.model.ave.AvePhase;
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
import io.github.ivplib.model.cycle.Milestone;
import io.github.ivplib.model.cycle.MilestoneKind;
import io.github.ivplib.model.cycle.QuarterRange;
import io.github.ivplib.model.din.DinLine;
import io.github.ivplib.model.din.DinNetwork;
import io.github.ivplib.model.din.Effort;
import io.github.ivplib.model.din.Result;
import io.github.ivplib.model.goal.Direction;
import io.github.ivplib.model.goal.Goal;
import io.github.ivplib.model.goal.Indicator;
import io.github.ivplib.model.goal.IndicatorUnit;
import io.github.ivplib.model.goal.Measurement;
import io.github.ivplib.model.goal.ReferencePoint;
import io.github.ivplib.model.governance.Actor;
import io.github.ivplib.model.governance.Partner;
import io.github.ivplib.model.governance.PartnerKind;
import io.github.ivplib.model.municipality.District;
import io.github.ivplib.model.municipality.Municipality;
import io.github.ivplib.model.municipality.Neighbourhood;
import io.github.ivplib.model.theme.Theme;
import io.github.ivplib.model.theme.ThemeKind;

/**
 * A made-up policy that breaks no rule of the catalogue. Each rule's tests change it in one
 * place and expect exactly one finding. Keep it passing every rule: {@code ValidPolicyTest}
 * checks that it does.
 */
public final class ValidPolicy {

    /** The period: 2024 to 2027, four years. */
    public static final YearRange PERIOD = YearRange.of(2024, 2027);

    private ValidPolicy() {
    }

    /** @return the policy, as an immutable with {@code with...} methods, not null */
    public static ImmutableSafetyPolicy policy() {
        return ImmutableSafetyPolicy.builder()
                .id("voorbeeldstad-ivp-2024-2027")
                .municipality(Municipality.builder()
                        .name("Voorbeeldstad")
                        .cbsCode("GM9999")
                        .addDistricts(District.builder()
                                .id("centrum")
                                .name("Centrum")
                                .cbsCode("WK999901")
                                .addNeighbourhoods(Neighbourhood.builder().name("Markt").cbsCode("BU99990101").build())
                                .build())
                        .build())
                .kind(PolicyKind.INTEGRAL_SAFETY_PLAN)
                .title("Integraal Veiligheidsplan 2024-2027")
                .period(PERIOD)
                .adoption(Adoption.builder()
                        .adoptedBy(Actor.COUNCIL)
                        .decisionDate(BoundedDate.on(LocalDate.of(2023, 12, 14)))
                        .entryIntoForce(BoundedDate.on(LocalDate.of(2024, 1, 1)))
                        .endDate(BoundedDate.on(LocalDate.of(2027, 12, 31)))
                        .build())
                .addThemes(theme("ondermijning", ThemeKind.STRATEGIC),
                        theme("overlast", ThemeKind.STRATEGIC),
                        theme("evenementen", ThemeKind.BASELINE))
                .addGoals(goal("minder-ondermijning", "ondermijning", "rapportcijfer"),
                        goal("minder-overlast", "overlast", "overlastmeldingen"))
                .addIndicators(Indicator.builder()
                                .id("rapportcijfer")
                                .name("Rapportcijfer veiligheid woonbuurt")
                                .unit(IndicatorUnit.REPORT_MARK)
                                .direction(Direction.INCREASE)
                                .baseline(ReferencePoint.of(new BigDecimal("7.0"), Year.of(2023)))
                                .target(ReferencePoint.of(new BigDecimal("7.3"), Year.of(2027)))
                                .districtMinimum(ReferencePoint.of(new BigDecimal("6.5"), Year.of(2027)))
                                .addMeasurements(measurement(2023, "7.0", null), measurement(2023, "6.8", "centrum"))
                                .build(),
                        Indicator.builder()
                                .id("overlastmeldingen")
                                .name("Overlastmeldingen per 1.000 inwoners")
                                .unit(IndicatorUnit.PER_THOUSAND_INHABITANTS)
                                .direction(Direction.DECREASE)
                                .baseline(ReferencePoint.of(new BigDecimal("12.0"), Year.of(2023)))
                                .target(ReferencePoint.of(new BigDecimal("10.0"), Year.of(2027)))
                                .build())
                .addDinNetworks(din("ondermijning", "minder-ondermijning"), din("overlast", "minder-overlast"))
                .addPartners(Partner.builder().id("politie").name("Politie").kind(PartnerKind.POLICE).build(),
                        Partner.builder().id("team-veiligheid").name("Team Veiligheid").kind(PartnerKind.MUNICIPAL_UNIT).build())
                .addMilestones(
                        milestone("up-2024-2025", 2024, 1, MilestoneKind.ADOPT_IMPLEMENTATION_PLAN, Actor.EXECUTIVE_BOARD, YearRange.of(2024, 2025)),
                        milestone("monitor-2025", 2025, 3, MilestoneKind.SAFETY_MONITOR_SURVEY, null, null),
                        milestone("up-2026-2027", 2025, 4, MilestoneKind.ADOPT_IMPLEMENTATION_PLAN, Actor.EXECUTIVE_BOARD, YearRange.of(2026, 2027)),
                        milestone("evaluatie", 2027, 2, MilestoneKind.POLICY_EVALUATION, Actor.EXECUTIVE_BOARD, null),
                        milestone("opvolger", 2027, 4, MilestoneKind.ADOPT_SUCCESSOR, Actor.COUNCIL, YearRange.of(2028, 2031)))
                .ave(AveModel.builder()
                        .addThemes("jeugd")
                        .addPhases(phase(1, SelfDirection.FULL, "burger"),
                                phase(2, SelfDirection.SUPPORTED, "wijkteam"),
                                phase(3, SelfDirection.TAKEN_OVER, "Zorg- en Veiligheidshuis"),
                                phase(4, SelfDirection.TAKEN_OVER, "burgemeester"))
                        .addCases(AveCase.builder()
                                .id("casus-1")
                                .addTransitions(transition(2024, 3, 1, 2), transition(2024, 6, 2, 3), transition(2024, 9, 3, 2))
                                .build())
                        .build())
                .budget(Budget.builder()
                        .addAmendments(BudgetAmendment.builder()
                                .id("begrotingswijziging")
                                .title("Begrotingswijziging veiligheidsplan")
                                .scale(Scale.EUROS)
                                .years(YearRange.of(2024, 2025))
                                .addLines(amendmentLine("Extra formatie", "1.2", LineKind.EXPENSE, "1000.00"),
                                        amendmentLine("Dekking uit begrotingssaldo", "0.8", LineKind.COVERAGE, "-1000.00"))
                                .build())
                        .addBalanceTables(BalanceTable.builder()
                                .id("begrotingssaldo")
                                .title("Meerjarig begrotingssaldo (x € 1.000)")
                                .scale(Scale.THOUSANDS_OF_EUROS)
                                .years(YearRange.of(2024, 2025))
                                .addRows(row("Saldo primitieve begroting", RowKind.OPENING_BALANCE, "100", "200"),
                                        row("Mutatie", RowKind.MUTATION, "-10", "5"),
                                        row("Saldo na mutaties", RowKind.SUBTOTAL, "90", "205"),
                                        row("Extra formatie", RowKind.MUTATION, "1", "1"),
                                        row("Saldo na besluitvorming", RowKind.CLOSING_BALANCE, "91", "206"))
                                .build())
                        .addStaffingChanges(StaffingChange.builder()
                                .id("extra-fte")
                                .description("1 fte extra")
                                .fte(BigDecimal.ONE)
                                .amendmentId("begrotingswijziging")
                                .build())
                        .build())
                .build();
    }

    private static Theme theme(String id, ThemeKind kind) {
        return Theme.builder().id(id).kind(kind).name(id).build();
    }

    private static Goal goal(String id, String themeId, String indicatorId) {
        return Goal.builder().id(id).text(id).addThemeIds(themeId).addIndicatorIds(indicatorId).build();
    }

    private static Measurement measurement(int year, String value, String districtId) {
        return Measurement.builder().year(Year.of(year)).value(new BigDecimal(value))
                .districtId(java.util.Optional.ofNullable(districtId)).build();
    }

    private static DinNetwork din(String themeId, String goalId) {
        return DinNetwork.builder()
                .id("din-" + themeId)
                .themeId(themeId)
                .addGoalIds(goalId)
                .addResults(Result.builder().id("resultaat-" + themeId).text("resultaat").addGoalIds(goalId).build())
                .addEfforts(Effort.builder()
                        .id("inspanning-" + themeId)
                        .text("inspanning")
                        .line(DinLine.PREVENT)
                        .addResultIds("resultaat-" + themeId)
                        .addCarrierIds("politie", "team-veiligheid")
                        .build())
                .addPartnerIds("politie")
                .build();
    }

    private static Milestone milestone(String id, int year, int quarter, MilestoneKind kind, Actor actor, YearRange covers) {
        return Milestone.builder().id(id).year(Year.of(year)).quarters(QuarterRange.of(quarter)).kind(kind)
                .actor(java.util.Optional.ofNullable(actor)).covers(java.util.Optional.ofNullable(covers))
                .text(kind.name()).build();
    }

    private static AvePhase phase(int number, SelfDirection selfDirection, String holder) {
        return AvePhase.builder().number(number).selfDirection(selfDirection)
                .addDirection(DirectionAssignment.of(DirectionKind.CASE_DIRECTION, holder)).build();
    }

    private static PhaseTransition transition(int year, int month, int from, int to) {
        return PhaseTransition.builder().date(LocalDate.of(year, month, 1)).fromPhase(from).toPhase(to).build();
    }

    private static AmendmentLine amendmentLine(String description, String taskField, LineKind kind, String amount) {
        return AmendmentLine.builder().description(description).programme("Programma 1 Veiligheid")
                .taskField(taskField).kind(kind)
                .putAmounts(Year.of(2024), new BigDecimal(amount))
                .putAmounts(Year.of(2025), new BigDecimal(amount))
                .build();
    }

    private static BalanceRow row(String label, RowKind kind, String first, String second) {
        return BalanceRow.builder().label(label).kind(kind)
                .putAmounts(Year.of(2024), new BigDecimal(first))
                .putAmounts(Year.of(2025), new BigDecimal(second))
                .build();
    }
}
