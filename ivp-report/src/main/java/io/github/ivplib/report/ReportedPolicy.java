package io.github.ivplib.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.validation.ValidationReport;
import io.github.ivplib.validation.Validator;

/**
 * One entry of a register as the report shows it (geregistreerd plan): a policy with its
 * validation report, or only the report where the document could not be read.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ReportedPolicy {

    private final SafetyPolicy policy;
    private final ValidationReport report;

    private ReportedPolicy(SafetyPolicy policy, ValidationReport report) {
        this.policy = policy;
        this.report = Objects.requireNonNull(report, "report");
    }

    /**
     * Pairs a policy with its report.
     *
     * @param policy the policy, not null
     * @param report the report of its validation, in a register together with the rest of its series, not null
     * @return the entry, not null
     */
    public static ReportedPolicy of(SafetyPolicy policy, ValidationReport report) {
        return new ReportedPolicy(Objects.requireNonNull(policy, "policy"), report);
    }

    /**
     * An entry whose document could not be read: its report holds the {@code json/...} finding.
     *
     * @param report the report, not null
     * @return the entry, not null
     */
    public static ReportedPolicy unread(ValidationReport report) {
        return new ReportedPolicy(null, report);
    }

    /**
     * Validates policies as a register does (each on its own and each municipality's as a
     * series, {@link Validator#validateAll(List)}) and pairs each with its report.
     *
     * @param validator the validator, not null
     * @param policies the policies, not null
     * @return the entries, in the given order, not null
     */
    public static List<ReportedPolicy> validated(Validator validator, List<SafetyPolicy> policies) {
        List<ValidationReport> reports = validator.validateAll(policies);
        List<ReportedPolicy> entries = new ArrayList<>();
        for (int i = 0; i < policies.size(); i++) {
            entries.add(of(policies.get(i), reports.get(i)));
        }
        return entries;
    }

    /** @return the policy, empty where its document could not be read, not null */
    public Optional<SafetyPolicy> policy() {
        return Optional.ofNullable(policy);
    }

    /** @return the report of its validation, not null */
    public ValidationReport report() {
        return report;
    }
}
