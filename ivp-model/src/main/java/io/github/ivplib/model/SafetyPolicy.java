package io.github.ivplib.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.immutables.value.Value;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import io.github.ivplib.model.adoption.Adoption;
import io.github.ivplib.model.adoption.JointParticipant;
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
@JsonClassDescription("An integral safety policy (integraal veiligheidsplan, IVP; integraal veiligheidsbeleid, IVB): the document in which the council adopts the municipality's safety goals (Politiewet 2012, art. 38b).")
public interface SafetyPolicy {

    /** The version of the JSON format this library writes and reads. */
    String SCHEMA_VERSION = "1.0";

    /** @return the version of the JSON format the policy was read from or is written as, not null */
    @Value.Default
    @JsonDeserialize(using = SchemaVersionReader.class)
    @JsonPropertyDescription("The version of the JSON format the document is written in; \"1.0\" where absent.")
    default String schemaVersion() {
        return SCHEMA_VERSION;
    }

    /** @return the id of the policy, such as "venlo-ivb-2023-2026", not null */
    @JsonPropertyDescription("The id of the policy, such as \"venlo-ivb-2023-2026\".")
    String id();

    /** @return the municipality whose council adopts the policy, not null */
    @JsonPropertyDescription("The municipality (gemeente) whose council adopts the policy.")
    Municipality municipality();

    /** @return what the municipality calls the document, not null */
    @JsonPropertyDescription("What the municipality calls the document (soort document).")
    PolicyKind kind();

    /** @return the title as the document gives it, not null */
    @JsonPropertyDescription("The title as the document gives it.")
    String title();

    /** @return the period in the title (looptijd), both years inclusive, not null */
    @JsonPropertyDescription("The period in the title (looptijd), both years inclusive.")
    YearRange period();

    /** @return how and when the policy was adopted and is in force, not null */
    @JsonPropertyDescription("How and when the policy was adopted (vaststelling) and is in force (inwerkingtreding).")
    Adoption adoption();

    /**
     * Returns the other municipalities of a joint plan (gezamenlijk plan): one document that
     * several councils adopt, each for its own municipality. The {@link #municipality()} and
     * {@link #adoption()} are those of the first; validation judges each adoption, and each
     * municipality's series includes the plan with its own council's adoption.
     *
     * @return the other participants, not null, may be empty
     */
    @JsonPropertyDescription("The other municipalities of a joint plan (gezamenlijk plan), each with its own council's adoption.")
    List<JointParticipant> jointParticipants();

    /** @return the policies this one replaces, not null */
    @JsonPropertyDescription("The policies this one replaces (voorgangers).")
    List<Predecessor> predecessors();

    /** @return the shared ambition (ambitie), may be empty */
    @JsonPropertyDescription("The shared ambition (ambitie).")
    Optional<String> ambition();

    /** @return the strategic and baseline themes, not null */
    @JsonPropertyDescription("The strategic and baseline themes (geprioriteerde thema's, basisveiligheid).")
    List<Theme> themes();

    /** @return the cross-cutting threads (rode draden), not null */
    @JsonPropertyDescription("The cross-cutting threads (rode draden).")
    List<CrossCuttingThread> threads();

    /** @return the preconditions (randvoorwaarden), not null */
    @JsonPropertyDescription("The preconditions (randvoorwaarden).")
    List<Precondition> preconditions();

    /** @return the risks and caveats (kanttekeningen en risico's), not null */
    @JsonPropertyDescription("The risks and caveats (kanttekeningen en risico's).")
    List<Risk> risks();

    /** @return the safety goals (doelen), not null */
    @JsonPropertyDescription("The safety goals (doelen).")
    List<Goal> goals();

    /** @return the indicators that measure the goals, not null */
    @JsonPropertyDescription("The indicators (indicatoren) that measure the goals.")
    List<Indicator> indicators();

    /** @return the DIN networks (Doelen-Inspanningen-Netwerken), not null */
    @JsonPropertyDescription("The DIN networks (Doelen-Inspanningen-Netwerken).")
    List<DinNetwork> dinNetworks();

    /** @return the partners in safety (ketenpartners), not null */
    @JsonPropertyDescription("The partners in safety (ketenpartners).")
    List<Partner> partners();

    /** @return the governance roles (rollen en verantwoordelijkheden), not null */
    @JsonPropertyDescription("The governance roles (rollen en verantwoordelijkheden).")
    List<GovernanceRole> roles();

    /** @return the milestones of the planning and control cycle, not null */
    @JsonPropertyDescription("The milestones of the planning and control cycle (P&C-cyclus).")
    List<Milestone> milestones();

