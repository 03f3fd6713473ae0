/**
 * The municipality (gemeente) and its CBS districts (wijken) and neighbourhoods (buurten).
 */
@NullMarked
@PolicyStyle
package io.github.ivplib.model.municipality;

import io.github.ivplib.model.PolicyStyle;

import org.jspecify.annotations.NullMarked;
