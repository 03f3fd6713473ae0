/**
 * The typed model of a Dutch integral safety policy (integraal veiligheidsplan, IVP / IVB).
 * <p>
 * {@link io.github.ivplib.model.SafetyPolicy} is the root; sub-packages hold the parts by
 * domain concept. Every value is immutable, built with its builder, and read and written as
 * JSON through {@link io.github.ivplib.model.json.PolicyJson}.
 */
@NullMarked
@PolicyStyle
package io.github.ivplib.model;

import org.jspecify.annotations.NullMarked;
