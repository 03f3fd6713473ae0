/**
 * The planning and control cycle: milestones within the period, implementation plans for every year, evaluation before the successor, a safety monitor, competent actors (rule ids pc-cycle/...).
 */
@NullMarked
package io.github.ivplib.validation.cycle;

import org.jspecify.annotations.NullMarked;
