package io.github.learningcities.gnlc.internal;

import io.github.learningcities.gnlc.MissingValueException;
import org.jspecify.annotations.Nullable;

/** gnlc's one null policy: a null argument throws {@link MissingValueException} naming it. */
public final class Require {
  private Require() {}

  /**
   * Returns an argument, or throws if it is null.
   *
   * @param <T>  the type
   * @param value  the argument
   * @param name  the parameter's name
   * @return the argument, never null
   * @throws MissingValueException if the argument is null
   */
  public static <T> T nonNull(@Nullable T value, String name) {
    if (value == null) {
      throw new MissingValueException(name);
    }
    return value;
  }
}
