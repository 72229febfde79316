package io.github.learningcities.gnlc.internal;

import io.github.learningcities.gnlc.MissingValueException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every gnlc value package: generated classes stay package-private behind
 * the public abstract types, use only the JDK, report a required attribute missing at
 * {@code build()} with gnlc's own {@link MissingValueException} and a null argument with a
 * {@link NullPointerException} naming it, as every public method of gnlc does.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = false),
    throwForInvalidImmutableState = MissingValueException.class)
public @interface GnlcStyle {}
