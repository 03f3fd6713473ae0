/**
 * The command-line validator, {@code ivp}: validates policy files and directories together, as
 * a register or a CI job does, and reports in text for people, in the library's report JSON
 * for tools, or in SARIF for code scanning; {@code ivp report} writes one HTML page of them
 * ({@link io.github.ivplib.report.HtmlReport}). Built as {@code ivp-examples/target/ivp-cli.jar}.
 */
@NullMarked
package io.github.ivplib.examples.cli;

import org.jspecify.annotations.NullMarked;
