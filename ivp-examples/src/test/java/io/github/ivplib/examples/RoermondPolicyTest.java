package io.github.ivplib.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.ivplib.model.BoundedDate;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.YearRange;
import io.github.ivplib.model.budget.AmendmentLine;
import io.github.ivplib.model.budget.BalanceRow;
import io.github.ivplib.model.budget.BalanceTable;
import io.github.ivplib.model.budget.BudgetAmendment;
import io.github.ivplib.model.budget.LineKind;
import io.github.ivplib.model.budget.RowKind;
import io.github.ivplib.model.budget.Scale;
import io.github.ivplib.model.budget.StaffingChange;
import io.github.ivplib.model.cycle.Milestone;
import io.github.ivplib.model.cycle.MilestoneKind;
import io.github.ivplib.model.din.DinLine;
import io.github.ivplib.model.din.DinNetwork;
import io.github.ivplib.model.goal.Goal;
import io.github.ivplib.model.governance.Actor;
import io.github.ivplib.model.governance.Partner;
import io.github.ivplib.model.json.PolicyJson;
import io.github.ivplib.model.theme.Theme;
import io.github.ivplib.model.theme.ThemeKind;

/**
 * The bundled Roermond policy says what the council proposal "Vaststellen Integraal
 * Veiligheidsplan 2024-2027" says.
 * <p>
 * Every expected value below is copied from the proposal, not from the JSON file, so that a
 * change to the file that drifts from the document fails here.
 */
class RoermondPolicyTest {

    /** "Integraal Veiligheidsplan 2024-2027". */
    private static final YearRange PERIOD = YearRange.of(2024, 2027);

    /** "de raadsvergadering van 22 februari 2024", the meeting the proposal is for. */
    private static final LocalDate COUNCIL_MEETING = LocalDate.of(2024, 2, 22);

    /** "Het is de opvolger van het beleid integrale veiligheid 2020 -2023." */
    private static final YearRange PREDECESSOR_PERIOD = YearRange.of(2020, 2023);

    /** CBS code of the municipality of Roermond. */
    private static final String ROERMOND_CBS_CODE = "GM0957";

    /**
     * The three prioritised themes and how many goals the proposal says each has. The proposal
     * lists the themes in two orders, so their order is no fact to test.
     */
    private static final Map<String, Integer> STRATEGIC_THEME_GOAL_COUNTS = Map.of(
            "Ondermijning", 4,                                             // "vier doelen"
            "Digitale veiligheid", 5,                                      // "vijf doelen"
            "Maatschappelijke onrust (polarisatie en radicalisering)", 5); // "vijf doelen"

    /** "... vanuit de basisveiligheid een plek gekomen voor andere belangrijke onderwerpen zoals ..." */
    private static final List<String> BASELINE_THEMES = List.of(
            "overlast op sportparken",
            "overlast van mensen met onbegrepen gedrag in onze wijken");

    /**
     * "Met deze uitgewerkte DIN's is het gesprek aangegaan met alle benodigde interne en externe
     * stakeholders (o.a. wijkregie, cluster Ontwikkeling Opgaven, stadstoezicht, welzijn, OM,
     * jongerenwerk, reclassering en politie)."
     */
    private static final List<String> DIN_STAKEHOLDERS = List.of(
            "wijkregie",
            "cluster Ontwikkeling Opgaven",
            "stadstoezicht",
            "welzijn",
            "Openbaar Ministerie (OM)",
            "jongerenwerk",
            "reclassering",
            "politie");

    /** The year columns of the budget amendment: "2024 2025 2026 2027 2028". */
    private static final YearRange AMENDMENT_YEARS = YearRange.of(2024, 2028);

    /** "Dekking uit meerjarig begrotingssaldo, programma 0, bestuur en ondersteuning": -115.000 a year. */
    private static final BigDecimal COVERAGE_PER_YEAR = BigDecimal.valueOf(-115_000);

    /** "Toevoegen aan formatie cluster leefbaarheid en veiligheid, Programma 1 Veiligheid": 115.000 a year. */
    private static final BigDecimal EXPENSE_PER_YEAR = BigDecimal.valueOf(115_000);

    /** The year columns of the balance table: "Omschrijving (bedragen x€1.000) 2024 2025 2026 2027". */
    private static final YearRange BALANCE_YEARS = YearRange.of(2024, 2027);

