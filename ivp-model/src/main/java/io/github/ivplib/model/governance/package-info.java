/**
 * Partners (ketenpartners) and governance roles (gemeenteraad, college, burgemeester, lokale driehoek ...).
 */
@NullMarked
@PolicyStyle
package io.github.ivplib.model.governance;

import io.github.ivplib.model.PolicyStyle;

import org.jspecify.annotations.NullMarked;
