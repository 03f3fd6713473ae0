package io.github.ivplib.model;

import java.util.List;
import java.util.Optional;

import org.immutables.value.Value;

import io.github.ivplib.model.adoption.Adoption;
import io.github.ivplib.model.adoption.Predecessor;
import io.github.ivplib.model.ave.AveModel;
import io.github.ivplib.model.budget.Budget;
import io.github.ivplib.model.cycle.Milestone;
import io.github.ivplib.model.din.DinNetwork;
import io.github.ivplib.model.goal.Goal;
import io.github.ivplib.model.goal.Indicator;
import io.github.ivplib.model.governance.GovernanceRole;
import io.github.ivplib.model.governance.Partner;
import io.github.ivplib.model.json.SchemaVersionReader;
import io.github.ivplib.model.keyfigure.KeyFigure;
import io.github.ivplib.model.municipality.Municipality;
import io.github.ivplib.model.theme.CrossCuttingThread;
import io.github.ivplib.model.theme.Precondition;
import io.github.ivplib.model.theme.Risk;
import io.github.ivplib.model.theme.Theme;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An integral safety policy (integraal veiligheidsplan, IVP; integraal veiligheidsbeleid, IVB):
 * the document in which the council adopts the municipality's safety goals, at least once every
 * four years (Politiewet 2012, art. 38b).
 * <p>
 * The value holds what the document says; whether that is lawful and sound is for validation.
 * Parts are linked by id: goals name their themes and indicators, DIN results their goals,
 * efforts their results and carriers.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSafetyPolicy.class)
@JsonDeserialize(as = ImmutableSafetyPolicy.class)
public interface SafetyPolicy {

    /** The version of the JSON format this library writes and reads. */
    String SCHEMA_VERSION = "1.0";

    /** @return the version of the JSON format the policy was read from or is written as, not null */
    @Value.Default
    @JsonDeserialize(using = SchemaVersionReader.class)
    default String schemaVersion() {
        return SCHEMA_VERSION;
    }

    /** @return the id of the policy, such as "venlo-ivb-2023-2026", not null */
    String id();

    /** @return the municipality whose council adopts the policy, not null */
    Municipality municipality();

    /** @return what the municipality calls the document, not null */
    PolicyKind kind();

    /** @return the title as the document gives it, not null */
    String title();

    /** @return the period in the title (looptijd), both years inclusive, not null */
    YearRange period();

    /** @return how and when the policy was adopted and is in force, not null */
    Adoption adoption();

    /** @return the policies this one replaces, not null */
    List<Predecessor> predecessors();

    /** @return the shared ambition (ambitie), may be empty */
    Optional<String> ambition();

    /** @return the strategic and baseline themes, not null */
    List<Theme> themes();

    /** @return the cross-cutting threads (rode draden), not null */
    List<CrossCuttingThread> threads();

    /** @return the preconditions (randvoorwaarden), not null */
    List<Precondition> preconditions();

    /** @return the risks and caveats (kanttekeningen en risico's), not null */
    List<Risk> risks();

    /** @return the safety goals (doelen), not null */
    List<Goal> goals();

    /** @return the indicators that measure the goals, not null */
    List<Indicator> indicators();

    /** @return the DIN networks (Doelen-Inspanningen-Netwerken), not null */
    List<DinNetwork> dinNetworks();

    /** @return the partners in safety (ketenpartners), not null */
    List<Partner> partners();

    /** @return the governance roles (rollen en verantwoordelijkheden), not null */
    List<GovernanceRole> roles();

    /** @return the milestones of the planning and control cycle, not null */
    List<Milestone> milestones();

    /** @return the AVE escalation model, where the policy describes one, may be empty */
    Optional<AveModel> ave();

    /** @return the financial consequences, where the policy has any, may be empty */
    Optional<Budget> budget();

    /** @return the quantified facts the policy reports (kerncijfers), not null */
    List<KeyFigure> keyFigures();

    /** @return a new builder, not null */
    static ImmutableSafetyPolicy.Builder builder() {
        return ImmutableSafetyPolicy.builder();
    }
}
