/**
 * Strategic and baseline themes (geprioriteerde thema's, basisveiligheid), cross-cutting threads (rode draden), preconditions (randvoorwaarden) and risks.
 */
@NullMarked
@PolicyStyle
package io.github.ivplib.model.theme;

import io.github.ivplib.model.PolicyStyle;

import org.jspecify.annotations.NullMarked;
