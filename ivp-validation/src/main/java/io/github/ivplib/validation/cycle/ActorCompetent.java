package io.github.ivplib.validation.cycle;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.cycle.Milestone;
import io.github.ivplib.model.cycle.MilestoneKind;
import io.github.ivplib.model.governance.Actor;
import io.github.ivplib.validation.Pointer;
import io.github.ivplib.validation.PolicyRule;
import io.github.ivplib.validation.RuleContext;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.Values;

/**
 * {@code pc-cycle/actor-competent}: competence is law, not preference. Art. 38b Politiewet gives
 * the adoption of the safety policy, and so of its successor, to the council (gemeenteraad); the
 * college (college van B&amp;W) adopts the implementation plans that work it out.
 * <p>
 * Judges only milestones that name an actor, and only the kinds whose competent body is fixed;
 * the message variant names the competent body.
 */
final class ActorCompetent implements PolicyRule {

    @Override
    public String id() {
        return "pc-cycle/actor-competent";
    }

    @Override
    public Set<PolicyPart> reads() {
        return EnumSet.of(PolicyPart.CYCLE);
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public void check(SafetyPolicy policy, RuleContext context) {
        List<Milestone> milestones = policy.milestones();
        for (int i = 0; i < milestones.size(); i++) {
            Milestone milestone = milestones.get(i);
            Optional<Actor> competent = competentFor(milestone.kind());
            if (milestone.actor().isPresent() && competent.isPresent() && milestone.actor().get() != competent.get()) {
                context.report(competent.get() == Actor.COUNCIL ? "council" : "executive-board",
                        Pointer.ROOT.field("milestones").index(i).field("actor"),
                        Values.of("milestoneId", milestone.id(), "kind", milestone.kind(),
                                "actor", milestone.actor().get(), "competent", competent.get()));
            }
        }
    }

    private static Optional<Actor> competentFor(MilestoneKind kind) {
        switch (kind) {
            case ADOPT_POLICY:
            case ADOPT_SUCCESSOR:
                return Optional.of(Actor.COUNCIL);
            case ADOPT_IMPLEMENTATION_PLAN:
                return Optional.of(Actor.EXECUTIVE_BOARD);
            default:
                return Optional.empty();
        }
    }
}
