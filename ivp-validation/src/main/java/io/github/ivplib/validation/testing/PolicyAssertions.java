package io.github.ivplib.validation.testing;

import io.github.ivplib.validation.Finding;
import io.github.ivplib.validation.ValidationReport;

import org.jspecify.annotations.Nullable;

/**
 * The entry point of the AssertJ assertions on validation results, for a static import beside
 * AssertJ's own {@code Assertions.assertThat}: Java picks this one for a report or a finding.
 * <pre>{@code
 * assertThat(Validator.defaults().validate(Path.of("ivp-2024-2027.json")))
 *         .hasNoErrors()
 *         .hasSingleFinding("themes/focus", "/themes")
 *         .hasValue("max", "5");
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PolicyAssertions {

    private PolicyAssertions() {
    }

    /**
     * Starts assertions on a validation report.
     *
     * @param actual the report, may be null (every assertion then fails)
     * @return the assertion, not null
     */
    public static ValidationReportAssert assertThat(@Nullable ValidationReport actual) {
        return new ValidationReportAssert(actual);
    }

    /**
     * Starts assertions on one finding.
     *
     * @param actual the finding, may be null (every assertion then fails)
     * @return the assertion, not null
     */
    public static FindingAssert assertThat(@Nullable Finding actual) {
        return new FindingAssert(actual);
    }
}
