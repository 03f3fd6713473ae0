/**
 * Reading and writing a policy as JSON: {@link io.github.ivplib.model.json.PolicyJson} is the
 * one entry point, {@link io.github.ivplib.model.json.PolicyReadException} the one error.
 */
@NullMarked
package io.github.ivplib.model.json;

import org.jspecify.annotations.NullMarked;
