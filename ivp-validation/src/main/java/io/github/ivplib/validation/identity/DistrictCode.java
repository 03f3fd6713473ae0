package io.github.ivplib.validation.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.municipality.District;
import io.github.ivplib.model.municipality.Neighbourhood;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * {@code identity/district-code}: CBS district and neighbourhood codes link a policy's districts
 * to CBS and Veiligheidsmonitor figures, so they must be codes of this municipality.
 * <p>
 * A district code (wijkcode) is {@code WK}, the municipality's four digits and two digits or
 * upper-case letters. A neighbourhood code (buurtcode) is {@code BU}, the municipality's four
 * digits, its district's two characters and two more. The municipality's digits are required
 * only when its own code is valid (else any four digits pass, and
 * {@code identity/municipality-code} reports the municipality); the district's characters only
 * when the district has a valid code. Codes a policy leaves out are not checked. A
 * neighbourhood's finding uses the message variant {@code neighbourhood}.
 */
final class DistrictCode implements PolicyRule {

    @Override
    public String id() {
        return "identity/district-code";
    }

    @Override
    public Set<PolicyPart> reads() {
        return EnumSet.of(PolicyPart.MUNICIPALITY);
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public void check(SafetyPolicy policy, RuleContext context) {
        Optional<String> digits = CbsCodes.municipalityDigits(policy.municipality().cbsCode());
        List<District> districts = policy.municipality().districts();
        for (int i = 0; i < districts.size(); i++) {
            District district = districts.get(i);
            Pointer at = Pointer.ROOT.field("municipality").field("districts").index(i);
            Optional<String> wijk = Optional.empty();
            if (district.cbsCode().isPresent()) {
                String code = district.cbsCode().get();
                if (isDistrictCode(code, digits)) {
                    wijk = Optional.of(code.substring(code.length() - CbsCodes.PART_LENGTH));
                } else {
                    context.report(at.field("cbsCode"), Values.of("code", code, "expected", expectedDistrict(digits)));
                }
            }
            List<Neighbourhood> neighbourhoods = district.neighbourhoods();
            for (int j = 0; j < neighbourhoods.size(); j++) {
                Optional<String> code = neighbourhoods.get(j).cbsCode();
                if (code.isPresent() && !isNeighbourhoodCode(code.get(), digits, wijk)) {
                    context.report("neighbourhood", at.field("neighbourhoods").index(j).field("cbsCode"),
                            Values.of("code", code.get(), "expected", expectedNeighbourhood(digits, wijk)));
                }
            }
        }
    }

    private static boolean isDistrictCode(String code, Optional<String> digits) {
        String prefix = CbsCodes.DISTRICT_PREFIX;
        int wijkStart = prefix.length() + CbsCodes.MUNICIPALITY_DIGITS;
        return code.length() == wijkStart + CbsCodes.PART_LENGTH
                && code.startsWith(prefix)
                && isMunicipalityPart(code.substring(prefix.length(), wijkStart), digits)
                && CbsCodes.allDigitsOrCapitals(code.substring(wijkStart));
    }

    private static boolean isNeighbourhoodCode(String code, Optional<String> digits, Optional<String> wijk) {
        String prefix = CbsCodes.NEIGHBOURHOOD_PREFIX;
        int wijkStart = prefix.length() + CbsCodes.MUNICIPALITY_DIGITS;
        int buurtStart = wijkStart + CbsCodes.PART_LENGTH;
        if (code.length() != buurtStart + CbsCodes.PART_LENGTH || !code.startsWith(prefix)) {
            return false;
        }
        String wijkPart = code.substring(wijkStart, buurtStart);
        return isMunicipalityPart(code.substring(prefix.length(), wijkStart), digits)
                && (wijk.isPresent() ? wijk.get().equals(wijkPart) : CbsCodes.allDigitsOrCapitals(wijkPart))
                && CbsCodes.allDigitsOrCapitals(code.substring(buurtStart));
    }

    private static boolean isMunicipalityPart(String part, Optional<String> digits) {
        return digits.isPresent() ? digits.get().equals(part) : CbsCodes.allDigits(part);
    }

    /** @return the pattern for a person, such as "WK0983 + 2 tekens" */
    private static String expectedDistrict(Optional<String> digits) {
        return CbsCodes.DISTRICT_PREFIX + municipalityPart(digits) + " + " + CbsCodes.PART_LENGTH + " tekens";
    }

    /** @return the pattern for a person, such as "BU098301 + 2 tekens" or "BU0983 + 4 tekens" */
    private static String expectedNeighbourhood(Optional<String> digits, Optional<String> wijk) {
        StringBuilder expected = new StringBuilder(CbsCodes.NEIGHBOURHOOD_PREFIX).append(municipalityPart(digits));
        if (wijk.isPresent()) {
            expected.append(digits.isPresent() ? "" : " + ").append(wijk.get())
                    .append(" + ").append(CbsCodes.PART_LENGTH);
        } else {
            expected.append(" + ").append(2 * CbsCodes.PART_LENGTH);
        }
        return expected.append(" tekens").toString();
    }

    private static String municipalityPart(Optional<String> digits) {
        return digits.orElse(" + " + CbsCodes.MUNICIPALITY_DIGITS + " cijfers");
    }
}
