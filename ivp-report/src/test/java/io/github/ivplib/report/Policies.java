package io.github.ivplib.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;

import io.github.ivplib.model.BoundedDate;
import io.github.ivplib.model.PolicyKind;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.YearRange;
import io.github.ivplib.model.adoption.Adoption;
import io.github.ivplib.model.goal.Direction;
import io.github.ivplib.model.goal.Goal;
import io.github.ivplib.model.goal.Indicator;
import io.github.ivplib.model.goal.ImmutableMeasurement;
import io.github.ivplib.model.goal.IndicatorUnit;
import io.github.ivplib.model.goal.Measurement;
import io.github.ivplib.model.goal.ReferencePoint;
import io.github.ivplib.model.governance.Actor;
import io.github.ivplib.model.municipality.District;
import io.github.ivplib.model.municipality.Municipality;
import io.github.ivplib.model.theme.Theme;
import io.github.ivplib.model.theme.ThemeKind;

/** Policies the report tests build: one municipality, whose plans the tests put in series. */
final class Policies {

    static final Municipality VOORBEELDSTAD = Municipality.builder().name("Voorbeeldstad").cbsCode("GM9999")
            .addDistricts(District.builder().id("noord").name("Noord").build())
            .addDistricts(District.builder().id("zuid").name("Zuid").build())
            .addDistricts(District.builder().id("west").name("West").build())
            .build();

    private Policies() {
    }

    /** A council's plan in force over exactly the given days, with one strategic theme, goal and indicator. */
    static SafetyPolicy inForce(String id, LocalDate adopted, LocalDate from, LocalDate until) {
        return SafetyPolicy.builder()
                .id(id)
                .municipality(VOORBEELDSTAD)
                .kind(PolicyKind.INTEGRAL_SAFETY_PLAN)
                .title("Integraal Veiligheidsplan " + from.getYear() + "-" + until.getYear())
                .period(YearRange.of(from.getYear(), until.getYear()))
                .adoption(Adoption.builder()
                        .adoptedBy(Actor.COUNCIL)
                        .decisionDate(BoundedDate.on(adopted))
                        .entryIntoForce(BoundedDate.on(from))
                        .endDate(BoundedDate.on(until))
                        .build())
                .addThemes(Theme.builder().id("ondermijning").kind(ThemeKind.STRATEGIC).name("Ondermijning").build())
                .addGoals(Goal.builder().id("veilige-buurt").text("Inwoners voelen zich veilig in hun buurt.")
                        .addThemeIds("ondermijning").addIndicatorIds("rapportcijfer").build())
                .addIndicators(Indicator.builder()
                        .id("rapportcijfer")
                        .name("Rapportcijfer veiligheid buurt")
                        .unit(IndicatorUnit.REPORT_MARK)
                        .direction(Direction.INCREASE)
                        .baseline(ReferencePoint.of(new BigDecimal("7.0"), Year.of(from.getYear() - 1)))
                        .target(ReferencePoint.of(new BigDecimal("7.4"), Year.of(until.getYear())))
                        .districtMinimum(ReferencePoint.of(new BigDecimal("6.7"), Year.of(until.getYear())))
                        .addMeasurements(measurement(from.getYear() - 1, "7.0", null))
                        .addMeasurements(measurement(from.getYear() - 1, "7.1", "noord"))
                        .addMeasurements(measurement(from.getYear() - 1, "6.5", "zuid"))
                        .addMeasurements(measurement(from.getYear() - 1, "6.9", "west"))
                        .build())
                .build();
    }

    private static Measurement measurement(int year, String value, String district) {
        ImmutableMeasurement.Builder builder = Measurement.builder().year(Year.of(year)).value(new BigDecimal(value));
        return district == null ? builder.build() : builder.districtId(district).build();
    }
}
