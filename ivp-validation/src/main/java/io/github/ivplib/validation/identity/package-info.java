/**
 * Identity: CBS codes of the municipality, its districts and neighbourhoods.
 */
@NullMarked
package io.github.ivplib.validation.identity;

import org.jspecify.annotations.NullMarked;
