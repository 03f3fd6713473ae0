package io.github.ivplib.validation.indicator;

import static io.github.ivplib.validation.Lists.plus;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Year;

import org.junit.jupiter.api.Test;

import io.github.ivplib.model.ImmutableSafetyPolicy;
import io.github.ivplib.model.Qualifier;
import io.github.ivplib.model.goal.Direction;
import io.github.ivplib.model.goal.Indicator;
import io.github.ivplib.model.goal.IndicatorUnit;
import io.github.ivplib.model.goal.Measurement;
import io.github.ivplib.model.goal.ReferencePoint;
import io.github.ivplib.model.json.PolicyJson;
import io.github.ivplib.validation.ValidPolicy;
import io.github.ivplib.validation.Validator;

/**
 * Indicators as real policies write them beside the CBS report mark: counts per 1,000
 * inhabitants that should fall, percentages from other sources, targets that hold a level.
 * Each adds one indicator to the valid policy and expects the findings, if any, it brings.
 */
class IndicatorsBeyondTheReportMarkTest {

    private static final ImmutableSafetyPolicy VALID = ValidPolicy.policy();

    private static final BigDecimal CRIMES_IN_2022 = new BigDecimal("104");
    private static final BigDecimal CRIMES_AIMED_AT = new BigDecimal("90");
    private static final BigDecimal MARK_TO_HOLD = new BigDecimal("7.2");
    private static final BigDecimal SEVENTY_PERCENT = new BigDecimal("70");
    private static final BigDecimal SEVENTY_FIVE_PERCENT = new BigDecimal("75");
    private static final String POLL = "Peiling inwonerspanel Voorbeeldstad";
    private static final String NEWS_REPORT = "Dagblad Voorbeeldstad over de peiling, 12 maart 2022";

    @Test
    void registeredCrimesPerThousandInhabitantsFallingToAtMost90From104MoveInTheStatedDirection() {
        Indicator crimes = Indicator.builder()
                .id("geregistreerde-misdrijven")
                .name("Geregistreerde misdrijven per 1.000 inwoners")
                .unit(IndicatorUnit.PER_THOUSAND_INHABITANTS)
                .direction(Direction.DECREASE)
                .source("Politie, geregistreerde criminaliteit")
                .baseline(ReferencePoint.of(CRIMES_IN_2022, Year.of(2022)))
                .target(ReferencePoint.builder().value(CRIMES_AIMED_AT).qualifier(Qualifier.AT_MOST).year(Year.of(2026)).build())
                .build();

        assertThat(Validator.defaults().validate(withIndicator(crimes)).findings()).isEmpty();
    }

    @Test
    void holdingAReportMarkAtAtLeastItsBaselineOf7Point2IsNoDirectionWarning() {
        Indicator mark = Indicator.builder()
                .id("rapportcijfer-handhaven")
                .name("Rapportcijfer veiligheid woonbuurt")
                .unit(IndicatorUnit.REPORT_MARK)
                .direction(Direction.MAINTAIN)
                .source("CBS Veiligheidsmonitor")
                .baseline(ReferencePoint.of(MARK_TO_HOLD, Year.of(2023)))
                .target(ReferencePoint.builder().value(MARK_TO_HOLD).qualifier(Qualifier.AT_LEAST).year(Year.of(2027)).build())
                .build();

        assertThat(Validator.defaults().validate(withIndicator(mark)).findings()).isEmpty();
    }

    /** Read from the file the policy is written to, as a poll's figures reach a policy register. */
    @Test
    void aPollPercentageOfMoreThan70WithItsOwnSourcesIsNoReportMarkAndBreaksNoRule() {
        Indicator feelsSafe = Indicator.builder()
                .id("voelt-zich-veilig")
                .name("Inwoners die zich veilig voelen in de eigen buurt")
                .unit(IndicatorUnit.PERCENTAGE)
                .direction(Direction.INCREASE)
                .source(POLL)
                .baseline(ReferencePoint.builder().value(SEVENTY_PERCENT).qualifier(Qualifier.MORE_THAN).year(Year.of(2022))
                        .source(NEWS_REPORT).build())
                .target(ReferencePoint.builder().value(SEVENTY_FIVE_PERCENT).qualifier(Qualifier.AT_LEAST).year(Year.of(2026))
                        .build())
                .addMeasurements(Measurement.builder().year(Year.of(2022)).value(SEVENTY_PERCENT).qualifier(Qualifier.MORE_THAN)
                        .source(NEWS_REPORT).build())
                .build();
        String file = PolicyJson.write(withIndicator(feelsSafe));

        assertThat(Validator.defaults().validate(file, "voorbeeldstad.json").findings()).isEmpty();
    }

    private static ImmutableSafetyPolicy withIndicator(Indicator indicator) {
        return VALID.withIndicators(plus(VALID.indicators(), indicator));
    }
}
