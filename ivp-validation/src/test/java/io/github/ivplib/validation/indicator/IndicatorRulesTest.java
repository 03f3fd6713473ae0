package io.github.ivplib.validation.indicator;

import static io.github.ivplib.validation.RuleTesting.findings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import io.github.ivplib.model.ImmutableSafetyPolicy;
import io.github.ivplib.model.Qualifier;
import io.github.ivplib.model.goal.Direction;
import io.github.ivplib.model.goal.ImmutableIndicator;
import io.github.ivplib.model.goal.ImmutableReferencePoint;
import io.github.ivplib.model.goal.Indicator;
import io.github.ivplib.model.goal.IndicatorUnit;
import io.github.ivplib.model.goal.Measurement;
import io.github.ivplib.model.goal.ReferencePoint;
import io.github.ivplib.validation.Finding;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.ValidPolicy;
import io.github.ivplib.validation.Validator;

class IndicatorRulesTest {

    private static final String REPORT_MARK_RANGE = "indicator/report-mark-range";
    private static final String PERCENTAGE_RANGE = "indicator/percentage-range";
    private static final String TARGET_AFTER_BASELINE = "indicator/target-after-baseline";
    private static final String TARGET_WITHIN_PERIOD = "indicator/target-within-period";
    private static final String TARGET_DIRECTION = "indicator/target-direction";
    private static final String DISTRICT_BELOW_MINIMUM = "indicator/district-below-minimum";
    private static final String MEASUREMENT_CONFLICT = "indicator/measurement-conflict";

    private static final ImmutableSafetyPolicy VALID = ValidPolicy.policy();
    private static final Locale DUTCH = new Locale("nl");

    /** The valid policy's first indicator: report marks, baseline 7.0 (2023), target 7.3 (2027), district minimum 6.5 (2027). */
    private static final int REPORT_MARK = 0;
    /** The valid policy's second indicator: nuisance reports per 1,000 inhabitants, to decrease from 12.0 to 10.0. */
    private static final int NUISANCE = 1;

    private static final String LOWEST_MARK = "1.0";
    private static final String HIGHEST_MARK = "10.0";
    private static final String JUST_ABOVE_HIGHEST_MARK = "10.1";
    private static final String JUST_BELOW_LOWEST_MARK = "0.9";
    private static final String ZERO_PERCENT = "0";
    private static final String HUNDRED_PERCENT = "100";
    private static final String JUST_ABOVE_HUNDRED_PERCENT = "100.5";
    private static final Year BASELINE_YEAR = Year.of(2023);
    private static final Year FIRST_YEAR = ValidPolicy.PERIOD.first();
    private static final Year YEAR_AFTER_PERIOD = ValidPolicy.PERIOD.last().plusYears(1);
    private static final String DISTRICT = "centrum";
    /** The name ValidPolicy gives district {@link #DISTRICT}. */
    private static final String DISTRICT_NAME = "Centrum";
    /** A district id the policy does not resolve, so its findings show the id. */
    private static final String OTHER_DISTRICT = "noord";
    private static final String DISTRICT_MINIMUM = "6.5";

    // indicator/report-mark-range

    @Test
    void reportMarksWithinOneToTenPass() {
        assertThat(findings(REPORT_MARK_RANGE, VALID)).isEmpty();
    }

    @Test
    void reportMarksOnTheBoundsOfTheRangePass() {
        ImmutableSafetyPolicy policy = withIndicator(REPORT_MARK, i -> i
                .withBaseline(point(LOWEST_MARK, 2023))
                .withTarget(point(HIGHEST_MARK, 2027)));

        assertThat(findings(REPORT_MARK_RANGE, policy)).isEmpty();
    }

