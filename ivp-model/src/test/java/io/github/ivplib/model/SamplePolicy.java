package io.github.ivplib.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;

import io.github.ivplib.model.adoption.Adoption;
import io.github.ivplib.model.adoption.AdoptionDateKind;
import io.github.ivplib.model.adoption.Extension;
import io.github.ivplib.model.adoption.JointParticipant;
import io.github.ivplib.model.adoption.Predecessor;
import io.github.ivplib.model.adoption.ReportedDate;
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
import io.github.ivplib.model.governance.GovernanceRole;
import io.github.ivplib.model.governance.Partner;
import io.github.ivplib.model.governance.PartnerKind;
import io.github.ivplib.model.keyfigure.KeyFigure;
import io.github.ivplib.model.municipality.District;
import io.github.ivplib.model.municipality.FormerMunicipality;
import io.github.ivplib.model.municipality.Municipality;
import io.github.ivplib.model.municipality.Neighbourhood;
import io.github.ivplib.model.theme.CrossCuttingThread;
import io.github.ivplib.model.theme.Precondition;
import io.github.ivplib.model.theme.Risk;
import io.github.ivplib.model.theme.SafetyField;
import io.github.ivplib.model.theme.SubTheme;
import io.github.ivplib.model.theme.Theme;
import io.github.ivplib.model.theme.ThemeKind;

/**
 * A made-up policy that sets every field of every type, so that a round trip exercises them
 * all. Its figures are test data, not taken from any municipality.
 */
public final class SamplePolicy {

    private SamplePolicy() {
    }

