/**
 * Themes and goals: focus on few strategic themes, each with goals, and goals that can be measured (rule ids themes/..., goals/...).
 */
@NullMarked
package io.github.ivplib.validation.theme;

import org.jspecify.annotations.NullMarked;