    @Test
    void aMeasuredReportMarkAboveTenIsAnErrorAtItsValue() {
        ImmutableSafetyPolicy policy = withMeasurements(REPORT_MARK, measurement(2025, JUST_ABOVE_HIGHEST_MARK, null));

        assertThat(findings(REPORT_MARK_RANGE, policy)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.pointer()).isEqualTo("/indicators/0/measurements/2/value");
            assertThat(f.values()).containsExactly(entry("value", JUST_ABOVE_HIGHEST_MARK),
                    entry("min", LOWEST_MARK), entry("max", HIGHEST_MARK));
        });
    }

    @Test
    void aBaselineReportMarkBelowOneIsAnErrorAtItsValue() {
        ImmutableSafetyPolicy policy = withIndicator(REPORT_MARK, i -> i.withBaseline(point(JUST_BELOW_LOWEST_MARK, 2023)));

        assertThat(findings(REPORT_MARK_RANGE, policy)).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/indicators/0/baseline/value");
            assertThat(f.values()).containsEntry("value", JUST_BELOW_LOWEST_MARK);
        });
    }

    @Test
    void aTargetReportMarkAboveTenIsAnErrorAtItsValue() {
        ImmutableSafetyPolicy policy = withIndicator(REPORT_MARK, i -> i.withTarget(point(JUST_ABOVE_HIGHEST_MARK, 2027)));

        assertThat(findings(REPORT_MARK_RANGE, policy)).singleElement()
                .satisfies(f -> assertThat(f.pointer()).isEqualTo("/indicators/0/target/value"));
    }

    @Test
    void aDistrictMinimumReportMarkBelowOneIsAnErrorAtItsValue() {
        ImmutableSafetyPolicy policy = withIndicator(REPORT_MARK,
                i -> i.withDistrictMinimum(point(JUST_BELOW_LOWEST_MARK, 2027)));

        assertThat(findings(REPORT_MARK_RANGE, policy)).singleElement()
                .satisfies(f -> assertThat(f.pointer()).isEqualTo("/indicators/0/districtMinimum/value"));
    }

    @Test
    void valuesAboveTenOfAnIndicatorInAnotherUnitAreNoReportMarks() {
        ImmutableSafetyPolicy policy = withIndicator(NUISANCE, i -> i.withUnit(IndicatorUnit.PERCENTAGE)
                .withMeasurements(measurement(2024, "55.5", null)));

        assertThat(findings(REPORT_MARK_RANGE, policy)).isEmpty();
    }

    // indicator/percentage-range

    @Test
    void percentagesOnTheBoundsOfZeroToOneHundredPass() {
        ImmutableSafetyPolicy policy = withIndicator(NUISANCE, i -> i.withUnit(IndicatorUnit.PERCENTAGE)
                .withBaseline(point(HUNDRED_PERCENT, 2023))
                .withTarget(point(ZERO_PERCENT, 2027)));

        assertThat(findings(PERCENTAGE_RANGE, policy)).isEmpty();
    }

    @Test
    void aMeasuredPercentageAboveOneHundredIsAnErrorAtItsValue() {
        ImmutableSafetyPolicy policy = withIndicator(NUISANCE, i -> i.withUnit(IndicatorUnit.PERCENTAGE)
                .withMeasurements(measurement(2024, JUST_ABOVE_HUNDRED_PERCENT, null)));

        assertThat(findings(PERCENTAGE_RANGE, policy)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.pointer()).isEqualTo("/indicators/1/measurements/0/value");
            assertThat(f.values()).containsExactly(entry("value", JUST_ABOVE_HUNDRED_PERCENT),
                    entry("min", ZERO_PERCENT), entry("max", HUNDRED_PERCENT));
        });
    }

    @Test
    void aNegativePercentageTargetIsAnErrorAtItsValue() {
        ImmutableSafetyPolicy policy = withIndicator(NUISANCE, i -> i.withUnit(IndicatorUnit.PERCENTAGE)
                .withTarget(point("-5", 2027)));

        assertThat(findings(PERCENTAGE_RANGE, policy)).singleElement()
                .satisfies(f -> assertThat(f.pointer()).isEqualTo("/indicators/1/target/value"));
    }

    @Test
    void valuesAboveOneHundredOfAnIndicatorInAnotherUnitAreNoPercentages() {
        ImmutableSafetyPolicy policy = withIndicator(NUISANCE, i -> i.withMeasurements(measurement(2024, "150", null)));

        assertThat(findings(PERCENTAGE_RANGE, policy)).isEmpty();
    }

    // indicator/target-after-baseline

    @Test
    void targetsAfterTheBaselineYearPass() {
        assertThat(findings(TARGET_AFTER_BASELINE, VALID)).isEmpty();
    }

    @Test
    void aTargetInTheBaselineYearIsAnErrorAtItsYear() {
        ImmutableSafetyPolicy policy = withIndicator(REPORT_MARK, i -> i.withTarget(point("7.3", BASELINE_YEAR.getValue())));

        assertThat(findings(TARGET_AFTER_BASELINE, policy)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.pointer()).isEqualTo("/indicators/0/target/year");
            assertThat(f.values()).containsExactly(entry("baselineYear", "2023"), entry("targetYear", "2023"));
        });
    }

    @Test
    void aDistrictMinimumBeforeTheBaselineYearIsAnErrorAtItsYear() {
        ImmutableSafetyPolicy policy = withIndicator(REPORT_MARK, i -> i.withDistrictMinimum(point(DISTRICT_MINIMUM, 2022)));

        assertThat(findings(TARGET_AFTER_BASELINE, policy)).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/indicators/0/districtMinimum/year");
            assertThat(f.values()).containsExactly(entry("baselineYear", "2023"), entry("targetYear", "2022"));
        });
    }

    @Test
    void aTargetWithoutAYearIsNotJudged() {
        ImmutableSafetyPolicy policy = withIndicator(REPORT_MARK, i -> i.withTarget(undated("7.3")));

        assertThat(findings(TARGET_AFTER_BASELINE, policy)).isEmpty();
    }

    @Test
    void aBaselineWithoutAYearIsNotJudged() {
        ImmutableSafetyPolicy policy = withIndicator(REPORT_MARK, i -> i.withBaseline(undated("7.0"))
                .withTarget(point("7.3", 2020)));

        assertThat(findings(TARGET_AFTER_BASELINE, policy)).isEmpty();
    }

    // indicator/target-within-period

    @Test
    void targetsInTheLastYearOfThePeriodPass() {
        assertThat(findings(TARGET_WITHIN_PERIOD, VALID)).isEmpty();
    }

    @Test
    void aTargetInTheFirstYearOfThePeriodPasses() {
        ImmutableSafetyPolicy policy = withIndicator(REPORT_MARK, i -> i.withTarget(point("7.3", FIRST_YEAR.getValue())));

        assertThat(findings(TARGET_WITHIN_PERIOD, policy)).isEmpty();
    }

    @Test
    void aTargetAfterThePeriodIsAWarningAtItsYear() {
        ImmutableSafetyPolicy policy = withIndicator(NUISANCE, i -> i.withTarget(point("10.0", YEAR_AFTER_PERIOD.getValue())));

        assertThat(findings(TARGET_WITHIN_PERIOD, policy)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.pointer()).isEqualTo("/indicators/1/target/year");
            assertThat(f.values()).containsExactly(entry("targetYear", "2028"), entry("first", "2024"), entry("last", "2027"));
        });
    }

    @Test
    void aDistrictMinimumBeforeThePeriodIsAWarningAtItsYear() {
        ImmutableSafetyPolicy policy = withIndicator(REPORT_MARK, i -> i.withDistrictMinimum(point(DISTRICT_MINIMUM, 2023)));

        assertThat(findings(TARGET_WITHIN_PERIOD, policy)).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/indicators/0/districtMinimum/year");
            assertThat(f.values()).containsEntry("targetYear", "2023");
        });
    }

    // indicator/target-direction

    @Test
    void targetsThatMoveInTheStatedDirectionPass() {
        assertThat(findings(TARGET_DIRECTION, VALID)).isEmpty();
    }

    @Test
    void anIncreaseTargetEqualToItsBaselineIsAWarningAtTheTarget() {
        ImmutableSafetyPolicy policy = withIndicator(REPORT_MARK, i -> i.withTarget(point("7.00", 2027)));

        assertThat(findings(TARGET_DIRECTION, policy)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.pointer()).isEqualTo("/indicators/0/target/value");
            assertThat(f.values()).containsExactly(entry("direction", "INCREASE"), entry("baseline", "7.0"),
                    entry("target", "7.00"));
        });
    }

    @Test
    void aDecreaseTargetAboveItsBaselineIsAWarningAtTheTarget() {
        ImmutableSafetyPolicy policy = withIndicator(NUISANCE, i -> i.withTarget(point("12.5", 2027)));

        assertThat(findings(TARGET_DIRECTION, policy)).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/indicators/1/target/value");
            assertThat(f.values()).containsExactly(entry("direction", "DECREASE"), entry("baseline", "12.0"),
                    entry("target", "12.5"));
        });
    }

    @Test
    void aMaintainTargetEqualToItsBaselinePasses() {
        ImmutableSafetyPolicy policy = withIndicator(REPORT_MARK, i -> i.withDirection(Direction.MAINTAIN)
                .withTarget(point("7.0", 2027)));

        assertThat(findings(TARGET_DIRECTION, policy)).isEmpty();
    }

    @Test
    void aMaintainTargetBelowItsBaselineIsAWarningAtTheTarget() {
        ImmutableSafetyPolicy policy = withIndicator(REPORT_MARK, i -> i.withDirection(Direction.MAINTAIN)
                .withTarget(point("6.9", 2027)));

        assertThat(findings(TARGET_DIRECTION, policy)).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/indicators/0/target/value");
            assertThat(f.values()).containsExactly(entry("direction", "MAINTAIN"), entry("baseline", "7.0"),
                    entry("target", "6.9"));
        });
    }

    @Test
    void anIndicatorWithoutADirectionIsNotJudged() {
        ImmutableSafetyPolicy policy = withIndicator(REPORT_MARK, i -> i.withDirection(Optional.empty())
                .withTarget(point("6.0", 2027)));

        assertThat(findings(TARGET_DIRECTION, policy)).isEmpty();
    }

    @Test
    void anIncreaseTargetOfAtLeastItsBaselineIsAWarningThatShowsTheQualifier() {
        ImmutableSafetyPolicy policy = withIndicator(REPORT_MARK, i -> i.withTarget(qualified("7.0", Qualifier.AT_LEAST, 2027)));

        assertThat(findings(TARGET_DIRECTION, policy)).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/indicators/0/target/value");
            assertThat(f.values()).containsExactly(entry("direction", "INCREASE"), entry("baseline", "7.0"),
                    entry("targetQualifier", "AT_LEAST"), entry("target", "7.0"));
        });
    }

    @Test
    void aQualifiedTargetIsNamedWithItsQualifierInBothLanguages() {
        ImmutableSafetyPolicy policy = withIndicator(NUISANCE, i -> i.withTarget(qualified("12.0", Qualifier.AT_MOST, 2027)));

        assertThat(findings(TARGET_DIRECTION, policy)).singleElement().satisfies(f -> {
            assertThat(f.message(DUTCH)).isEqualTo("De indicator moet dalen, maar de streefwaarde ten hoogste 12,0"
                    + " wordt ook gehaald zonder daling ten opzichte van de nulmeting 12,0.");
            assertThat(f.message(Locale.ENGLISH)).isEqualTo("The indicator should decrease, but the target at most 12.0"
                    + " is also met without a decrease from the baseline 12.0.");
        });
    }

    @Test
    void anIncreaseTargetOfMoreThanItsBaselinePasses() {
        ImmutableSafetyPolicy policy = withIndicator(REPORT_MARK, i -> i.withTarget(qualified("7.0", Qualifier.MORE_THAN, 2027)));

        assertThat(findings(TARGET_DIRECTION, policy)).isEmpty();
    }

    @Test
    void anIncreaseTargetOfAtMostAHigherFigureIsAWarning() {
        ImmutableSafetyPolicy policy = withIndicator(REPORT_MARK, i -> i.withTarget(qualified("7.5", Qualifier.AT_MOST, 2027)));

        assertThat(findings(TARGET_DIRECTION, policy)).singleElement()
                .satisfies(f -> assertThat(f.values()).containsEntry("targetQualifier", "AT_MOST"));
    }

    @Test
    void aDecreaseTargetOfLessThanItsBaselinePasses() {
        ImmutableSafetyPolicy policy = withIndicator(NUISANCE, i -> i.withTarget(qualified("12.0", Qualifier.LESS_THAN, 2027)));

        assertThat(findings(TARGET_DIRECTION, policy)).isEmpty();
    }

    @Test
    void aDecreaseTargetOfAtLeastALowerFigureIsAWarning() {
        ImmutableSafetyPolicy policy = withIndicator(NUISANCE, i -> i.withTarget(qualified("10.0", Qualifier.AT_LEAST, 2027)));

        assertThat(findings(TARGET_DIRECTION, policy)).singleElement().satisfies(f -> assertThat(f.values())
                .containsExactly(entry("direction", "DECREASE"), entry("baseline", "12.0"),
                        entry("targetQualifier", "AT_LEAST"), entry("target", "10.0")));
    }

    @Test
    void aMaintainTargetOfAtMostItsBaselineIsAWarning() {
        ImmutableSafetyPolicy policy = withIndicator(REPORT_MARK, i -> i.withDirection(Direction.MAINTAIN)
                .withTarget(qualified("7.0", Qualifier.AT_MOST, 2027)));

        assertThat(findings(TARGET_DIRECTION, policy)).singleElement()
                .satisfies(f -> assertThat(f.message(Locale.ENGLISH)).contains("at most 7.0 is also met by a value below"));
    }

    @Test
    void aMaintainTargetOfMoreThanAFigureBelowItsBaselineIsAWarning() {
        ImmutableSafetyPolicy policy = withIndicator(REPORT_MARK, i -> i.withDirection(Direction.MAINTAIN)
                .withTarget(qualified("6.9", Qualifier.MORE_THAN, 2027)));

        assertThat(findings(TARGET_DIRECTION, policy)).singleElement()
                .satisfies(f -> assertThat(f.values()).containsEntry("targetQualifier", "MORE_THAN"));
    }

    @Test
    void anApproximateTargetCountsAsItsFigure() {
        ImmutableSafetyPolicy policy = withIndicator(REPORT_MARK, i -> i.withTarget(qualified("7.3", Qualifier.APPROXIMATELY, 2027)));

        assertThat(findings(TARGET_DIRECTION, policy)).isEmpty();
    }

    @Test
    void aBaselineIsTakenAtItsFigureWhateverItsQualifier() {
        ImmutableSafetyPolicy policy = withIndicator(REPORT_MARK, i -> i.withBaseline(qualified("7.0", Qualifier.MORE_THAN, 2023)));

        assertThat(findings(TARGET_DIRECTION, policy)).isEmpty();
    }

    @Test
    void aTargetOfAtLeastItsBaselineWithoutADirectionIsNotJudged() {
        ImmutableSafetyPolicy policy = withIndicator(REPORT_MARK, i -> i.withDirection(Optional.empty())
                .withTarget(qualified("6.0", Qualifier.AT_LEAST, 2027)));

        assertThat(findings(TARGET_DIRECTION, policy)).isEmpty();
    }

    // indicator/district-below-minimum

    @Test
    void aDistrictAboveTheMinimumPasses() {
        assertThat(findings(DISTRICT_BELOW_MINIMUM, VALID)).isEmpty();
    }

    @Test
    void aDistrictBelowTheMinimumIsReportedWithItsGap() {
        ImmutableSafetyPolicy policy = withMeasurements(REPORT_MARK, measurement(2025, "6.2", DISTRICT));

        assertThat(findings(DISTRICT_BELOW_MINIMUM, policy)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.pointer()).isEqualTo("/indicators/0/measurements/2/value");
            assertThat(f.values()).containsExactly(entry("districtId", DISTRICT), entry("districtName", DISTRICT_NAME),
                    entry("year", "2025"), entry("value", "6.2"), entry("minimum", DISTRICT_MINIMUM),
                    entry("minimumYear", "2027"), entry("gap", "0.3"));
            assertThat(f.message(Locale.ENGLISH)).startsWith("District " + DISTRICT_NAME + " scored 6.2");
        });
    }

    @Test
    void aDistrictExactlyAtTheMinimumPasses() {
        ImmutableSafetyPolicy policy = withMeasurements(REPORT_MARK, measurement(2025, "6.50", DISTRICT));

        assertThat(findings(DISTRICT_BELOW_MINIMUM, policy)).isEmpty();
    }

    @Test
    void onlyTheLatestMeasurementOfADistrictCounts() {
        ImmutableSafetyPolicy policy = withMeasurements(REPORT_MARK, measurement(2021, "5.9", DISTRICT));

        assertThat(findings(DISTRICT_BELOW_MINIMUM, policy)).isEmpty();
    }

    @Test
    void ofTwoLatestMeasurementsInOneYearTheFirstInTheListCounts() {
        ImmutableSafetyPolicy policy = withMeasurements(REPORT_MARK, measurement(2023, "5.9", DISTRICT));

        assertThat(findings(DISTRICT_BELOW_MINIMUM, policy)).isEmpty();
    }

    @Test
    void aMunicipalMeasurementBelowTheMinimumIsNoDistrict() {
        ImmutableSafetyPolicy policy = withMeasurements(REPORT_MARK, measurement(2025, "6.0", null));

        assertThat(findings(DISTRICT_BELOW_MINIMUM, policy)).isEmpty();
    }

    @Test
    void eachDistrictBelowTheMinimumIsReportedOnce() {
        ImmutableSafetyPolicy policy = withMeasurements(REPORT_MARK, measurement(2024, "6.1", DISTRICT),
                measurement(2025, "6.2", DISTRICT), measurement(2025, "5.0", OTHER_DISTRICT));

        assertThat(findings(DISTRICT_BELOW_MINIMUM, policy))
                .extracting(Finding::pointer, f -> f.values().get("districtName"), f -> f.values().get("gap"))
                .containsExactly(tuple("/indicators/0/measurements/3/value", DISTRICT_NAME, "0.3"),
                        tuple("/indicators/0/measurements/4/value", OTHER_DISTRICT, "1.5"));
    }

    @Test
    void aMinimumWithoutAYearIsReportedWithoutIt() {
        ImmutableSafetyPolicy policy = withMeasurements(REPORT_MARK, measurement(2025, "6.2", DISTRICT));
        policy = withIndicator(policy, REPORT_MARK, i -> i.withDistrictMinimum(undated(DISTRICT_MINIMUM)));

        assertThat(findings(DISTRICT_BELOW_MINIMUM, policy)).singleElement().satisfies(f -> {
            assertThat(f.values()).containsExactly(entry("districtId", DISTRICT), entry("districtName", DISTRICT_NAME),
                    entry("year", "2025"), entry("value", "6.2"), entry("minimum", DISTRICT_MINIMUM), entry("gap", "0.3"));
            assertThat(f.message(Locale.ENGLISH)).doesNotContain("{");
        });
    }

    @Test
    void aDistrictMeasuredAtLeastAFigureBelowTheMinimumMayHaveReachedItAndIsNotReported() {
        ImmutableSafetyPolicy policy = withMeasurements(REPORT_MARK, measurement(2025, "6.0", Qualifier.AT_LEAST, DISTRICT));

        assertThat(findings(DISTRICT_BELOW_MINIMUM, policy)).isEmpty();
    }

    @Test
    void aDistrictMeasuredAtMostAFigureBelowTheMinimumIsReportedWithTheQualifier() {
        ImmutableSafetyPolicy policy = withMeasurements(REPORT_MARK, measurement(2025, "6.2", Qualifier.AT_MOST, DISTRICT));

        assertThat(findings(DISTRICT_BELOW_MINIMUM, policy)).singleElement().satisfies(f -> {
            assertThat(f.values()).containsExactly(entry("districtId", DISTRICT), entry("districtName", DISTRICT_NAME),
                    entry("year", "2025"), entry("valueQualifier", "AT_MOST"), entry("value", "6.2"),
                    entry("minimum", DISTRICT_MINIMUM), entry("minimumYear", "2027"), entry("gap", "0.3"));
            assertThat(f.message(Locale.ENGLISH)).isEqualTo("District " + DISTRICT_NAME + " scored at most 6.2 in its"
                    + " latest measurement (2025), below the district minimum of 6.5 set for 2027; the figures differ by 0.3.");
        });
    }

    @Test
    void aQualifiedMeasurementBelowAMinimumWithoutAYearIsReportedWithoutIt() {
        ImmutableSafetyPolicy policy = withMeasurements(REPORT_MARK, measurement(2025, "6.2", Qualifier.APPROXIMATELY, DISTRICT));
        policy = withIndicator(policy, REPORT_MARK, i -> i.withDistrictMinimum(undated(DISTRICT_MINIMUM)));

        assertThat(findings(DISTRICT_BELOW_MINIMUM, policy)).singleElement().satisfies(f -> {
            assertThat(f.values()).doesNotContainKey("minimumYear").containsEntry("valueQualifier", "APPROXIMATELY");
            assertThat(f.message(DUTCH)).isEqualTo("Wijk " + DISTRICT_NAME + " scoorde bij de laatste meting (2025)"
                    + " ongeveer 6,2, onder het minimum per wijk van 6,5; het verschil tussen de cijfers is 0,3.");
        });
    }

    // indicator/measurement-conflict

    @Test
    void measurementsOfDifferentScopesInOneYearPass() {
        assertThat(findings(MEASUREMENT_CONFLICT, VALID)).isEmpty();
    }

    @Test
    void twoDistrictMeasurementsOfOneYearThatDisagreeAreAWarningAtTheLaterOne() {
        ImmutableSafetyPolicy policy = withMeasurements(REPORT_MARK, measurement(2023, "6.9", DISTRICT));

        assertThat(findings(MEASUREMENT_CONFLICT, policy)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.pointer()).isEqualTo("/indicators/0/measurements/2/value");
            assertThat(f.values()).containsExactly(entry("year", "2023"), entry("scope", DISTRICT),
                    entry("value", "6.9"), entry("otherValue", "6.8"), entry("otherAt", "/indicators/0/measurements/1"));
        });
    }

    @Test
    void twoMunicipalMeasurementsOfOneYearThatDisagreeNameTheMunicipalityAsScope() {
        ImmutableSafetyPolicy policy = withMeasurements(REPORT_MARK, measurement(2023, "7.1", null));

        assertThat(findings(MEASUREMENT_CONFLICT, policy)).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/indicators/0/measurements/2/value");
            assertThat(f.values()).containsEntry("scope", "gemeente").containsEntry("otherAt", "/indicators/0/measurements/0");
        });
    }

    @Test
    void equalValuesWrittenWithAnotherScaleAgree() {
        ImmutableSafetyPolicy policy = withMeasurements(REPORT_MARK, measurement(2023, "7.00", null));

        assertThat(findings(MEASUREMENT_CONFLICT, policy)).isEmpty();
    }

    @Test
    void aMeasurementAgreeingWithTheFirstButNotWithASecondIsReportedAgainstTheSecond() {
        ImmutableSafetyPolicy policy = withMeasurements(REPORT_MARK, measurement(2023, "7.1", null),
                measurement(2023, "7.0", null));

        assertThat(findings(MEASUREMENT_CONFLICT, policy))
                .extracting(Finding::pointer, f -> f.values().get("otherAt"))
                .containsExactly(tuple("/indicators/0/measurements/2/value", "/indicators/0/measurements/0"),
                        tuple("/indicators/0/measurements/3/value", "/indicators/0/measurements/2"));
    }

    @Test
    void aMeasurementOfMoreThanAFigureAgreesWithThatFigure() {
        ImmutableSafetyPolicy policy = withMeasurements(REPORT_MARK, measurement(2023, "7.0", Qualifier.MORE_THAN, null));

        assertThat(findings(MEASUREMENT_CONFLICT, policy)).isEmpty();
    }

    @Test
    void aMeasurementOfAtLeastAFigureAboveAnotherDisagreesWithItAndBothQualifiersAreShown() {
        ImmutableSafetyPolicy policy = withMeasurements(REPORT_MARK, measurement(2023, "7.5", Qualifier.AT_LEAST, null));

        assertThat(findings(MEASUREMENT_CONFLICT, policy)).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/indicators/0/measurements/2/value");
            assertThat(f.values()).containsExactly(entry("year", "2023"), entry("scope", "gemeente"),
                    entry("valueQualifier", "AT_LEAST"), entry("value", "7.5"),
                    entry("otherValueQualifier", "EXACT"), entry("otherValue", "7.0"),
                    entry("otherAt", "/indicators/0/measurements/0"));
            assertThat(f.message(Locale.ENGLISH)).isEqualTo("For the whole municipality, 2023 has two measurements that"
                    + " cannot both hold: at least 7.5 here and exactly 7.0 at /indicators/0/measurements/0.");
        });
    }

    @Test
    void aMeasurementOfLessThanAFigureBelowAnotherDisagreesWithIt() {
        ImmutableSafetyPolicy policy = withMeasurements(REPORT_MARK, measurement(2023, "6.0", Qualifier.LESS_THAN, DISTRICT));

        assertThat(findings(MEASUREMENT_CONFLICT, policy)).singleElement().satisfies(f -> {
            assertThat(f.values()).containsEntry("otherAt", "/indicators/0/measurements/1");
            assertThat(f.message(DUTCH)).startsWith("Voor wijk " + DISTRICT + " staan in 2023 twee metingen die niet"
                    + " allebei kunnen kloppen: minder dan 6,0 hier");
        });
    }

    @Test
    void boundsThatLeaveACommonValueAgree() {
        ImmutableSafetyPolicy policy = withMeasurements(REPORT_MARK, measurement(2023, "6.5", Qualifier.AT_LEAST, null),
                measurement(2023, "7.5", Qualifier.AT_MOST, null));

        assertThat(findings(MEASUREMENT_CONFLICT, policy)).isEmpty();
    }

    @Test
    void aMeasurementThatDisagreesWithOneEarlierMeasurementBelowItAndOneAboveIsReportedAgainstTheEarliest() {
        ImmutableSafetyPolicy policy = withMeasurements(REPORT_MARK, measurement(2025, "5.0", null),
                measurement(2025, "8.0", Qualifier.AT_LEAST, null), measurement(2025, "6.0", null));

        assertThat(findings(MEASUREMENT_CONFLICT, policy))
                .extracting(Finding::pointer, f -> f.values().get("otherAt"))
                .containsExactly(tuple("/indicators/0/measurements/3/value", "/indicators/0/measurements/2"),
                        tuple("/indicators/0/measurements/4/value", "/indicators/0/measurements/2"));
    }

    @Test
    void aMeasurementDisagreeingWithTheIndicatorsFirstMeasurementAndALaterOneIsReportedAgainstTheFirst() {
        // the first measurement is 7.0 for the whole municipality in 2023
        ImmutableSafetyPolicy policy = withMeasurements(REPORT_MARK, measurement(2023, "8.0", Qualifier.AT_LEAST, null),
                measurement(2023, "7.5", null));

        assertThat(findings(MEASUREMENT_CONFLICT, policy)).filteredOn(f -> f.pointer().contains("/measurements/3/"))
                .singleElement().satisfies(f -> assertThat(f.values()).containsEntry("otherAt", "/indicators/0/measurements/0"));
    }

    @Test
    void aMeasurementBelowTheIndicatorsFirstMeasurementAndAboveALaterBoundIsReportedAgainstTheFirst() {
        ImmutableSafetyPolicy policy = withMeasurements(REPORT_MARK, measurement(2023, "6.0", Qualifier.AT_MOST, null),
                measurement(2023, "6.5", null));

        assertThat(findings(MEASUREMENT_CONFLICT, policy)).filteredOn(f -> f.pointer().contains("/measurements/3/"))
                .singleElement().satisfies(f -> assertThat(f.values()).containsEntry("otherAt", "/indicators/0/measurements/0"));
    }

    @Test
    void aMeasurementAboveATighterUpperBoundDisagreesWithItThoughAnEarlierLooserBoundAllowsIt() {
        ImmutableSafetyPolicy policy = withMeasurements(REPORT_MARK, measurement(2025, "7.0", Qualifier.AT_MOST, null),
                measurement(2025, "6.0", Qualifier.AT_MOST, null), measurement(2025, "6.5", null));

        assertThat(findings(MEASUREMENT_CONFLICT, policy))
                .extracting(Finding::pointer, f -> f.values().get("otherAt"))
                .containsExactly(tuple("/indicators/0/measurements/4/value", "/indicators/0/measurements/3"));
    }

    @Test
    void aMeasurementBelowATighterLowerBoundDisagreesWithItThoughAnEarlierLooserBoundAllowsIt() {
        ImmutableSafetyPolicy policy = withMeasurements(REPORT_MARK, measurement(2025, "5.0", Qualifier.AT_LEAST, null),
                measurement(2025, "6.0", Qualifier.AT_LEAST, null), measurement(2025, "5.5", null));

        assertThat(findings(MEASUREMENT_CONFLICT, policy))
                .extracting(Finding::pointer, f -> f.values().get("otherAt"))
                .containsExactly(tuple("/indicators/0/measurements/4/value", "/indicators/0/measurements/3"));
    }

    // messages

    @Test
    void everyMessageOfThePackageIsFilledInBothLanguages() {
        ImmutableSafetyPolicy policy = withMeasurements(REPORT_MARK, measurement(2023, "6.2", DISTRICT),
                measurement(2023, "7.1", null), measurement(2025, "6.2", DISTRICT),
                measurement(2025, JUST_ABOVE_HIGHEST_MARK, null));
        policy = withIndicator(policy, REPORT_MARK, i -> i.withTarget(point("6.9", 2023)));
        policy = withIndicator(policy, NUISANCE, i -> i.withDirection(Direction.MAINTAIN).withTarget(point("11.0", 2028))
                .withUnit(IndicatorUnit.PERCENTAGE).withMeasurements(measurement(2024, JUST_ABOVE_HUNDRED_PERCENT, null)));

        List<Finding> found = Validator.defaults().validate(policy).findings();

        assertThat(found).extracting(Finding::ruleId).contains(REPORT_MARK_RANGE, PERCENTAGE_RANGE, TARGET_AFTER_BASELINE,
                TARGET_WITHIN_PERIOD, TARGET_DIRECTION, DISTRICT_BELOW_MINIMUM, MEASUREMENT_CONFLICT);
        assertThat(found).filteredOn(f -> f.ruleId().startsWith("indicator/")).allSatisfy(f -> {
            assertThat(f.message(DUTCH)).isNotBlank().doesNotContain("{");
            assertThat(f.message(Locale.ENGLISH)).isNotBlank().doesNotContain("{");
            assertThat(f.message(Locale.ENGLISH)).isNotEqualTo(f.message(DUTCH));
        });
    }

    private static ImmutableSafetyPolicy withIndicator(int index, UnaryOperator<ImmutableIndicator> change) {
        return withIndicator(VALID, index, change);
    }

    private static ImmutableSafetyPolicy withIndicator(ImmutableSafetyPolicy policy, int index,
            UnaryOperator<ImmutableIndicator> change) {
        List<Indicator> indicators = new ArrayList<>(policy.indicators());
        indicators.set(index, change.apply(ImmutableIndicator.copyOf(indicators.get(index))));
        return policy.withIndicators(indicators);
    }

    /** Adds measurements after the indicator's own. */
    private static ImmutableSafetyPolicy withMeasurements(int index, Measurement... extra) {
        return withIndicator(index, i -> {
            List<Measurement> measurements = new ArrayList<>(i.measurements());
            measurements.addAll(List.of(extra));
            return i.withMeasurements(measurements);
        });
    }

    private static ReferencePoint point(String value, int year) {
        return ReferencePoint.of(new BigDecimal(value), Year.of(year));
    }

    private static ReferencePoint qualified(String value, Qualifier qualifier, int year) {
        return ReferencePoint.builder().value(new BigDecimal(value)).qualifier(qualifier).year(Year.of(year)).build();
    }

    private static ReferencePoint undated(String value) {
        return ImmutableReferencePoint.builder().value(new BigDecimal(value)).build();
    }

    private static Measurement measurement(int year, String value, String districtId) {
        return measurement(year, value, Qualifier.EXACT, districtId);
    }

    private static Measurement measurement(int year, String value, Qualifier qualifier, String districtId) {
        return Measurement.builder().year(Year.of(year)).value(new BigDecimal(value)).qualifier(qualifier)
                .districtId(Optional.ofNullable(districtId)).build();
    }
}