    /** The balance table as the proposal prints it, in thousands of euros, top to bottom. */
    private static final List<ExpectedRow> BALANCE_TABLE = List.of(
            new ExpectedRow("Saldo primitieve begroting 2024",
                    RowKind.OPENING_BALANCE, 1042, 6080, -47, 806),
            new ExpectedRow("Mutatie septembercirculaire 2023 incl. loonprijs",
                    RowKind.MUTATION, 84, 56, 57, 1197),
            new ExpectedRow("Mutatie: Dekking amendementen en moties",
                    RowKind.MUTATION, -125, -125, -45, -45),
            new ExpectedRow("Mutatie: 3e Tussenrapportage 2023",
                    RowKind.MUTATION, 271, 266, -24, -45),
            new ExpectedRow("Saldo na mutaties",
                    RowKind.SUBTOTAL, 1272, 6277, -59, 1913),
            new ExpectedRow("raadsvoorstel: Aanvullend krediet Oranjelaan",
                    RowKind.MUTATION, 7, -47, -47, -47),
            new ExpectedRow("raadsvoorstel Extra FTE n.a.v. Integraal Veiligheidsplan 2024-2027",
                    RowKind.MUTATION, -115, -115, -115, -115),
            new ExpectedRow("Begrotingssaldo: na besluitvorming Oranjelaan & IVP",
                    RowKind.CLOSING_BALANCE, 1164, 6115, -221, 1751));

    /** "de formatie uit te breiden met 1 fte (schaal 11)". */
    private static final BigDecimal EXTRA_FTE = BigDecimal.ONE;

    /** "de formatie uit te breiden met 1 fte (schaal 11)". */
    private static final String SALARY_SCALE = "11";

    private static SafetyPolicy policy;

    @BeforeAll
    static void loadTheBundledPolicy() {
        policy = ExamplePolicies.ROERMOND_IVP_2024_2027.load();
    }

    // --- identity and adoption -------------------------------------------------------------

    @Test
    void isThePolicyOfRoermondWithItsCbsCode() {
        assertThat(policy.municipality().cbsCode()).isEqualTo(ROERMOND_CBS_CODE);
    }

    @Test
    void periodIs2024To2027() {
        assertThat(policy.period()).isEqualTo(PERIOD);
    }

    @Test
    void isAdoptedByTheCouncil() {
        assertThat(policy.adoption().adoptedBy()).contains(Actor.COUNCIL);
    }

    @Test
    void decisionDateIsTheCouncilMeetingOf22February2024() {
        assertThat(policy.adoption().decisionDate()).contains(BoundedDate.on(COUNCIL_MEETING));
    }

    @Test
    void replacesTheIntegralSafetyPolicy2020To2023() {
        assertThat(policy.predecessors())
                .singleElement()
                .satisfies(predecessor -> assertThat(predecessor.period()).contains(PREDECESSOR_PERIOD));
    }

    // --- themes, goals, DIN ----------------------------------------------------------------

    @Test
    void strategicThemesAreTheThreePrioritisedThemes() {
        assertThat(themeNames(ThemeKind.STRATEGIC))
                .containsExactlyInAnyOrderElementsOf(STRATEGIC_THEME_GOAL_COUNTS.keySet());
    }

    @Test
    void strategicThemesDeclareFourFiveAndFiveGoals() {
        Map<String, Integer> declared = themes(ThemeKind.STRATEGIC).stream()
                .collect(Collectors.toMap(Theme::name, theme -> theme.declaredGoalCount().orElseThrow()));

        assertThat(declared).isEqualTo(STRATEGIC_THEME_GOAL_COUNTS);
    }

    @Test
    void baselineThemesAreTheTwoTopicsFromTheBasisveiligheid() {
        assertThat(themeNames(ThemeKind.BASELINE)).containsExactlyElementsOf(BASELINE_THEMES);
    }

    @Test
    void everyStrategicThemeHasOneGoalStatingWhatItsGoalsAchieve() {
        for (Theme theme : themes(ThemeKind.STRATEGIC)) {
            assertThat(policy.goals())
                    .as("goals of %s", theme.name())
                    .filteredOn(goal -> goal.themeIds().contains(theme.id()))
                    .hasSize(1);
        }
    }

