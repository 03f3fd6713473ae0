package io.github.ivplib.validation.budget;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.budget.Budget;
import io.github.ivplib.model.budget.BudgetAmendment;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * {@code budget/task-field-known}: the BBV task field (taakveld) of an amendment line ties the
 * change to the municipal accounts, and a code the reference list does not know is most likely
 * a typo or a code from another list.
 * <p>
 * Checks each line's task field, where it has one, against
 * {@link io.github.ivplib.validation.ValidationSettings#knownTaskFields()} (by default
 * {@link TaskFields#BBV}). A warning: a municipality may use a newer list than the library.
 */
final class TaskFieldKnown implements PolicyRule {

    @Override
    public String id() {
        return "budget/task-field-known";
    }

    @Override
    public Set<PolicyPart> reads() {
        return EnumSet.of(PolicyPart.BUDGET);
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public void check(SafetyPolicy policy, RuleContext context) {
        if (policy.budget().isEmpty()) {
            return;
        }
        Set<String> known = context.settings().knownTaskFields();
        Budget budget = policy.budget().get();
        for (int a = 0; a < budget.amendments().size(); a++) {
            BudgetAmendment amendment = budget.amendments().get(a);
            for (int l = 0; l < amendment.lines().size(); l++) {
                Optional<String> taskField = amendment.lines().get(l).taskField();
                if (taskField.isPresent() && !known.contains(taskField.get())) {
                    context.report(BudgetPointers.line(a, l).field("taskField"),
                            Values.of("taskField", taskField.get()));
                }
            }
        }
    }
}
