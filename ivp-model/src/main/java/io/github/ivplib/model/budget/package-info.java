/**
 * Budget amendments (begrotingswijzigingen), multi-year balance tables (meerjarig begrotingssaldo) and staffing changes (formatie). Amounts are exact decimals.
 */
@NullMarked
@PolicyStyle
package io.github.ivplib.model.budget;

import io.github.ivplib.model.PolicyStyle;

import org.jspecify.annotations.NullMarked;
