/**
 * DIN networks (Doelen-Inspanningen-Netwerk): every effort contributes, every result serves a goal, every goal has results, every effort has a carrier.
 */
@NullMarked
package io.github.ivplib.validation.din;

import org.jspecify.annotations.NullMarked;
