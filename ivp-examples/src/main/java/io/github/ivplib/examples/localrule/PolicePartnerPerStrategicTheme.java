package io.github.ivplib.examples.localrule;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.din.DinNetwork;
import io.github.ivplib.model.governance.Partner;
import io.github.ivplib.model.governance.PartnerKind;
import io.github.ivplib.model.theme.Theme;
import io.github.ivplib.model.theme.ThemeKind;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * A local rule, {@code voorbeeld/police-partner}: every strategic theme is worked out in a DIN
 * network in which the police take part, because the local triangle makes its agreements with
 * the police on these themes (Politiewet art. 13).
 * <p>
 * Add it with {@code Validator.builder().addRule(new PolicePartnerPerStrategicTheme())}; its
 * messages and its description live in {@code messages.properties} beside this class, as the
 * built-in rules' do.
 * This class is immutable and thread-safe.
 */
public final class PolicePartnerPerStrategicTheme implements PolicyRule {

    /** The rule's id, in the namespace of this example. */
    public static final String ID = "voorbeeld/police-partner";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<PolicyPart> reads() {
        return EnumSet.of(PolicyPart.THEMES, PolicyPart.GOVERNANCE, PolicyPart.DIN_NETWORKS);
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public void check(SafetyPolicy policy, RuleContext context) {
        Set<String> police = new HashSet<>();
        for (Partner partner : policy.partners()) {
            if (partner.kind() == PartnerKind.POLICE) {
                police.add(partner.id());
            }
        }
        Set<String> themesWithPolice = new HashSet<>();
        for (DinNetwork network : policy.dinNetworks()) {
            if (network.themeId().isPresent() && network.partnerIds().stream().anyMatch(police::contains)) {
                themesWithPolice.add(network.themeId().get());
            }
        }
        List<Theme> themes = policy.themes();
        for (int i = 0; i < themes.size(); i++) {
            Theme theme = themes.get(i);
            if (theme.kind() == ThemeKind.STRATEGIC && !themesWithPolice.contains(theme.id())) {
                context.report(Pointer.ROOT.field("themes").index(i), Values.of("themeId", theme.id()));
            }
        }
    }
}
