package io.github.learningcities.gnlc.examples.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a request body, refusing it as soon as it passes the limit (never holds more). */
final class BoundedBody {
  private BoundedBody() {}

  static byte[] read(InputStream in, long declaredLength, int limit) throws IOException {
    if (declaredLength > limit) {
      throw new RequestTooLargeException(limit);
    }
    ByteArrayOutputStream out =
        new ByteArrayOutputStream(declaredLength > 0 ? (int) declaredLength : 1024);
    byte[] buffer = new byte[8192];
    int total = 0;
    int n;
    while ((n = in.read(buffer)) != -1) {
      total += n;
      if (total > limit) {
        throw new RequestTooLargeException(limit);
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }
}
