/**
 * Budgets: amendments that balance per year, balance tables that add up within their rounding, complete years, known task fields, no fractions of cents.
 */
@NullMarked
package io.github.ivplib.validation.budget;

import org.jspecify.annotations.NullMarked;
