/**
 * The planning and control cycle (planning- en controlcyclus): milestones by year and quarter.
 */
@NullMarked
@PolicyStyle
package io.github.ivplib.model.cycle;

import io.github.ivplib.model.PolicyStyle;

import org.jspecify.annotations.NullMarked;
