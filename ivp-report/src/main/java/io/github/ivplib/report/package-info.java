/**
 * One self-contained HTML page per policy register (rapportage van een beleidsregister): per
 * municipality the series of its policies drawn to scale, per policy its adoption, themes,
 * goals and indicators, and the findings of validation.
 * <p>
 * Build an {@link io.github.ivplib.report.HtmlReport} once with the language and reference
 * date, and write the page of {@link io.github.ivplib.report.ReportedPolicy reported policies}
 * or of policy files to any {@link java.lang.Appendable}. The page needs no network and no
 * script: its style and charts are inline.
 */
@NullMarked
package io.github.ivplib.report;

import org.jspecify.annotations.NullMarked;
