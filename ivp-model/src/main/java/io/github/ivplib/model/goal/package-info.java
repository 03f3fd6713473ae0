/**
 * Goals (doelen) and the indicators (indicatoren) that make them measurable: baselines, targets and measurements such as Veiligheidsmonitor report marks.
 */
@NullMarked
@PolicyStyle
package io.github.ivplib.model.goal;

import io.github.ivplib.model.PolicyStyle;

import org.jspecify.annotations.NullMarked;
