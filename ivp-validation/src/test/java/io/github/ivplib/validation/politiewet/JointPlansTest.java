package io.github.ivplib.validation.politiewet;

import static io.github.ivplib.validation.politiewet.SeriesTesting.adoption;
import static io.github.ivplib.validation.politiewet.SeriesTesting.all;
import static io.github.ivplib.validation.politiewet.SeriesTesting.findings;
import static io.github.ivplib.validation.politiewet.SeriesTesting.reportsAsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.ivplib.model.BoundedDate;
import io.github.ivplib.model.ImmutableSafetyPolicy;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.adoption.Adoption;
import io.github.ivplib.model.adoption.ImmutableAdoption;
import io.github.ivplib.model.adoption.JointParticipant;
import io.github.ivplib.model.governance.Actor;
import io.github.ivplib.model.municipality.Municipality;
import io.github.ivplib.validation.ValidPolicy;
import io.github.ivplib.validation.ValidationReport;
import io.github.ivplib.validation.Validator;

/**
 * A joint plan (gezamenlijk plan): one document, several municipalities, each council adopting
 * it for its own. Each adoption is judged, and each municipality's series holds the plan with
 * its own council's adoption.
 */
class JointPlansTest {

    private static final String ADOPTED_BY_COUNCIL = "politiewet-38b/adopted-by-council";
    private static final String GOALS_PRESENT = "politiewet-38b/goals-present";
    private static final String MUNICIPALITY_CODE = "identity/municipality-code";
    private static final String COVERAGE = "politiewet-38b/continuous-coverage";

    private static final LocalDate REFERENCE_DATE = LocalDate.of(2021, 6, 1);
    private static final ImmutableSafetyPolicy VALID = ValidPolicy.policy();
    private static final Municipality HEUVELDORP = Municipality.builder().name("Heuveldorp").cbsCode("GM0911").build();
    private static final Municipality DALDORP = Municipality.builder().name("Daldorp").cbsCode("GM0912").build();
    private static final ImmutableAdoption HEUVELDORP_ADOPTION = adoption(day(2019, 12, 12), day(2020, 1, 1), day(2023, 12, 31));
    private static final ImmutableAdoption DALDORP_ADOPTION = adoption(day(2020, 2, 20), day(2020, 3, 1), day(2023, 12, 31));

    @Test
    void eachCouncilsAdoptionIsJudgedAtItsOwnPlace() {
        SafetyPolicy joint = joint(HEUVELDORP_ADOPTION, DALDORP_ADOPTION.withAdoptedBy(Actor.EXECUTIVE_BOARD));

        ValidationReport report = Validator.defaults().validate(joint);

        assertThat(findings(ADOPTED_BY_COUNCIL, report)).singleElement()
                .satisfies(f -> assertThat(f.pointer()).isEqualTo("/jointParticipants/0/adoption/adoptedBy"));
    }

    @Test
    void eachParticipantsMunicipalityCodeIsChecked() {
        SafetyPolicy joint = joint(HEUVELDORP_ADOPTION, DALDORP_ADOPTION).withJointParticipants(JointParticipant.builder()
                .municipality(Municipality.builder().name("Daldorp").cbsCode("0912").build())
                .adoption(DALDORP_ADOPTION).build());

        ValidationReport report = Validator.defaults().validate(joint);

        assertThat(findings(MUNICIPALITY_CODE, report)).singleElement()
                .satisfies(f -> assertThat(f.pointer()).isEqualTo("/jointParticipants/0/municipality/cbsCode"));
    }

    @Test
    void whatTheParticipantsShareIsJudgedOnce() {
        SafetyPolicy withoutGoals = joint(HEUVELDORP_ADOPTION, DALDORP_ADOPTION).withGoals(List.of());

        ValidationReport report = Validator.defaults().validate(withoutGoals);

        assertThat(findings(GOALS_PRESENT, report)).singleElement()
                .satisfies(f -> assertThat(f.pointer()).isEqualTo("/goals"));
    }

    @Test
    void eachMunicipalitysSeriesContinuesWithTheJointPlanAsItsOwnCouncilAdoptedIt() {
        SafetyPolicy heuveldorpBefore = policy("heuveldorp-2016-2019", HEUVELDORP,
                adoption(day(2015, 12, 10), day(2016, 1, 1), day(2019, 12, 31)));
        SafetyPolicy daldorpBefore = policy("daldorp-2016-2019", DALDORP,
                adoption(day(2015, 12, 17), day(2016, 1, 1), day(2019, 12, 31)));
        SafetyPolicy joint = joint(HEUVELDORP_ADOPTION, DALDORP_ADOPTION);

        List<ValidationReport> reports = reportsAsOf(REFERENCE_DATE, heuveldorpBefore, daldorpBefore, joint);

        assertThat(all(COVERAGE, reports)).singleElement().satisfies(f -> {
            assertThat(reports.get(2).findings()).contains(f);
            assertThat(f.pointer()).isEqualTo("/jointParticipants/0/adoption/entryIntoForce");
            assertThat(f.values()).contains(entry("from", "2020-01-01"), entry("to", "2020-02-29"),
                    entry("previousPolicy", "daldorp-2016-2019"));
        });
    }

    private static ImmutableSafetyPolicy joint(Adoption first, Adoption second) {
        return policy("heuveldorp-daldorp-2020-2023", HEUVELDORP, first)
                .withJointParticipants(JointParticipant.builder().municipality(DALDORP).adoption(second).build());
    }

    private static ImmutableSafetyPolicy policy(String id, Municipality municipality, Adoption adoption) {
        return VALID.withId(id).withMunicipality(municipality).withAdoption(adoption);
    }

    private static BoundedDate day(int year, int month, int day) {
        return BoundedDate.on(LocalDate.of(year, month, day));
    }
}
