package io.github.ivplib.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.immutables.value.Value;

/**
 * The one Immutables style of every policy value type.
 * <p>
 * Generated implementations are public so that callers can use their builders, depend on
 * the JDK only (no Guava at run time), and report every missing required attribute at once
 * through {@link MissingFieldException}. The style is kept in the sources and generated code
 * carries no Immutables annotation, so that users compile against the jars without Immutables
 * on their class path and without warnings about it.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
        jdkOnly = true,
        visibility = Value.Style.ImplementationVisibility.PUBLIC,
        throwForInvalidImmutableState = MissingFieldException.class,
        allowedClasspathAnnotations = Override.class)
public @interface PolicyStyle {
}
