package io.github.learningcities.gnlc.examples.serve;

import java.util.OptionalLong;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.IdleTimeout;
import org.eclipse.jetty.server.internal.HttpConnection;

/**
 * What an open connection is doing, read from Jetty's HTTP/1.1 parser (which Jetty keeps in its
 * {@code internal} package; the only place the service reads it): waiting for a request, in the
 * middle of a request's line and headers, or busy with a request.
 */
final class ConnectionState {
  private ConnectionState() {}

  /**
   * How long a connection has waited between requests (or since it opened) without a byte.
   *
   * @return the milliseconds, or empty when a request is under way or it is not HTTP/1.1
   */
  static OptionalLong idleMillis(EndPoint endPoint) {
    HttpParser parser = parser(endPoint);
    if (parser == null || parser.getState() != HttpParser.State.START
        || !(endPoint instanceof IdleTimeout)) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(((IdleTimeout) endPoint).getIdleFor());
  }

  /**
   * How long a connection has been receiving a request's line and headers, from their first byte.
   *
   * @param now  {@link System#nanoTime()}
   * @return the nanoseconds, or empty when it is not in the middle of a request's head
   */
  static OptionalLong inHeadNanos(EndPoint endPoint, long now) {
    HttpParser parser = parser(endPoint);
    if (parser == null) {
      return OptionalLong.empty();
    }
    HttpParser.State state = parser.getState();
    boolean inHead = state.compareTo(HttpParser.State.START) > 0
        && state.compareTo(HttpParser.State.CONTENT) < 0;
    return inHead ? OptionalLong.of(now - parser.getBeginNanoTime()) : OptionalLong.empty();
  }

  private static HttpParser parser(EndPoint endPoint) {
    return endPoint.getConnection() instanceof HttpConnection
        ? ((HttpConnection) endPoint.getConnection()).getParser()
        : null;
  }
}
