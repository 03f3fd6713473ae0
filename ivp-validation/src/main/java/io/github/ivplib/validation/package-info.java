/**
 * The rule catalogue for Dutch integral safety policy as an embeddable validator.
 * <p>
 * Build a {@link io.github.ivplib.validation.Validator} once, configure it, and use it from any
 * thread; each call returns a {@link io.github.ivplib.validation.ValidationReport} whose
 * findings carry the catalogue's rule id, a severity, a JSON Pointer into the policy file,
 * the values involved and a message in Dutch and English. Sub-packages hold the rules by
 * domain concept.
 */
@NullMarked
@PolicyStyle
package io.github.ivplib.validation;

import io.github.ivplib.model.PolicyStyle;

import org.jspecify.annotations.NullMarked;
