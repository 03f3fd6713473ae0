package io.github.ivplib.validation.din;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.din.DinNetwork;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * {@code din/goal-has-result}: a goal a DIN takes up needs at least one result that serves it,
 * or the network shows no way of reaching it.
 * <p>
 * Checks the goals some network lists in its {@code goalIds}; a result of any network counts.
 * Each such goal is reported once, at its place among the policy's goals, with the first
 * network that lists it. Goal ids that do not resolve are left to
 * {@code model/references-resolve}.
 */
final class GoalHasResult implements PolicyRule {

    @Override
    public String id() {
        return "din/goal-has-result";
    }

    @Override
    public Set<PolicyPart> reads() {
        return EnumSet.of(PolicyPart.GOALS, PolicyPart.DIN_NETWORKS);
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public void check(SafetyPolicy policy, RuleContext context) {
        Map<String, Integer> goalIndex = new HashMap<>();
        for (int i = 0; i < policy.goals().size(); i++) {
            goalIndex.putIfAbsent(policy.goals().get(i).id(), i);
        }
        Set<String> served = new HashSet<>();
        policy.dinNetworks().forEach(network -> network.results().forEach(result -> served.addAll(result.goalIds())));
        Set<String> reported = new HashSet<>();
        List<DinNetwork> networks = policy.dinNetworks();
        for (DinNetwork network : networks) {
            for (String goalId : network.goalIds()) {
                Integer index = goalIndex.get(goalId);
                if (index != null && !served.contains(goalId) && reported.add(goalId)) {
                    context.report(Pointer.ROOT.field("goals").index(index),
                            Values.of("goalId", goalId, "networkId", network.id()));
                }
            }
        }
    }
}
