/**
 * Identity: CBS codes of the municipality, its districts and neighbourhoods.
 */
package io.github.ivplib.validation.identity;
