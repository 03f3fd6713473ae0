/**
 * DIN networks (Doelen-Inspanningen-Netwerk): goals, results (resultaten, baten) and efforts (inspanningen) along the lines detect, prevent and contain.
 */
@NullMarked
@PolicyStyle
package io.github.ivplib.model.din;

import io.github.ivplib.model.PolicyStyle;

import org.jspecify.annotations.NullMarked;
