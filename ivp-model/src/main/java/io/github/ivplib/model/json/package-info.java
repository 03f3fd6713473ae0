/**
 * Reading and writing a policy as JSON: {@link io.github.ivplib.model.json.PolicyJson} is the
 * one entry point, {@link io.github.ivplib.model.json.PolicyReadException} the one error. It
 * reads under the default {@link io.github.ivplib.model.json.ReadLimits}, and gives a
 * {@link io.github.ivplib.model.json.PolicyReader} that reads the same way under others.
 */
@NullMarked
package io.github.ivplib.model.json;

import org.jspecify.annotations.NullMarked;
