/**
 * DIN networks (Doelen-Inspanningen-Netwerk): every effort contributes, every result serves a goal, every goal has results, every effort has a carrier.
 */
package io.github.ivplib.validation.din;
