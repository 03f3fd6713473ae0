/**
 * Politiewet 2012 art. 38b: the council adopts safety goals at least once every four years, and a series of plans keeps them in force.
 */
@NullMarked
package io.github.ivplib.validation.politiewet;

import org.jspecify.annotations.NullMarked;
