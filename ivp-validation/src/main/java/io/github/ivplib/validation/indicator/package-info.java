/**
 * Indicators: report marks and percentages in range, targets after baselines, within the period and in the stated direction, districts below their minimum, conflicting measurements.
 */
@NullMarked
package io.github.ivplib.validation.indicator;

import org.jspecify.annotations.NullMarked;
