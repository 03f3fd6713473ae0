/**
 * Checks for downstream test suites that keep policy files in git: AssertJ assertions on a
 * {@link io.github.ivplib.validation.ValidationReport} ({@link
 * io.github.ivplib.validation.testing.PolicyAssertions}) and a directory of policy files as
 * JUnit 5 dynamic tests, one per file ({@link io.github.ivplib.validation.testing.PolicyFileTests}).
 * A failure lists the report's findings, one a line, with the file they are in, so that a
 * failing build says what to fix.
 * <p>
 * AssertJ and JUnit Jupiter are <em>optional</em> dependencies of ivp-validation: an
 * application that only validates never has them on its class path. A test suite that uses
 * this package already has them; it declares {@code assertj-core} and
 * {@code junit-jupiter-api} (or {@code junit-jupiter}) in its own test scope, at versions of its
 * choosing, and nothing of them leaks into what it ships.
 */
@NullMarked
package io.github.ivplib.validation.testing;

import org.jspecify.annotations.NullMarked;