    public static SafetyPolicy everyField() {
        return SafetyPolicy.builder()
                .id("sample-ivp-2024-2027")
                .municipality(Municipality.builder()
                        .name("Voorbeeldstad")
                        .cbsCode("GM9999")
                        .foundedOn(LocalDate.of(2019, 1, 1))
                        .addFormerMunicipalities(FormerMunicipality.builder().name("Oudgemeente").cbsCode("GM9998").build())
                        .addDistricts(District.builder()
                                .id("centrum")
                                .name("Centrum")
                                .cbsCode("WK999901")
                                .addNeighbourhoods(Neighbourhood.builder()
                                        .name("Oude Markt").cbsCode("BU99990101").build())
                                .build())
                        .build())
                .kind(PolicyKind.INTEGRAL_SAFETY_PLAN)
                .title("Integraal Veiligheidsplan 2024-2027")
                .period(YearRange.of(2024, 2027))
                .adoption(Adoption.builder()
                        .adoptedBy(Actor.COUNCIL)
                        .decisionDate(BoundedDate.on(LocalDate.of(2024, 2, 22)))
                        .entryIntoForce(BoundedDate.on(LocalDate.of(2024, 3, 1)))
                        .retroactiveFrom(BoundedDate.on(LocalDate.of(2024, 1, 1)))
                        .endDate(BoundedDate.on(LocalDate.of(2027, 12, 31)))
                        .addExtensions(Extension.builder()
                                .until(BoundedDate.on(LocalDate.of(2028, 12, 31)))
                                .decidedBy(Actor.COUNCIL)
                                .decisionDate(BoundedDate.between(LocalDate.of(2027, 11, 1), LocalDate.of(2027, 11, 30)))
                                .note("verlengd met een jaar")
                                .build())
                        .collegeProposalDate(BoundedDate.between(LocalDate.of(2024, 1, 9), null))
                        .documentDate(BoundedDate.in(Year.of(2024)))
                        .publicationId("gmb-2024-12345")
                        .registerDate(BoundedDate.between(null, LocalDate.of(2024, 4, 1)))
                        .addReportedDates(ReportedDate.builder()
                                .kind(AdoptionDateKind.DECISION)
                                .date(BoundedDate.in(Year.of(2024)))
                                .source("Programmabegroting 2025")
                                .authoritative(true)
                                .note("vastgesteld in 2024")
                                .build())
                        .cvdrId("CVDR000001")
                        .legalBasis("artikel 38b van de Politiewet 2012")
                        .note("vastgesteld in de raadsvergadering")
                        .build())
                .addJointParticipants(JointParticipant.builder()
                        .municipality(Municipality.builder().name("Buurdorp").cbsCode("GM9997").build())
                        .adoption(Adoption.builder().adoptedBy(Actor.COUNCIL)
                                .decisionDate(BoundedDate.on(LocalDate.of(2024, 3, 7)))
                                .build())
                        .build())
                .addPredecessors(Predecessor.builder()
                        .title("Veiligheidsbeleid 2020-2023")
                        .period(YearRange.of(2020, 2023))
                        .municipality("Oudgemeente")
                        .cvdrId("CVDR000000")
                        .build())
                .ambition("Een veilige stad voor iedereen, behalve voor criminelen.")
                .addThemes(Theme.builder()
                        .id("ondermijning")
                        .kind(ThemeKind.STRATEGIC)
                        .name("Ondermijning")
                        .safetyField(SafetyField.INTEGRITY_AND_SAFETY)
                        .description("Verweving van onder- en bovenwereld.")
                        .addSubThemes(SubTheme.builder()
                                .name("Mensenhandel")
                                .description("Uitbuiting.")
                                .addApproach("Bewustwording vergroten.")
                                .build())
                        .addApproach("Informatiepositie versterken.")
                        .declaredGoalCount(4)
                        .build())
                .addThreads(CrossCuttingThread.builder().id("wijkgericht").name("Wijkgericht").description("Per wijk.").build())
                .addPreconditions(Precondition.builder().id("flankerend-beleid").name("Flankerend beleid").build())
                .addRisks(Risk.builder().id("capaciteit").name("Schaarse capaciteit").description("Keuzes nodig.").build())
                .addGoals(Goal.builder()
                        .id("rapportcijfer")
                        .text("Het rapportcijfer stijgt.")
                        .addThemeIds("ondermijning")
                        .addIndicatorIds("rapportcijfer-veiligheid")
                        .build())
                .addIndicators(Indicator.builder()
                        .id("rapportcijfer-veiligheid")
                        .name("Rapportcijfer veiligheid woonbuurt")
                        .unit(IndicatorUnit.REPORT_MARK)
                        .direction(Direction.INCREASE)
                        .source("CBS Veiligheidsmonitor")
                        .baseline(ReferencePoint.of(new BigDecimal("7.2"), Year.of(2021)))
                        .target(ReferencePoint.builder()
                                .value(new BigDecimal("7.4"))
                                .qualifier(Qualifier.AT_LEAST)
                                .year(Year.of(2026))
                                .source("raadsinformatiebrief")
                                .note("ten minste 7,4")
                                .build())
                        .districtMinimum(ReferencePoint.of(new BigDecimal("6.7"), Year.of(2026)))
                        .addMeasurements(Measurement.builder()
                                .year(Year.of(2021))
                                .value(new BigDecimal("6.90"))
                                .qualifier(Qualifier.APPROXIMATELY)
                                .districtId("centrum")
                                .source("Veiligheidsmonitor 2021")
                                .note("afgerond")
                                .build())
                        .build())
                .addDinNetworks(DinNetwork.builder()
                        .id("din-ondermijning")
                        .themeId("ondermijning")
                        .ambition("Weerbaar tegen ondermijning.")
                        .addGoalIds("rapportcijfer")
                        .addResults(Result.builder().id("r1").text("Meer meldingen.").addGoalIds("rapportcijfer").build())
                        .addEfforts(Effort.builder()
                                .id("e1")
                                .text("Training signaleren.")
                                .line(DinLine.DETECT)
                                .addResultIds("r1")
                                .addCarrierIds("politie")
                                .build())
                        .addPartnerIds("politie")
                        .build())
                .addPartners(Partner.builder().id("politie").name("Politie").kind(PartnerKind.POLICE).description("Gezag.").build())
                .addRoles(GovernanceRole.builder().actor(Actor.MAYOR).role("bestuurlijke coördinatie").responsibilities("Openbare orde.").build())
                .addMilestones(Milestone.builder()
                        .id("m1")
                        .year(Year.of(2024))
                        .quarters(QuarterRange.of(3, 4))
                        .kind(MilestoneKind.ADOPT_IMPLEMENTATION_PLAN)
                        .actor(Actor.EXECUTIVE_BOARD)
                        .covers(YearRange.of(2024, 2025))
                        .text("Vaststelling uitvoeringsplan door het college")
                        .build())
                .ave(AveModel.builder()
                        .purpose("Escalatie voorkomen.")
                        .addThemes("jeugd")
                        .addPhases(AvePhase.builder()
                                .number(1)
                                .selfDirection(SelfDirection.FULL)
                                .addDirection(DirectionAssignment.of(DirectionKind.CASE_DIRECTION, "burger"))
                                .description("Totale zelfregie.")
                                .build())
                        .reference("https://example.org/ave")
                        .addCases(AveCase.builder()
                                .id("casus-1")
                                .theme("jeugd")
                                .addTransitions(PhaseTransition.builder()
                                        .date(LocalDate.of(2024, 5, 1)).fromPhase(1).toPhase(2).build())
                                .build())
                        .build())
                .budget(Budget.builder()
                        .addAmendments(BudgetAmendment.builder()
                                .id("bw-1")
                                .title("Begrotingswijziging")
                                .scale(Scale.EUROS)
                                .years(YearRange.of(2024, 2025))
                                .addLines(AmendmentLine.builder()
                                        .description("Uitbreiding formatie")
                                        .programme("Programma 1 Veiligheid")
                                        .taskField("1.2")
                                        .kind(LineKind.EXPENSE)
                                        .putAmounts(Year.of(2025), new BigDecimal("115000.50"))
                                        .putAmounts(Year.of(2024), new BigDecimal("115000.50"))
                                        .build())
                                .build())
                        .addBalanceTables(BalanceTable.builder()
                                .id("saldo")
                                .title("Meerjarig begrotingssaldo")
                                .scale(Scale.THOUSANDS_OF_EUROS)
                                .years(YearRange.of(2024, 2024))
                                .addRows(BalanceRow.builder()
                                        .label("Saldo")
                                        .kind(RowKind.OPENING_BALANCE)
                                        .putAmounts(Year.of(2024), new BigDecimal("-47"))
                                        .build())
                                .build())
                        .addStaffingChanges(StaffingChange.builder()
                                .id("fte-1")
                                .description("1 fte erbij")
                                .fte(new BigDecimal("1.0"))
                                .salaryScale("11")
                                .unit("team veiligheid")
                                .amendmentId("bw-1")
                                .build())
                        .build())
                .addKeyFigures(KeyFigure.builder()
                        .id("evenementen")
                        .name("Evenementen")
                        .value(new BigDecimal("384"))
                        .unit("evenementen")
                        .qualifier(Qualifier.AT_LEAST)
                        .year(Year.of(2022))
                        .themeId("ondermijning")
                        .source("jaarverslag")
                        .build())
                .build();
    }
}
