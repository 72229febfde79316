package io.github.learningcities.gnlc.json.format;

import org.jspecify.annotations.Nullable;

/**
 * A property name of a table with the form a writer encoded it in, kept so that each name is
 * encoded once: a writer stores its own encoding ({@code SerializedString}) in {@link #encoded}
 * on first use. Racy by design: an encoding is immutable and computing it twice is harmless.
 */
public final class Name {
  /** The name. */
  public final String text;
  /** A writer's encoding of the name, or null before its first use. */
  public @Nullable Object encoded;

  Name(String text) {
    this.text = text;
  }
}
