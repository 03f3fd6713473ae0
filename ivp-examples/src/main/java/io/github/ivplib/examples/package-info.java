/**
 * The Venlo IVB 2023-2026 and Roermond IVP 2024-2027 as bundled policies, and a runnable example
 * that builds a policy; {@code cli} holds the command-line validator, {@code localrule} an
 * example of a municipality's own rule.
 */
@NullMarked
package io.github.ivplib.examples;

import org.jspecify.annotations.NullMarked;
