package io.github.ivplib.validation.integrity;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.din.DinNetwork;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * {@code model/unique-ids}: the parts of a policy refer to each other by id, so an id used twice
 * within its kind makes every reference to it ambiguous.
 * <p>
 * Checks themes, threads, preconditions, risks, goals, indicators, districts, DIN networks,
 * results and efforts (each across all networks together, since efforts name results of any
 * network), partners, milestones, AVE cases, budget amendments, balance tables, staffing
 * changes and key figures. Each repeated occurrence after the first is reported at its own
 * {@code id}, with the kind (the JSON array name), the id and where the first occurrence is.
 */
final class UniqueIds implements PolicyRule {

    @Override
    public String id() {
        return "model/unique-ids";
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
        Pointer root = Pointer.ROOT;
        new Kind("themes", context).addAll(policy.themes(), t -> t.id(), root.field("themes"));
        new Kind("threads", context).addAll(policy.threads(), t -> t.id(), root.field("threads"));
        new Kind("preconditions", context).addAll(policy.preconditions(), p -> p.id(), root.field("preconditions"));
        new Kind("risks", context).addAll(policy.risks(), r -> r.id(), root.field("risks"));
        new Kind("goals", context).addAll(policy.goals(), g -> g.id(), root.field("goals"));
        new Kind("indicators", context).addAll(policy.indicators(), i -> i.id(), root.field("indicators"));
        new Kind("districts", context).addAll(policy.municipality().districts(), d -> d.id(),
                root.field("municipality").field("districts"));
        new Kind("dinNetworks", context).addAll(policy.dinNetworks(), n -> n.id(), root.field("dinNetworks"));
        Kind results = new Kind("results", context);
        Kind efforts = new Kind("efforts", context);
        List<DinNetwork> networks = policy.dinNetworks();
        for (int n = 0; n < networks.size(); n++) {
            Pointer network = root.field("dinNetworks").index(n);
            results.addAll(networks.get(n).results(), r -> r.id(), network.field("results"));
            efforts.addAll(networks.get(n).efforts(), e -> e.id(), network.field("efforts"));
        }
        new Kind("partners", context).addAll(policy.partners(), p -> p.id(), root.field("partners"));
        new Kind("milestones", context).addAll(policy.milestones(), m -> m.id(), root.field("milestones"));
        policy.ave().ifPresent(ave -> new Kind("cases", context)
                .addAll(ave.cases(), c -> c.id(), root.field("ave").field("cases")));
        policy.budget().ifPresent(budget -> {
            Pointer at = root.field("budget");
            new Kind("amendments", context).addAll(budget.amendments(), a -> a.id(), at.field("amendments"));
            new Kind("balanceTables", context).addAll(budget.balanceTables(), t -> t.id(), at.field("balanceTables"));
            new Kind("staffingChanges", context).addAll(budget.staffingChanges(), s -> s.id(),
                    at.field("staffingChanges"));
        });
        new Kind("keyFigures", context).addAll(policy.keyFigures(), k -> k.id(), root.field("keyFigures"));
    }

    /** The ids seen so far of one kind, with where each was first seen. */
    private static final class Kind {
        private final String name;
        private final RuleContext context;
        private final Map<String, Pointer> firstAt = new HashMap<>();

        Kind(String name, RuleContext context) {
            this.name = name;
            this.context = context;
        }

        <T> void addAll(List<T> items, Function<T, String> idOf, Pointer list) {
            for (int i = 0; i < items.size(); i++) {
                String id = idOf.apply(items.get(i));
                Pointer at = list.index(i).field("id");
                Pointer first = firstAt.putIfAbsent(id, at);
                if (first != null) {
                    context.report(at, Values.of("kind", name, "id", id, "firstAt", first));
                }
            }
        }
    }
}