    @Test
    void goalsNameNoIndicatorsBecauseTheProposalGivesNone() {
        assertThat(policy.goals()).allSatisfy(goal -> assertThat(goal.indicatorIds()).isEmpty());
    }

    @Test
    void policyHasNoIndicatorsBecauseTheProposalGivesNone() {
        assertThat(policy.indicators()).isEmpty();
    }

    @Test
    void everyStrategicThemeHasOneDinNetworkForItsGoal() {
        for (Theme theme : themes(ThemeKind.STRATEGIC)) {
            List<String> goalIds = policy.goals().stream()
                    .filter(goal -> goal.themeIds().contains(theme.id()))
                    .map(Goal::id)
                    .collect(Collectors.toList());

            assertThat(policy.dinNetworks())
                    .as("DIN networks of %s", theme.name())
                    .filteredOn(network -> network.themeId().equals(Optional.of(theme.id())))
                    .singleElement()
                    .satisfies(network -> assertThat(network.goalIds()).isEqualTo(goalIds));
        }
    }

    @Test
    void dinNetworksHoldTheStakeholdersTheDinsWereDiscussedWith() {
        for (DinNetwork network : policy.dinNetworks()) {
            assertThat(network.partnerIds())
                    .as("partners of %s", network.id())
                    .map(RoermondPolicyTest::partnerName)
                    .containsExactlyElementsOf(DIN_STAKEHOLDERS);
        }
    }

    /** "Met de DIN methode [...] alle thema's volgens de lijnen signaleren, voorkomen en begrenzen kunnen uitwerken." */
    @Test
    void everyDinNetworkIsWorkedOutAlongTheLinesDetectPreventContain() {
        assertThat(policy.dinNetworks()).allSatisfy(network -> assertThat(network.lines())
                .containsExactly(DinLine.DETECT, DinLine.PREVENT, DinLine.CONTAIN));
    }

    @Test
    void dinNetworksHaveNoResultsBecauseTheProposalNamesNone() {
        assertThat(policy.dinNetworks()).allSatisfy(network -> assertThat(network.results()).isEmpty());
    }

    @Test
    void dinNetworksHaveNoEffortsBecauseTheProposalNamesNone() {
        assertThat(policy.dinNetworks()).allSatisfy(network -> assertThat(network.efforts()).isEmpty());
    }

    // --- planning and control --------------------------------------------------------------

    @Test
    void theCouncilAdoptsThePolicyForItsWholePeriodIn2024() {
        assertThat(milestones(MilestoneKind.ADOPT_POLICY))
                .singleElement()
                .satisfies(milestone -> {
                    assertThat(milestone.year()).isEqualTo(Year.of(2024));
                    assertThat(milestone.actor()).contains(Actor.COUNCIL);
                    assertThat(milestone.covers()).contains(PERIOD);
                });
    }

    /** "Het integraal Veiligheidsplan 2024-2027 wordt vertaald naar jaarlijkse uitvoeringsplannen." */
    @Test
    void everyYearOfThePeriodHasItsOwnImplementationPlan() {
        assertThat(milestones(MilestoneKind.ADOPT_IMPLEMENTATION_PLAN))
                .extracting(milestone -> milestone.covers().orElseThrow())
                .containsExactly(YearRange.of(2024, 2024), YearRange.of(2025, 2025),
                        YearRange.of(2026, 2026), YearRange.of(2027, 2027));
    }

    /** "Het uitvoeringsplan voor 2024 wordt in het voorjaar opgesteld en vastgesteld door het college." */
    @Test
    void theCollegeAdoptsTheImplementationPlanFor2024() {
        assertThat(milestones(MilestoneKind.ADOPT_IMPLEMENTATION_PLAN))
                .filteredOn(milestone -> milestone.covers().orElseThrow().equals(YearRange.of(2024, 2024)))
                .singleElement()
                .satisfies(milestone -> assertThat(milestone.actor()).contains(Actor.EXECUTIVE_BOARD));
    }

    /** The proposal says who adopts the 2024 plan only; for the later yearly plans it names no one. */
    @Test
    void theLaterYearlyPlansNameNoActorBecauseTheProposalNamesNone() {
        assertThat(milestones(MilestoneKind.ADOPT_IMPLEMENTATION_PLAN))
                .filteredOn(milestone -> milestone.year().isAfter(Year.of(2024)))
                .hasSize(3)
                .allSatisfy(milestone -> assertThat(milestone.actor()).isEmpty());
    }

