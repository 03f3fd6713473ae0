/**
 * The AVE escalation model: four phases, direction assigned in each, self-direction decreasing, cases moving one phase at a time.
 */
@NullMarked
package io.github.ivplib.validation.ave;

import org.jspecify.annotations.NullMarked;
