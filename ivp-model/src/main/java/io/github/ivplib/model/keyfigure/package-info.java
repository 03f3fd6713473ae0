/**
 * Quantified facts a policy reports (kerncijfers), such as events per year or cameras in use.
 */
@NullMarked
@PolicyStyle
package io.github.ivplib.model.keyfigure;

import io.github.ivplib.model.PolicyStyle;

import org.jspecify.annotations.NullMarked;
