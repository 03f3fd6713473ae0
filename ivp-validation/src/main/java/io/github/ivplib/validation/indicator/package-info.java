/**
 * Indicators: report marks and percentages in range, targets after baselines, within the period and in the stated direction, districts below their minimum, conflicting measurements.
 */
package io.github.ivplib.validation.indicator;
