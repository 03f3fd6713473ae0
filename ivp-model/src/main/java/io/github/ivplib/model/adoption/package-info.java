/**
 * How a policy came into force: the adopting body, decision and in-force dates, extensions (verlenging) and predecessors (voorgangers).
 */
@NullMarked
@PolicyStyle
package io.github.ivplib.model.adoption;

import io.github.ivplib.model.PolicyStyle;

import org.jspecify.annotations.NullMarked;
