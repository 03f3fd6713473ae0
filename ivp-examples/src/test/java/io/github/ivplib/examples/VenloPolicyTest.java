package io.github.ivplib.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import io.github.ivplib.model.BoundedDate;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.adoption.Adoption;
import io.github.ivplib.model.ave.AveModel;
import io.github.ivplib.model.ave.AvePhase;
import io.github.ivplib.model.ave.DirectionAssignment;
import io.github.ivplib.model.ave.SelfDirection;
import io.github.ivplib.model.cycle.Milestone;
import io.github.ivplib.model.cycle.MilestoneKind;
import io.github.ivplib.model.cycle.QuarterRange;
import io.github.ivplib.model.goal.Goal;
import io.github.ivplib.model.goal.Indicator;
import io.github.ivplib.model.goal.Measurement;
import io.github.ivplib.model.goal.ReferencePoint;
import io.github.ivplib.model.governance.Actor;
import io.github.ivplib.model.json.PolicyJson;
import io.github.ivplib.model.keyfigure.KeyFigure;
import io.github.ivplib.model.municipality.District;
import io.github.ivplib.model.theme.CrossCuttingThread;
import io.github.ivplib.model.theme.Theme;
import io.github.ivplib.model.theme.ThemeKind;

/**
 * The bundled Venlo policy says what "Aanpakken! Integraal Veiligheidsbeleid 2023 t/m 2026"
 * (January 2023) says. Every expected value below is taken from that document, not from the file.
 */
class VenloPolicyTest {

    private static final SafetyPolicy POLICY = ExamplePolicies.VENLO_IVB_2023_2026.load();

    private static final String REPORT_MARK = "rapportcijfer-veiligheid-woonbuurt";

    /**
     * Bijlage "Rapportcijfer veiligheid woonbuurt, wijken gemeente Venlo, 2021", row by row, with
     * the marks written as the annex writes them (one decimal).
     */
    private static final Map<String, BigDecimal> ANNEX_MARKS_2021 = annex(
            "Blerick-Noord en Trade-Port", "6.2",
            "Klingerberg", "6.4",
            "Venlo-Zuid", "6.8",
            "Venlo-Oost-Zuid", "6.8",
            "Venlo-Centrum", "6.9",
            "Venlo-Noord", "6.9",
            "Tegelen op de Heide", "6.9",
            "Blerick-Midden", "7.0",
            "Vossener", "7.0",
            "Blerick-Zuid", "7.2",
            "Tegelen-Centrum", "7.5",
            "Steyl", "7.6",
            "Belfeld", "7.7",
            "Velden", "7.7",
            "Arcen en Lomm", "7.7",
            "Venlo-Oost-Noord", "7.8",
            "Venlo-Noord-Oost (Veegtes/'t Ven)", "7.8",
            "Hout-Blerick en Boekend", "7.8");

    @Test
    void isTheIntegralSafetyPolicyOfVenloGM0983() {
        assertThat(POLICY.municipality().name()).isEqualTo("Venlo");
        assertThat(POLICY.municipality().cbsCode()).isEqualTo("GM0983");
    }

    @Test
    void periodRunsFrom2023Through2026() {
        assertThat(POLICY.period().first()).isEqualTo(Year.of(2023));
        assertThat(POLICY.period().last()).isEqualTo(Year.of(2026));
    }

    @Test
    void periodSpansFourYears() {
        assertThat(POLICY.period().lengthInYears()).isEqualTo(4);
    }

    @Test
    void isAdoptedByTheCouncil() {
        assertThat(POLICY.adoption().adoptedBy()).contains(Actor.COUNCIL);
    }

    @Test
    void givesNoDecisionDateBecauseTheDocumentGivesNone() {
        Adoption adoption = POLICY.adoption();

        assertThat(adoption.decisionDate()).isEmpty();
        assertThat(adoption.entryIntoForce()).isEmpty();
    }

