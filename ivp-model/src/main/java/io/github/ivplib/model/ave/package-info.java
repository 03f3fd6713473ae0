/**
 * The AVE escalation model (Aanpak ter Voorkoming van Escalatie): four phases, who holds direction (regie) in each, and recorded cases.
 */
@NullMarked
@PolicyStyle
package io.github.ivplib.model.ave;

import io.github.ivplib.model.PolicyStyle;

import org.jspecify.annotations.NullMarked;
