package io.github.ivplib.validation.testing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.assertj.core.api.AbstractAssert;

import io.github.ivplib.validation.Finding;
import io.github.ivplib.validation.Severity;
import io.github.ivplib.validation.ValidationReport;

import org.jspecify.annotations.Nullable;

/**
 * AssertJ assertions on a {@link ValidationReport}; start with
 * {@link PolicyAssertions#assertThat(ValidationReport)}.
 * <p>
 * Every failure message says what was expected and then lists all the report's findings, one
 * a line ({@code severity rule-id pointer values}, the line and column where known, and the
 * message in the report's language), under the report's source.
 * <p>
 * Like every AssertJ assertion object, an instance is meant for one chain in one thread.
 */
public final class ValidationReportAssert extends AbstractAssert<ValidationReportAssert, ValidationReport> {

    /**
     * Creates the assertion; {@link PolicyAssertions#assertThat(ValidationReport)} reads better.
     *
     * @param actual the report to check, may be null (every assertion then fails)
     */
    public ValidationReportAssert(@Nullable ValidationReport actual) {
        super(actual, ValidationReportAssert.class);
    }

    /**
     * Verifies that no finding is an error.
     *
     * @return this assertion, not null
     */
    public ValidationReportAssert hasNoErrors() {
        isNotNull();
        long errors = actual.count(Severity.ERROR);
        if (errors > 0) {
            fail("Expecting no errors, but found " + errors + ".");
        }
        return myself;
    }

    /**
     * Verifies that the report has no finding at all, of any severity.
     *
     * @return this assertion, not null
     */
    public ValidationReportAssert hasNoFindings() {
        isNotNull();
        if (!actual.findings().isEmpty()) {
            fail("Expecting no findings, but found " + actual.findings().size() + ".");
        }
        return myself;
    }

    /**
     * Verifies that no finding is as serious as a level or more, as a CI gate asks: with
     * {@link Severity#WARNING}, errors and warnings fail and information passes.
     *
     * @param level the least severity that fails, not null
     * @return this assertion, not null
     */
    public ValidationReportAssert hasNoFindingsAtLeast(Severity level) {
        Objects.requireNonNull(level, "level");
        isNotNull();
        long serious = actual.findings().stream().filter(f -> f.severity().isAtLeast(level)).count();
        if (serious > 0) {
            fail("Expecting no findings at " + level + " or more serious, but found " + serious + ".");
        }
        return myself;
    }

    /**
     * Verifies that the report has a finding of a rule, anywhere.
     *
     * @param ruleId the rule id, such as "politiewet-38b/adopted-by-council", not null
     * @return this assertion, not null
     */
    public ValidationReportAssert hasFinding(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        isNotNull();
        if (matching(of(ruleId)).isEmpty()) {
            fail("Expecting a finding of rule " + ruleId + ", but found none.");
        }
        return myself;
    }

    /**
     * Verifies that the report has a finding of a rule at a place in the document.
     *
     * @param ruleId the rule id, not null
     * @param pointer the JSON Pointer of the finding, "" for the whole document, not null
     * @return this assertion, not null
     */
    public ValidationReportAssert hasFinding(String ruleId, String pointer) {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(pointer, "pointer");
        isNotNull();
        if (matching(of(ruleId, pointer)).isEmpty()) {
            fail("Expecting a finding of rule " + ruleId + " at " + Listing.pointer(pointer) + ", but found none.");
        }
        return myself;
    }

    /**
     * Verifies that the report has a finding of a rule at a place whose values include the given
     * ones; the finding may carry more values than those given.
     *
     * @param ruleId the rule id, not null
     * @param pointer the JSON Pointer of the finding, "" for the whole document, not null
     * @param values the values the finding carries by name, such as year=2025, not null
     * @return this assertion, not null
     */
    public ValidationReportAssert hasFindingWithValues(String ruleId, String pointer, Map<String, String> values) {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(pointer, "pointer");
        Map<String, String> expected = Map.copyOf(values);
        isNotNull();
        Predicate<Finding> withValues = f -> f.values().entrySet().containsAll(expected.entrySet());
        if (matching(of(ruleId, pointer).and(withValues)).isEmpty()) {
            fail("Expecting a finding of rule " + ruleId + " at " + Listing.pointer(pointer)
                    + " with values " + expected + ", but found none.");
        }
        return myself;
    }

    /**
     * Verifies that the report has exactly one finding of a rule, and returns an assertion on it.
     *
     * @param ruleId the rule id, not null
     * @return an assertion on the finding, not null
     */
    public FindingAssert hasSingleFinding(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        isNotNull();
        return single(of(ruleId), "of rule " + ruleId);
    }

    /**
     * Verifies that the report has exactly one finding of a rule at a place, and returns an
     * assertion on it.
     *
     * @param ruleId the rule id, not null
     * @param pointer the JSON Pointer of the finding, "" for the whole document, not null
     * @return an assertion on the finding, not null
     */
    public FindingAssert hasSingleFinding(String ruleId, String pointer) {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(pointer, "pointer");
        isNotNull();
        return single(of(ruleId, pointer), "of rule " + ruleId + " at " + Listing.pointer(pointer));
    }

    /**
     * Verifies that the report has no finding of a rule, anywhere.
     *
     * @param ruleId the rule id, not null
     * @return this assertion, not null
     */
    public ValidationReportAssert doesNotHaveFinding(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        isNotNull();
        int found = matching(of(ruleId)).size();
        if (found > 0) {
            fail("Expecting no finding of rule " + ruleId + ", but found " + found + ".");
        }
        return myself;
    }

    private FindingAssert single(Predicate<Finding> condition, String what) {
        List<Finding> found = matching(condition);
        if (found.size() != 1) {
            fail("Expecting exactly one finding " + what + ", but found " + found.size() + ".");
        }
        FindingAssert finding = new FindingAssert(found.get(0), Listing.source(actual),
                Locale.forLanguageTag(actual.language()));
        // A description given to the report, as(...), goes on to the finding's failures.
        return info.hasDescription() ? finding.as(info.description()) : finding;
    }

    private List<Finding> matching(Predicate<Finding> condition) {
        return actual.findings().stream().filter(condition).collect(Collectors.toList());
    }

    private static Predicate<Finding> of(String ruleId) {
        return f -> f.ruleId().equals(ruleId);
    }

    private static Predicate<Finding> of(String ruleId, String pointer) {
        return of(ruleId).and(f -> f.pointer().equals(pointer));
    }

    private void fail(String expectation) {
        // The message is a format; passed as its argument, a '%' in a finding stays as written.
        failWithMessage("%s", expectation + "\n" + Listing.findings(actual));
    }
}