    @Test
    void progressIsReportedEveryYearOfThePeriod() {
        assertThat(milestones(MilestoneKind.PROGRESS_REPORT))
                .extracting(Milestone::year)
                .containsExactlyElementsOf(yearsOf(PERIOD));
    }

    /**
     * "Verantwoording vindt jaarlijks plaats via de bestuurlijke tussenrapportages en
     * jaarverantwoording": the proposal does not say who reports.
     */
    @Test
    void progressReportsNameNoActorBecauseTheProposalNamesNone() {
        assertThat(milestones(MilestoneKind.PROGRESS_REPORT))
                .allSatisfy(milestone -> assertThat(milestone.actor()).isEmpty());
    }

    @Test
    void noMilestoneSchedulesTheSuccessorBecauseTheProposalSchedulesNone() {
        assertThat(milestones(MilestoneKind.ADOPT_SUCCESSOR)).isEmpty();
    }

    // --- budget amendment ------------------------------------------------------------------

    @Test
    void amendmentIsInEuros() {
        assertThat(theAmendment().scale()).isEqualTo(Scale.EUROS);
    }

    @Test
    void amendmentRunsFrom2024To2028() {
        assertThat(theAmendment().years()).isEqualTo(AMENDMENT_YEARS);
    }

    @Test
    void amendmentCoversTheExtraFteFromTheMultiYearBudgetBalance() {
        assertThat(amendmentLine(LineKind.COVERAGE).amounts())
                .isEqualTo(everyYear(AMENDMENT_YEARS, COVERAGE_PER_YEAR));
    }

    @Test
    void amendmentAddsTheExtraFteToTheClusterStaffing() {
        assertThat(amendmentLine(LineKind.EXPENSE).amounts())
                .isEqualTo(everyYear(AMENDMENT_YEARS, EXPENSE_PER_YEAR));
    }

