package io.github.learningcities.gnlc.examples.serve;

import java.io.IOException;

/** A request body went over the size limit. */
final class RequestTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  RequestTooLargeException(long limit) {
    super("the request body is larger than " + limit + " bytes");
  }
}
