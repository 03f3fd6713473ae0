/**
 * Partners (ketenpartners) and governance roles (gemeenteraad, college, burgemeester, lokale driehoek ...).
 */
@PolicyStyle
package io.github.ivplib.model.governance;

import io.github.ivplib.model.PolicyStyle;
