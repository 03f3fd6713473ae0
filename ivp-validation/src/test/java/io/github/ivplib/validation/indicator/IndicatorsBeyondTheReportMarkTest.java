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
import io.github.ivplib.model.goal.ReferencePoint;
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

    private static ImmutableSafetyPolicy withIndicator(Indicator indicator) {
        return VALID.withIndicators(plus(VALID.indicators(), indicator));
    }
}
