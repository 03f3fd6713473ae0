package io.github.ivplib.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Year;

import org.junit.jupiter.api.Test;

import io.github.ivplib.model.PolicyKind;
import io.github.ivplib.model.Qualifier;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.YearRange;
import io.github.ivplib.model.adoption.Adoption;
import io.github.ivplib.model.goal.Direction;
import io.github.ivplib.model.goal.Indicator;
import io.github.ivplib.model.goal.IndicatorUnit;
import io.github.ivplib.model.goal.Measurement;
import io.github.ivplib.model.goal.ReferencePoint;
import io.github.ivplib.model.governance.Actor;
import io.github.ivplib.model.municipality.Municipality;

/**
 * An indicator's values keep their qualifier, source and note through writing and reading; an
 * exact value is written as it was before values could be qualified.
 */
class QualifiedValuesJsonTest {

    private static final String POLL = "Peiling inwonerspanel Voorbeeldstad";
    private static final String NEWS_REPORT = "Dagblad Voorbeeldstad, 12 maart 2022";
    private static final String COUNCIL_LETTER = "Raadsinformatiebrief veiligheid, juni 2023";
    private static final String AS_WRITTEN = "\"ruim 70 procent voelt zich veilig in de eigen buurt\"";
    private static final BigDecimal SEVENTY_PERCENT = new BigDecimal("70");
    private static final BigDecimal SEVENTY_FIVE_PERCENT = new BigDecimal("75");
    private static final BigDecimal SIXTY_PERCENT = new BigDecimal("60");

    /** A percentage from a poll, each value qualified and with its own source. */
    private static final Indicator FEELS_SAFE = Indicator.builder()
            .id("voelt-zich-veilig")
            .name("Inwoners die zich veilig voelen in de eigen buurt")
            .unit(IndicatorUnit.PERCENTAGE)
            .direction(Direction.INCREASE)
            .source(POLL)
            .baseline(ReferencePoint.builder()
                    .value(SEVENTY_PERCENT)
                    .qualifier(Qualifier.MORE_THAN)
                    .year(Year.of(2022))
                    .source(NEWS_REPORT)
                    .note(AS_WRITTEN)
                    .build())
            .target(ReferencePoint.builder()
                    .value(SEVENTY_FIVE_PERCENT)
                    .qualifier(Qualifier.AT_LEAST)
                    .year(Year.of(2026))
                    .source(COUNCIL_LETTER)
                    .build())
            .districtMinimum(ReferencePoint.builder()
                    .value(SIXTY_PERCENT)
                    .qualifier(Qualifier.APPROXIMATELY)
                    .year(Year.of(2026))
                    .build())
            .addMeasurements(Measurement.builder()
                    .year(Year.of(2022))
                    .value(SEVENTY_PERCENT)
                    .qualifier(Qualifier.MORE_THAN)
                    .source(NEWS_REPORT)
                    .build())
            .build();

    @Test
    void anIndicatorWithQualifiedValuesAndTheirOwnSourcesIsReadAsItWasWritten() {
        SafetyPolicy policy = policyWith(FEELS_SAFE);

        assertThat(PolicyJson.read(PolicyJson.write(policy)).indicators()).containsExactly(FEELS_SAFE);
    }

    @Test
    void aQualifierIsWrittenAsItsConstantRightAfterTheValue() {
        String json = PolicyJson.write(policyWith(FEELS_SAFE));

        assertThat(json).containsPattern("\"value\": 75,\\s+\"qualifier\": \"AT_LEAST\",");
    }

    @Test
    void anExactValueIsWrittenWithoutAQualifier() {
        Indicator exact = Indicator.builder().id("rapportcijfer").name("Rapportcijfer").unit(IndicatorUnit.REPORT_MARK)
                .baseline(ReferencePoint.of(new BigDecimal("7.2"), Year.of(2021)))
                .addMeasurements(Measurement.builder().year(Year.of(2021)).value(new BigDecimal("7.2")).build())
                .build();

        assertThat(PolicyJson.write(policyWith(exact))).doesNotContain("qualifier");
    }

    @Test
    void aValueWithoutAQualifierIsReadAsExact() {
        String json = PolicyJson.write(policyWith(FEELS_SAFE)).replace("\"qualifier\": \"AT_LEAST\",", "");

        assertThat(PolicyJson.read(json).indicators().get(0).target().orElseThrow().qualifier())
                .isEqualTo(Qualifier.EXACT);
    }

    private static SafetyPolicy policyWith(Indicator indicator) {
        return SafetyPolicy.builder()
                .id("voorbeeldstad-ivp-2024-2027")
                .municipality(Municipality.builder().name("Voorbeeldstad").cbsCode("GM9999").build())
                .kind(PolicyKind.INTEGRAL_SAFETY_PLAN)
                .title("Integraal Veiligheidsplan 2024-2027")
                .period(YearRange.of(2024, 2027))
                .adoption(Adoption.builder().adoptedBy(Actor.COUNCIL).build())
                .addIndicators(indicator)
                .build();
    }
}