    /** The title page: "INTEGRAAL VEILIGHEIDSBELEID 2023 T/M 2026 / JANUARI 2023", a month without a day. */
    @Test
    void theDocumentIsDatedJanuary2023() {
        assertThat(POLICY.adoption().documentDate())
                .contains(BoundedDate.between(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 31)));
    }

    @Test
    void prioritisesTheThreeStrategicThemesOfSection1_2() {
        assertThat(themesOfKind(ThemeKind.STRATEGIC)).extracting(Theme::name).containsExactly(
                "Maatschappelijke onrust en overlast",
                "Ondermijnende criminaliteit",
                "Digitale criminaliteit en cybercrime");
    }

    @Test
    void keepsTheGoingConcernSubjectsOfSection5_4AsBaselineThemes() {
        assertThat(themesOfKind(ThemeKind.BASELINE)).extracting(Theme::name).containsExactly(
                "Veilige evenementen",
                "Hoogwater",
                "Drugsafvaldumpingen",
                "Camera-inzet",
                "Integriteit",
                "BIJ-meldingen",
                "Verkeersveiligheid",
                "Brandveiligheid",
                "Aanpak ter Voorkoming van Escalatie (AVE)",
                "Huiselijk geweld en kindermishandeling",
                "Jeugd, alcohol en drugs",
                "High Impact Crimes",
                "Veilige publieke taak",
                "Drugsbeleid",
                "BIBOB",
                "Informatieveiligheid en informatiedeling");
    }

    @Test
    void weavesTheFiveRodeDradenOfSection1_3ThroughTheThemes() {
        assertThat(POLICY.threads()).extracting(CrossCuttingThread::name).containsExactly(
                "Maatschappelijke verbondenheid",
                "Wijkgericht",
                "Preventie door bewustwording en voorlichting",
                "Informatiegestuurd",
                "Het verhaal vertellen!");
    }

    @Test
    void hasTheEighteenDistrictsOfTheAnnex() {
        assertThat(POLICY.municipality().districts()).extracting(District::name)
                .containsExactlyElementsOf(ANNEX_MARKS_2021.keySet());
    }

    @Test
    void eachDistrictHasTheMarkTheAnnexGivesFor2021() {
        assertThat(districtMarksOf2021ByName()).containsExactlyEntriesOf(ANNEX_MARKS_2021);
    }

    @Test
    void statesTheTwoStrategicObjectivesOfSection1_4MeasuredByTheReportMark() {
        assertThat(POLICY.goals()).hasSize(2)
                .allSatisfy(goal -> assertThat(goal.indicatorIds()).containsExactly(REPORT_MARK))
                .extracting(Goal::text).containsExactly(
                        "het gemiddelde rapportcijfer dat de inwoners van Venlo aan hun eigen woonomgeving geven stijgt van 7,2 (in 2021) naar 7,4 (in 2026)",
                        "iedere wijk in Venlo krijgt in 2026 tenminste een rapportcijfer 6,7");
    }

    @Test
    void reportMarkStartsFrom7_2In2021() {
        assertThat(reportMark().baseline()).hasValueSatisfying(isMark("7.2", 2021));
    }

    @Test
    void reportMarkAimsAt7_4In2026() {
        assertThat(reportMark().target()).hasValueSatisfying(isMark("7.4", 2026));
    }

    @Test
    void everyDistrictMustReachAtLeast6_7In2026() {
        assertThat(reportMark().districtMinimum()).hasValueSatisfying(isMark("6.7", 2026));
    }

    @Test
    void blerickNoordAndKlingerbergAreTheDistrictsBelowTheMinimumIn2021() {
        BigDecimal minimum = new BigDecimal("6.7");
        Map<String, BigDecimal> below = districtMarksOf2021ByName().entrySet().stream()
                .filter(mark -> mark.getValue().compareTo(minimum) < 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(below).containsOnly(
                Map.entry("Blerick-Noord en Trade-Port", new BigDecimal("6.2")),
                Map.entry("Klingerberg", new BigDecimal("6.4")));
    }

    @Test
    void theMunicipalityMarked6_9In2017PerTheForeword() {
        assertThat(municipalMeasurements()).filteredOn(m -> m.year().equals(Year.of(2017)))
                .extracting(Measurement::value).containsExactly(new BigDecimal("6.9"));
    }

    @Test
    void theMunicipalMark7_2IsOf2021AsSection1_4SaysNotOf2022AsTheForewordSays() {
        assertThat(municipalMeasurements()).filteredOn(m -> m.year().getValue() >= 2021)
                .extracting(m -> m.year().getValue(), Measurement::value)
                .containsExactly(tuple(2021, new BigDecimal("7.2")));
    }

    @Test
    void theCycleHasTheTenCellsOfThePlanningAndControlTable() {
        assertThat(POLICY.milestones()).extracting(VenloPolicyTest::cell).containsExactly(
                tuple(2023, 1, 1, MilestoneKind.ADOPT_POLICY, Actor.COUNCIL),
                tuple(2023, 1, 1, MilestoneKind.ADOPT_IMPLEMENTATION_PLAN, Actor.EXECUTIVE_BOARD),
                tuple(2023, 3, 3, MilestoneKind.SAFETY_MONITOR_SURVEY, null),
                tuple(2024, 2, 2, MilestoneKind.SAFETY_MONITOR_DELIVERY, null),
                tuple(2024, 4, 4, MilestoneKind.INTERIM_EVALUATION, null),
                tuple(2024, 4, 4, MilestoneKind.ADOPT_IMPLEMENTATION_PLAN, Actor.EXECUTIVE_BOARD),
                tuple(2025, 3, 3, MilestoneKind.SAFETY_MONITOR_SURVEY, null),
                tuple(2026, 2, 2, MilestoneKind.SAFETY_MONITOR_DELIVERY, null),
                tuple(2026, 3, 4, MilestoneKind.POLICY_EVALUATION, null),
                tuple(2026, 4, 4, MilestoneKind.ADOPT_SUCCESSOR, Actor.COUNCIL));
    }

    @Test
    void theCollegeAdoptsImplementationPlansFor2023To2024And2025To2026() {
        assertThat(milestonesOfKind(MilestoneKind.ADOPT_IMPLEMENTATION_PLAN))
                .extracting(m -> m.covers().orElseThrow().first().getValue(),
                        m -> m.covers().orElseThrow().last().getValue())
                .containsExactly(tuple(2023, 2024), tuple(2025, 2026));
    }

    @Test
    void theCouncilAdoptsTheSuccessorFor2027To2030InTheFourthQuarterOf2026() {
        assertThat(milestonesOfKind(MilestoneKind.ADOPT_SUCCESSOR)).singleElement().satisfies(m -> {
            assertThat(m.year()).isEqualTo(Year.of(2026));
            assertThat(m.quarters()).contains(QuarterRange.of(4));
            assertThat(m.actor()).contains(Actor.COUNCIL);
            assertThat(m.text()).isEqualTo(
                    "4e kwartaal Vaststelling raad Integraal Veiligheidsbeleid 2027 t/m 2030");
        });
    }

    @Test
    void thePolicyIsEvaluatedInTheThirdToFourthQuarterOf2026() {
        assertThat(milestonesOfKind(MilestoneKind.POLICY_EVALUATION)).singleElement().satisfies(m -> {
            assertThat(m.year()).isEqualTo(Year.of(2026));
            assertThat(m.quarters()).contains(QuarterRange.of(3, 4));
        });
    }

    @Test
    void theAveModelHasFourPhases() {
        assertThat(ave().phases()).extracting(AvePhase::number).containsExactly(1, 2, 3, 4);
    }

    @Test
    void theCitizensSelfDirectionDecreasesOverTheAvePhases() {
        assertThat(ave().phases()).extracting(AvePhase::selfDirection).containsExactly(
                SelfDirection.FULL, SelfDirection.SUPPORTED, SelfDirection.TAKEN_OVER, SelfDirection.TAKEN_OVER);
    }

    @Test
    void theCitizenHoldsDirectionInAvePhase1AndDirectionIsAgreedPerCaseInPhases2To4() {
        assertThat(ave().phases().get(0).direction()).extracting(DirectionAssignment::holder).containsExactly("burger");
        assertThat(ave().phases().subList(1, 4)).allSatisfy(phase -> {
            assertThat(phase.direction()).isEmpty();
            assertThat(phase.directionAgreedPerCase()).hasValueSatisfying(agreed -> assertThat(agreed.publishedAt())
                    .contains("https://www.zorgenveiligheidshuizen.nl/veiligheidshuizen/veiligheidshuis-noord-limburg-sub/ave"));
        });
    }

    @Test
    void theAveModelIsWorkedOutForTheEightThemesOfFootnote4() {
        assertThat(ave().themes()).containsExactly(
                "jeugd", "onbegrepen gedrag", "woonoverlast", "geweld in afhankelijkheidsrelaties",
                "radicalisering", "ex-gedetineerden", "internationale werknemers", "mensenhandel");
    }

    @Test
    void counts384EventsIn2022() {
        assertThat(keyFigure("evenementen-2022")).satisfies(figure -> {
            assertThat(figure.value()).isEqualByComparingTo("384");
            assertThat(figure.year()).contains(Year.of(2022));
        });
    }

    @Test
    void counts57FixedCameras() {
        assertThat(keyFigure("vaste-cameras").value()).isEqualByComparingTo("57");
    }

    @Test
    void counts12FlexibleCameras() {
        assertThat(keyFigure("flexibele-cameras").value()).isEqualByComparingTo("12");
    }

    /**
     * §4.1: "Vorig jaar was in 47 procent van de zaken iemand van 21 jaar of jonger betrokken,
     * waar dat in 2018 nog in 33 procent van de cybercrime-zaken het geval was." The 2018 figure
     * has its year; "vorig jaar" is not dated by the passage, so the 47 % has none.
     */
    @Test
    void the47PercentOfCybercrimeCasesHasNoYearBecauseVorigJaarIsNotDated() {
        assertThat(keyFigure("cybercrime-zaken-jongeren-vorig-jaar")).satisfies(figure -> {
            assertThat(figure.value()).isEqualByComparingTo("47");
            assertThat(figure.year()).isEmpty();
            assertThat(figure.source()).hasValueSatisfying(source -> assertThat(source).contains("Vorig jaar"));
        });
        assertThat(keyFigure("cybercrime-zaken-jongeren-2018")).satisfies(figure -> {
            assertThat(figure.value()).isEqualByComparingTo("33");
            assertThat(figure.year()).contains(Year.of(2018));
        });
    }

    @Test
    void readingWhatIsWrittenGivesAnEqualPolicy() {
        assertThat(PolicyJson.read(PolicyJson.write(POLICY))).isEqualTo(POLICY);
    }

    @Test
    void theFileIsInTheWritersCanonicalForm() throws IOException {
        try (InputStream in = ExamplePolicies.VENLO_IVB_2023_2026.open()) {
            String file = new String(in.readAllBytes(), StandardCharsets.UTF_8);

            assertThat(file).isEqualTo(PolicyJson.write(POLICY));
        }
    }

    private static Map<String, BigDecimal> annex(String... namesAndMarks) {
        Map<String, BigDecimal> marks = new LinkedHashMap<>();
        for (int i = 0; i < namesAndMarks.length; i += 2) {
            marks.put(namesAndMarks[i], new BigDecimal(namesAndMarks[i + 1]));
        }
        return marks;
    }

    private static List<Theme> themesOfKind(ThemeKind kind) {
        return POLICY.themes().stream().filter(theme -> theme.kind() == kind).collect(Collectors.toList());
    }

    private static Indicator reportMark() {
        return POLICY.indicators().stream()
                .filter(indicator -> indicator.id().equals(REPORT_MARK))
                .findFirst().orElseThrow();
    }

    private static List<Measurement> municipalMeasurements() {
        return reportMark().measurements().stream()
                .filter(m -> m.districtId().isEmpty())
                .collect(Collectors.toList());
    }

    /** The district marks of 2021, keyed by the district's name, in the order of the districts. */
    private static Map<String, BigDecimal> districtMarksOf2021ByName() {
        Map<String, BigDecimal> marksById = reportMark().measurements().stream()
                .filter(m -> m.year().equals(Year.of(2021)) && m.districtId().isPresent())
                .collect(Collectors.toMap(m -> m.districtId().orElseThrow(), Measurement::value));
        Map<String, BigDecimal> marks = new LinkedHashMap<>();
        POLICY.municipality().districts().forEach(district -> {
            if (marksById.containsKey(district.id())) {
                marks.put(district.name(), marksById.get(district.id()));
            }
        });
        return marks;
    }

    private static Consumer<ReferencePoint> isMark(String value, int year) {
        return point -> {
            assertThat(point.value()).isEqualByComparingTo(value);
            assertThat(point.year()).contains(Year.of(year));
        };
    }

    private static Tuple cell(Milestone milestone) {
        QuarterRange quarters = milestone.quarters().orElseThrow();
        return tuple(milestone.year().getValue(), quarters.first(), quarters.last(),
                milestone.kind(), milestone.actor().orElse(null));
    }

    private static List<Milestone> milestonesOfKind(MilestoneKind kind) {
        return POLICY.milestones().stream().filter(m -> m.kind() == kind).collect(Collectors.toList());
    }

    private static AveModel ave() {
        return POLICY.ave().orElseThrow();
    }

    private static KeyFigure keyFigure(String id) {
        return POLICY.keyFigures().stream().filter(figure -> figure.id().equals(id))
                .findFirst().orElseThrow();
    }
}