    @Test
    void amendmentSumsToZeroInEveryYear() {
        for (Year year : yearsOf(AMENDMENT_YEARS)) {
            BigDecimal sum = theAmendment().lines().stream()
                    .map(line -> line.amounts().get(year))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);

            assertThat(sum).as("sum in %s", year).isZero();
        }
    }

    // --- balance table ---------------------------------------------------------------------

    @Test
    void balanceTableIsInThousandsOfEuros() {
        assertThat(theBalanceTable().scale()).isEqualTo(Scale.THOUSANDS_OF_EUROS);
    }

    @Test
    void balanceTableRunsFrom2024To2027() {
        assertThat(theBalanceTable().years()).isEqualTo(BALANCE_YEARS);
    }

    @Test
    void balanceTableHasTheProposalsRowsInOrder() {
        assertThat(theBalanceTable().rows())
                .extracting(BalanceRow::label)
                .containsExactlyElementsOf(BALANCE_TABLE.stream()
                        .map(ExpectedRow::label)
                        .collect(Collectors.toList()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("balanceTable")
    void balanceRowHasTheProposalsKind(ExpectedRow expected) {
        assertThat(balanceRow(expected.label()).kind()).isEqualTo(expected.kind());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("balanceTable")
    void balanceRowHasTheProposalsFigures(ExpectedRow expected) {
        assertThat(balanceRow(expected.label()).amounts()).isEqualTo(expected.amounts());
    }

    /** The proposal's own arithmetic: each balance row is the previous balance plus the mutations since. */
    @Test
    void everySubtotalAndClosingRowIsTheSumOfTheRowsAboveIt() {
        SortedMap<Year, BigDecimal> sinceLastBalance = new TreeMap<>();
        for (BalanceRow row : theBalanceTable().rows()) {
            if (row.kind() == RowKind.SUBTOTAL || row.kind() == RowKind.CLOSING_BALANCE) {
                assertThat(row.amounts()).as(row.label()).isEqualTo(sinceLastBalance);
            }
            if (row.kind() == RowKind.MUTATION) {
                row.amounts().forEach((year, amount) -> sinceLastBalance.merge(year, amount, BigDecimal::add));
            } else {
                sinceLastBalance.clear();
                sinceLastBalance.putAll(row.amounts());
            }
        }
    }

    // --- staffing --------------------------------------------------------------------------

    @Test
    void staffingGrowsByOneFte() {
        assertThat(theStaffingChange().fte()).isEqualByComparingTo(EXTRA_FTE);
    }

    @Test
    void extraFteIsInSalaryScale11() {
        assertThat(theStaffingChange().salaryScale()).contains(SALARY_SCALE);
    }

    @Test
    void staffingChangeIsFundedByTheAmendment() {
        assertThat(theStaffingChange().amendmentId()).contains(theAmendment().id());
    }

    // --- the file --------------------------------------------------------------------------

    @Test
    void readingWhatIsWrittenGivesAnEqualPolicy() {
        assertThat(PolicyJson.read(PolicyJson.write(policy))).isEqualTo(policy);
    }

    @Test
    void resourceFileIsInTheWritersCanonicalForm() throws IOException {
        String fileText;
        try (InputStream in = ExamplePolicies.ROERMOND_IVP_2024_2027.open()) {
            fileText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(fileText).isEqualTo(PolicyJson.write(policy));
    }

    // --- helpers ---------------------------------------------------------------------------

    /** A row of the balance table as the proposal prints it. */
    record ExpectedRow(String label, RowKind kind, long y2024, long y2025, long y2026, long y2027) {

        SortedMap<Year, BigDecimal> amounts() {
            SortedMap<Year, BigDecimal> amounts = new TreeMap<>();
            amounts.put(Year.of(2024), BigDecimal.valueOf(y2024));
            amounts.put(Year.of(2025), BigDecimal.valueOf(y2025));
            amounts.put(Year.of(2026), BigDecimal.valueOf(y2026));
            amounts.put(Year.of(2027), BigDecimal.valueOf(y2027));
            return amounts;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    static Stream<ExpectedRow> balanceTable() {
        return BALANCE_TABLE.stream();
    }

    private static List<Theme> themes(ThemeKind kind) {
        return policy.themes().stream().filter(theme -> theme.kind() == kind).collect(Collectors.toList());
    }

    private static List<String> themeNames(ThemeKind kind) {
        return themes(kind).stream().map(Theme::name).collect(Collectors.toList());
    }

    private static String partnerName(String partnerId) {
        return policy.partners().stream()
                .filter(partner -> partner.id().equals(partnerId))
                .map(Partner::name)
                .findFirst()
                .orElse("<no partner " + partnerId + ">");
    }

    private static List<Milestone> milestones(MilestoneKind kind) {
        return policy.milestones().stream()
                .filter(milestone -> milestone.kind() == kind)
                .collect(Collectors.toList());
    }

    private static BudgetAmendment theAmendment() {
        assertThat(policy.budget()).isPresent();
        assertThat(policy.budget().orElseThrow().amendments()).hasSize(1);
        return policy.budget().orElseThrow().amendments().get(0);
    }

    private static AmendmentLine amendmentLine(LineKind kind) {
        List<AmendmentLine> lines = theAmendment().lines().stream()
                .filter(line -> line.kind() == kind)
                .collect(Collectors.toList());
        assertThat(lines).as("%s lines", kind).hasSize(1);
        return lines.get(0);
    }

    private static BalanceTable theBalanceTable() {
        assertThat(policy.budget()).isPresent();
        assertThat(policy.budget().orElseThrow().balanceTables()).hasSize(1);
        return policy.budget().orElseThrow().balanceTables().get(0);
    }

    private static BalanceRow balanceRow(String label) {
        List<BalanceRow> rows = theBalanceTable().rows().stream()
                .filter(row -> row.label().equals(label))
                .collect(Collectors.toList());
        assertThat(rows).as("rows labelled %s", label).hasSize(1);
        return rows.get(0);
    }

    private static StaffingChange theStaffingChange() {
        assertThat(policy.budget()).isPresent();
        assertThat(policy.budget().orElseThrow().staffingChanges()).hasSize(1);
        return policy.budget().orElseThrow().staffingChanges().get(0);
    }

    private static List<Year> yearsOf(YearRange range) {
        return IntStream.rangeClosed(range.first().getValue(), range.last().getValue())
                .mapToObj(Year::of)
                .collect(Collectors.toList());
    }

    private static SortedMap<Year, BigDecimal> everyYear(YearRange range, BigDecimal amount) {
        SortedMap<Year, BigDecimal> amounts = new TreeMap<>();
        for (Year year : yearsOf(range)) {
            amounts.put(year, amount);
        }
        return amounts;
    }
}
