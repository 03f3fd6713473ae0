package io.github.ivplib.validation.integrity;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.budget.StaffingChange;
import io.github.ivplib.model.din.DinNetwork;
import io.github.ivplib.model.din.Effort;
import io.github.ivplib.model.din.Result;
import io.github.ivplib.model.goal.Goal;
import io.github.ivplib.model.goal.Indicator;
import io.github.ivplib.model.goal.Measurement;
import io.github.ivplib.model.keyfigure.KeyFigure;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * {@code model/references-resolve}: the parts of a policy are linked by id (goals to their themes
 * and indicators, DIN results to goals, efforts to results and carriers), so a reference to an
 * id that does not exist breaks the chain from goal to effort that the policy means to show.
 * <p>
 * Checks goal themes and indicators, measurement districts, a DIN network's theme, goals and
 * partners, result goals, effort results (of any network) and carriers (partners), key figure
 * themes and the amendment that funds a staffing change. Each dangling reference is reported
 * at the reference itself, with the kind it should point at (the JSON array name) and the id.
 * A reference into a part the record does not carry ({@link SafetyPolicy#notRecorded()}) is not
 * judged: the part exists, only not here.
 */
final class ReferencesResolve implements PolicyRule {

    @Override
    public String id() {
        return "model/references-resolve";
    }

    @Override
    public Set<PolicyPart> reads() {
        return EnumSet.noneOf(PolicyPart.class);
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public void check(SafetyPolicy policy, RuleContext context) {
        Target themes = new Target("themes", PolicyPart.THEMES, policy, ids(policy.themes(), t -> t.id()), context);
        Target indicators = new Target("indicators", PolicyPart.GOALS, policy, ids(policy.indicators(), i -> i.id()), context);
        Target districts = new Target("districts", PolicyPart.MUNICIPALITY, policy, ids(policy.municipality().districts(), d -> d.id()), context);
        Target goals = new Target("goals", PolicyPart.GOALS, policy, ids(policy.goals(), g -> g.id()), context);
        Target partners = new Target("partners", PolicyPart.GOVERNANCE, policy, ids(policy.partners(), p -> p.id()), context);
        Set<String> resultIds = new HashSet<>();
        policy.dinNetworks().forEach(network -> network.results().forEach(r -> resultIds.add(r.id())));
        Target results = new Target("results", PolicyPart.DIN_NETWORKS, policy, resultIds, context);

        List<Goal> goalList = policy.goals();
        for (int g = 0; g < goalList.size(); g++) {
            Pointer goal = Pointer.ROOT.field("goals").index(g);
            themes.checkAll(goalList.get(g).themeIds(), goal.field("themeIds"));
            indicators.checkAll(goalList.get(g).indicatorIds(), goal.field("indicatorIds"));
        }
        List<Indicator> indicatorList = policy.indicators();
        for (int i = 0; i < indicatorList.size(); i++) {
            List<Measurement> measurements = indicatorList.get(i).measurements();
            for (int m = 0; m < measurements.size(); m++) {
                districts.check(measurements.get(m).districtId(), Pointer.ROOT.field("indicators").index(i)
                        .field("measurements").index(m).field("districtId"));
            }
        }
        List<DinNetwork> networks = policy.dinNetworks();
        for (int n = 0; n < networks.size(); n++) {
            DinNetwork network = networks.get(n);
            Pointer at = Pointer.ROOT.field("dinNetworks").index(n);
            themes.check(network.themeId(), at.field("themeId"));
            goals.checkAll(network.goalIds(), at.field("goalIds"));
            partners.checkAll(network.partnerIds(), at.field("partnerIds"));
            List<Result> resultList = network.results();
            for (int r = 0; r < resultList.size(); r++) {
                goals.checkAll(resultList.get(r).goalIds(), at.field("results").index(r).field("goalIds"));
            }
            List<Effort> effortList = network.efforts();
            for (int e = 0; e < effortList.size(); e++) {
                Pointer effort = at.field("efforts").index(e);
                results.checkAll(effortList.get(e).resultIds(), effort.field("resultIds"));
                partners.checkAll(effortList.get(e).carrierIds(), effort.field("carrierIds"));
            }
        }
        List<KeyFigure> keyFigures = policy.keyFigures();
        for (int k = 0; k < keyFigures.size(); k++) {
            themes.check(keyFigures.get(k).themeId(), Pointer.ROOT.field("keyFigures").index(k).field("themeId"));
        }
        policy.budget().ifPresent(budget -> {
            Target amendments = new Target("amendments", PolicyPart.BUDGET, policy, ids(budget.amendments(), a -> a.id()), context);
            List<StaffingChange> changes = budget.staffingChanges();
            for (int s = 0; s < changes.size(); s++) {
                amendments.check(changes.get(s).amendmentId(),
                        Pointer.ROOT.field("budget").field("staffingChanges").index(s).field("amendmentId"));
            }
        });
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> idOf) {
        Set<String> ids = new HashSet<>();
        items.forEach(item -> ids.add(idOf.apply(item)));
        return ids;
    }

    /** The ids of one kind that references may point at. */
    private static final class Target {
        private final String kind;
        /** Whether the record carries the part the ids are in: where it does not, nothing dangles. */
        private final boolean recorded;
        private final Set<String> ids;
        private final RuleContext context;

        Target(String kind, PolicyPart part, SafetyPolicy policy, Set<String> ids, RuleContext context) {
            this.kind = kind;
            this.recorded = !policy.notRecorded().contains(part);
            this.ids = ids;
            this.context = context;
        }

        void checkAll(List<String> references, Pointer list) {
            for (int i = 0; i < references.size(); i++) {
                check(Optional.of(references.get(i)), list.index(i));
            }
        }

        void check(Optional<String> reference, Pointer at) {
            reference.filter(id -> recorded && !ids.contains(id))
                    .ifPresent(id -> context.report(at, Values.of("kind", kind, "id", id)));
        }
    }
}
