package io.github.ivplib.validation.identity;

import java.util.EnumSet;
import java.util.Set;

import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * {@code identity/municipality-code}: the CBS municipality code (gemeentecode) identifies the
 * municipality across policies, CBS figures and the Veiligheidsmonitor, and groups a series of
 * policies; it is {@code GM} followed by exactly four digits, such as GM0983 for Venlo.
 */
final class MunicipalityCode implements PolicyRule {

    @Override
    public String id() {
        return "identity/municipality-code";
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
        String code = policy.municipality().cbsCode();
        if (CbsCodes.municipalityDigits(code).isEmpty()) {
            context.report(Pointer.ROOT.field("municipality").field("cbsCode"), Values.of("code", code));
        }
    }
}
