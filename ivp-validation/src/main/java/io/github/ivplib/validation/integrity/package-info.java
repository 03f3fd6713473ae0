/**
 * The integrity of the document: ids unique per kind, references that resolve (rule ids model/...).
 */
package io.github.ivplib.validation.integrity;
