/**
 * The integrity of the document: ids unique per kind, references that resolve (rule ids model/...).
 */
@NullMarked
package io.github.ivplib.validation.integrity;

import org.jspecify.annotations.NullMarked;