    /** @return the AVE escalation model, where the policy describes one, may be empty */
    @JsonPropertyDescription("The AVE escalation model (Aanpak ter Voorkoming van Escalatie), where the policy describes one.")
    Optional<AveModel> ave();

    /** @return the financial consequences, where the policy has any, may be empty */
    @JsonPropertyDescription("The financial consequences (financiële gevolgen), where the policy has any.")
    Optional<Budget> budget();

    /** @return the quantified facts the policy reports (kerncijfers), not null */
    @JsonPropertyDescription("The quantified facts the policy reports (kerncijfers).")
    List<KeyFigure> keyFigures();

    /**
     * Returns the parts of the document this record does not carry (niet in dit record), such as
     * everything but identity and adoption for a register entry built from metadata. They are
     * not absent from the policy, only from the record, so rules that read them stay silent.
     *
     * @return the parts left out, not null, may be empty
     */
    @JsonPropertyDescription("The parts of the document this record does not carry (niet in dit record); rules that read them are not run.")
    Set<PolicyPart> notRecorded();

    /**
     * Checks that the record carries nothing of a part it says it leaves out, and leaves out no
     * part every record carries.
     *
     * @throws InvalidValueException if it does
     */
    @Value.Check
    default void checkNotRecorded() {
        for (PolicyPart part : notRecorded()) {
            if (!part.mayBeLeftOut()) {
                throw new InvalidValueException("part " + part + " is in every record and cannot be left out",
                        InvalidValueException.Reason.PART_ALWAYS_RECORDED, "part", part);
            }
            if (carries(part)) {
                throw new InvalidValueException("part " + part + " is said not to be recorded but the record carries it",
                        InvalidValueException.Reason.PART_NOT_RECORDED_BUT_PRESENT, "part", part);
            }
        }
    }

    /**
     * Returns whether the record holds anything of a part that may be left out.
     *
     * @param part the part, not null
     * @return true if the part's lists or values are not all empty
     */
    default boolean carries(PolicyPart part) {
        switch (part) {
            case THEMES:
                return ambition().isPresent() || !themes().isEmpty() || !threads().isEmpty()
                        || !preconditions().isEmpty() || !risks().isEmpty();
            case GOALS:
                return !goals().isEmpty() || !indicators().isEmpty();
            case DIN_NETWORKS:
                return !dinNetworks().isEmpty();
            case GOVERNANCE:
                return !partners().isEmpty() || !roles().isEmpty();
            case CYCLE:
                return !milestones().isEmpty();
            case AVE:
                return ave().isPresent();
            case BUDGET:
                return budget().isPresent();
            case KEY_FIGURES:
                return !keyFigures().isEmpty();
            default:
                return true;
        }
    }

    /**
     * Returns this policy as a record that leaves parts out, as a register entry does: their
     * lists and values emptied, and the parts added to {@link #notRecorded()}.
     *
     * @param parts the parts to leave out, each one that {@link PolicyPart#mayBeLeftOut() may be left out}, not null
     * @return the record, not null
     * @throws InvalidValueException if a part is one every record carries
     */
    default SafetyPolicy leavingOut(Set<PolicyPart> parts) {
        ImmutableSafetyPolicy record = ImmutableSafetyPolicy.copyOf(this);
        for (PolicyPart part : parts) {
            switch (part) {
                case THEMES:
                    record = record.withAmbition(Optional.empty()).withThemes(List.of()).withThreads(List.of())
                            .withPreconditions(List.of()).withRisks(List.of());
                    break;
                case GOALS:
                    record = record.withGoals(List.of()).withIndicators(List.of());
                    break;
                case DIN_NETWORKS:
                    record = record.withDinNetworks(List.of());
                    break;
                case GOVERNANCE:
                    record = record.withPartners(List.of()).withRoles(List.of());
                    break;
                case CYCLE:
                    record = record.withMilestones(List.of());
                    break;
                case AVE:
                    record = record.withAve(Optional.empty());
                    break;
                case BUDGET:
                    record = record.withBudget(Optional.empty());
                    break;
                case KEY_FIGURES:
                    record = record.withKeyFigures(List.of());
                    break;
                default:
                    // The check of notRecorded below refuses it.
                    break;
            }
        }
        Set<PolicyPart> notRecorded = EnumSet.noneOf(PolicyPart.class);
        notRecorded.addAll(notRecorded());
        notRecorded.addAll(parts);
        return record.withNotRecorded(notRecorded);
    }

    /** @return a new builder, not null */
    static ImmutableSafetyPolicy.Builder builder() {
        return ImmutableSafetyPolicy.builder();
    }
}
