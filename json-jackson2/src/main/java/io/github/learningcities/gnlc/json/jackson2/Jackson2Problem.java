package io.github.learningcities.gnlc.json.jackson2;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;

/**
 * A Jackson 2 exception (checked) carried through the codecs, which know only runtime exceptions,
 * and unwrapped where Jackson called the module. Never escapes the module.
 */
final class Jackson2Problem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  Jackson2Problem(IOException problem) {
    super(problem.getMessage(), problem, false, false);
  }

  /** Returns the Jackson exception carried. */
  IOException problem() {
    return (IOException) getCause();
  }

  /**
   * Prepends a step to the path: a syntax error becomes a mapping exception with a path, as Jackson
   * 2's own deserializers do ({@link JsonMappingException#wrapWithPath}).
   */
  Jackson2Problem at(Object referrer, String name) {
    return with(JsonMappingException.wrapWithPath(problem(), referrer, name));
  }

  /** Prepends an array index to the path. */
  Jackson2Problem at(Object referrer, int index) {
    return with(JsonMappingException.wrapWithPath(problem(), referrer, index));
  }

  private Jackson2Problem with(JsonMappingException e) {
    return e == getCause() ? this : new Jackson2Problem(e);
  }

  /** Wraps a Jackson exception thrown by a parser, a generator or a context. */
  static Jackson2Problem of(IOException e) {
    return new Jackson2Problem(e);
  }

  /** Tells whether the carried exception is Jackson's. */
  boolean isJackson() {
    return getCause() instanceof JsonProcessingException;
  }
}
