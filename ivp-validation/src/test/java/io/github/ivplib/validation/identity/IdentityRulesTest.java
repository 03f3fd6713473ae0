package io.github.ivplib.validation.identity;

import static io.github.ivplib.validation.RuleTesting.findings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.ivplib.model.ImmutableSafetyPolicy;
import io.github.ivplib.model.municipality.District;
import io.github.ivplib.model.municipality.Municipality;
import io.github.ivplib.model.municipality.Neighbourhood;
import io.github.ivplib.validation.Finding;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.ValidPolicy;

class IdentityRulesTest {

    private static final String MUNICIPALITY_CODE = "identity/municipality-code";
    private static final String DISTRICT_CODE = "identity/district-code";

    private static final ImmutableSafetyPolicy VALID = ValidPolicy.policy();
    /** The valid policy's codes: municipality 9999, wijk 01, buurt 01. */
    private static final String VALID_DISTRICT = "WK999901";
    private static final String VALID_NEIGHBOURHOOD = "BU99990101";
    private static final String INVALID_MUNICIPALITY = "GM99";
    private static final String DISTRICT_POINTER = "/municipality/districts/0/cbsCode";
    private static final String NEIGHBOURHOOD_POINTER = "/municipality/districts/0/neighbourhoods/0/cbsCode";

    // --- identity/municipality-code ---

