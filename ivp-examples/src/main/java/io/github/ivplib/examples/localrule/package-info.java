/**
 * How a municipality adds a rule of its own to the validator: an example local rule in its own
 * id namespace, with its messages in Dutch and English beside it.
 */
@NullMarked
package io.github.ivplib.examples.localrule;

import org.jspecify.annotations.NullMarked;