    @Test
    void gmAndFourDigitsPass() {
        assertThat(findings(MUNICIPALITY_CODE, VALID)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gm9999", "GM999", "GM99999", "GM09A3", "0983", "GM 0983", "GM\u0660\u0669\u0668\u0663", ""})
    void aCodeThatIsNotGmAndFourDigitsIsAnError(String code) {
        assertThat(findings(MUNICIPALITY_CODE, withCodes(code, VALID_DISTRICT, VALID_NEIGHBOURHOOD))).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.pointer()).isEqualTo("/municipality/cbsCode");
                    assertThat(f.values()).containsExactly(entry("code", code));
                });
    }

    @Test
    void bothMessagesOfAWrongMunicipalityCodeAreFilled() {
        assertThat(findings(MUNICIPALITY_CODE, withCodes("GM983", VALID_DISTRICT, VALID_NEIGHBOURHOOD))).singleElement()
                .satisfies(f -> {
                    assertThat(f.messages()).containsOnlyKeys("nl", "en");
                    assertThat(f.messages().values()).allSatisfy(m -> assertThat(m).doesNotContain("{").contains("'GM983'"));
                    assertThat(f.message(new Locale("nl"))).contains("gemeentecode");
                    assertThat(f.message(Locale.ENGLISH)).contains("municipality code");
                });
    }

    // --- identity/district-code: districts ---

    @Test
    void districtAndNeighbourhoodCodesOfTheMunicipalityPass() {
        assertThat(findings(DISTRICT_CODE, VALID)).isEmpty();
    }

    @Test
    void aWijkPartWithCapitalLettersPasses() {
        assertThat(findings(DISTRICT_CODE, withCodes("GM9999", "WK9999A1", "BU9999A1B2"))).isEmpty();
    }

    @Test
    void codesThePolicyLeavesOutAreNotChecked() {
        assertThat(findings(DISTRICT_CODE, withCodes("GM9999", null, null))).isEmpty();
    }

    @Test
    void aDistrictCodeOfAnotherMunicipalityIsAnErrorNamingTheExpectedPattern() {
        assertThat(findings(DISTRICT_CODE, withCodes("GM9999", "WK098301", VALID_NEIGHBOURHOOD))).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.pointer()).isEqualTo(DISTRICT_POINTER);
                    assertThat(f.values()).containsExactly(entry("code", "WK098301"), entry("expected", "WK9999 + 2 tekens"));
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"WK9999a1", "WK99990", "WK9999010", "wk999901", "BU999901", "WK9999-1"})
    void aDistrictCodeOfTheWrongShapeIsAnError(String code) {
        assertThat(findings(DISTRICT_CODE, withCodes("GM9999", code, null))).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo(DISTRICT_POINTER);
            assertThat(f.values()).containsExactly(entry("code", code), entry("expected", "WK9999 + 2 tekens"));
        });
    }

    @Test
    void withAnInvalidMunicipalityCodeAnyFourDigitsPassInADistrictCode() {
        assertThat(findings(DISTRICT_CODE, withCodes(INVALID_MUNICIPALITY, "WK123401", null))).isEmpty();
    }

    @Test
    void withAnInvalidMunicipalityCodeADistrictCodeOfTheWrongShapeIsAnError() {
        assertThat(findings(DISTRICT_CODE, withCodes(INVALID_MUNICIPALITY, "WK12AB01", null))).singleElement()
                .satisfies(f -> assertThat(f.values())
                        .containsExactly(entry("code", "WK12AB01"), entry("expected", "WK + 4 cijfers + 2 tekens")));
    }

    // --- identity/district-code: neighbourhoods ---

    @Test
    void aNeighbourhoodCodeOfAnotherDistrictIsAnErrorNamingTheExpectedPattern() {
        assertThat(findings(DISTRICT_CODE, withCodes("GM9999", VALID_DISTRICT, "BU99990201"))).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.pointer()).isEqualTo(NEIGHBOURHOOD_POINTER);
                    assertThat(f.values()).containsExactly(entry("code", "BU99990201"), entry("expected", "BU999901 + 2 tekens"));
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"BU09830101", "BU999901", "BU9999010", "BU999901011", "BU999901a1", "bu99990101", "WK99990101"})
    void aNeighbourhoodCodeOfTheWrongShapeOrMunicipalityIsAnError(String code) {
        assertThat(findings(DISTRICT_CODE, withCodes("GM9999", VALID_DISTRICT, code))).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo(NEIGHBOURHOOD_POINTER);
            assertThat(f.values()).containsExactly(entry("code", code), entry("expected", "BU999901 + 2 tekens"));
        });
    }

    @Test
    void aNeighbourhoodFindingHasTheNeighbourhoodMessages() {
        assertThat(findings(DISTRICT_CODE, withCodes("GM9999", VALID_DISTRICT, "BU99990201"))).singleElement()
                .satisfies(f -> {
                    assertThat(f.messages().values()).allSatisfy(m -> assertThat(m).doesNotContain("{")
                            .contains("'BU99990201'").contains("BU999901 + 2 tekens"));
                    assertThat(f.message(new Locale("nl"))).contains("buurtcode");
                    assertThat(f.message(Locale.ENGLISH)).contains("neighbourhood code");
                });
    }

    @Test
    void aDistrictFindingHasTheDistrictMessages() {
        assertThat(findings(DISTRICT_CODE, withCodes("GM9999", "WK098301", null))).singleElement().satisfies(f -> {
            assertThat(f.messages().values()).allSatisfy(m -> assertThat(m).doesNotContain("{")
                    .contains("'WK098301'").contains("WK9999 + 2 tekens"));
            assertThat(f.message(new Locale("nl"))).contains("wijkcode");
            assertThat(f.message(Locale.ENGLISH)).contains("district code");
        });
    }

    @Test
    void inADistrictWithoutCodeAnyWijkPartPassesInANeighbourhoodCode() {
        assertThat(findings(DISTRICT_CODE, withCodes("GM9999", null, "BU9999ZZ01"))).isEmpty();
    }

    @Test
    void inADistrictWithoutCodeANeighbourhoodCodeOfAnotherMunicipalityIsAnError() {
        assertThat(findings(DISTRICT_CODE, withCodes("GM9999", null, "BU09830101"))).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo(NEIGHBOURHOOD_POINTER);
            assertThat(f.values()).containsExactly(entry("code", "BU09830101"), entry("expected", "BU9999 + 4 tekens"));
        });
    }

    @Test
    void inADistrictWithAWrongCodeOnlyTheDistrictIsReported() {
        List<Finding> found = findings(DISTRICT_CODE, withCodes("GM9999", "WK098301", "BU99990201"));

        assertThat(found).extracting(Finding::pointer).containsExactly(DISTRICT_POINTER);
    }

    @Test
    void withAnInvalidMunicipalityCodeANeighbourhoodMustStillMatchItsDistrict() {
        assertThat(findings(DISTRICT_CODE, withCodes(INVALID_MUNICIPALITY, "WK123401", "BU12340201"))).singleElement()
                .satisfies(f -> assertThat(f.values()).containsExactly(entry("code", "BU12340201"),
                        entry("expected", "BU + 4 cijfers + 01 + 2 tekens")));
    }

    @Test
    void withNeitherMunicipalityNorDistrictCodeOnlyTheShapeOfANeighbourhoodCodeIsChecked() {
        assertThat(findings(DISTRICT_CODE, withCodes(INVALID_MUNICIPALITY, null, "BU12AB0101"))).singleElement()
                .satisfies(f -> assertThat(f.values()).containsExactly(entry("code", "BU12AB0101"),
                        entry("expected", "BU + 4 cijfers + 4 tekens")));
    }

    @Test
    void everyWrongNeighbourhoodCodeIsReportedInDocumentOrder() {
        ImmutableSafetyPolicy policy = withDistrict("GM9999", VALID_DISTRICT, "BU09830101", "BU99990102", "BU999901", "BU99990103");

        List<Finding> found = findings(DISTRICT_CODE, policy);

        assertThat(found).extracting(Finding::pointer).containsExactly(
                "/municipality/districts/0/neighbourhoods/0/cbsCode", "/municipality/districts/0/neighbourhoods/2/cbsCode");
        assertThat(found).extracting(f -> f.values().get("code")).containsExactly("BU09830101", "BU999901");
    }

    // --- helpers ---

    /** The valid policy with these codes for the municipality, its district and that district's neighbourhood. */
    private static ImmutableSafetyPolicy withCodes(String municipality, String district, String neighbourhood) {
        return withDistrict(municipality, district, neighbourhood);
    }

    /** The valid policy with one district and its neighbourhoods, with these codes; null leaves a code out. */
    private static ImmutableSafetyPolicy withDistrict(String municipality, String district, String... neighbourhoods) {
        List<Neighbourhood> buurten = Arrays.stream(neighbourhoods)
                .map(code -> Neighbourhood.builder().name("buurt").cbsCode(Optional.ofNullable(code)).build())
                .collect(Collectors.toList());
        District wijk = District.builder().from(VALID.municipality().districts().get(0))
                .cbsCode(Optional.ofNullable(district)).neighbourhoods(buurten).build();
        return VALID.withMunicipality(Municipality.builder().from(VALID.municipality())
                .cbsCode(municipality).districts(List.of(wijk)).build());
    }
}
