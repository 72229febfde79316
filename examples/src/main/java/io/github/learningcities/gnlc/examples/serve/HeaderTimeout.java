package io.github.learningcities.gnlc.examples.serve;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.internal.HttpConnection;

/**
 * Closes a connection whose request line and headers take longer than the header timeout from
 * their first byte, however slowly they trickle in (a client sending a byte a second never goes
 * idle). Run every quarter of the timeout; it reads the state of Jetty's HTTP/1.1 parser, which
 * Jetty keeps in its {@code internal} package.
 */
final class HeaderTimeout implements Runnable {
  private final AbstractConnector connector;
  private final long timeoutNanos;

  HeaderTimeout(AbstractConnector connector, long timeoutNanos) {
    this.connector = connector;
    this.timeoutNanos = timeoutNanos;
  }

  @Override
  public void run() {
    long now = System.nanoTime();
    for (EndPoint endPoint : connector.getConnectedEndPoints()) {
      if (endPoint.getConnection() instanceof HttpConnection) {
        HttpParser parser = ((HttpConnection) endPoint.getConnection()).getParser();
        HttpParser.State state = parser.getState();
        boolean inHead = state.compareTo(HttpParser.State.START) > 0
            && state.compareTo(HttpParser.State.CONTENT) < 0;
        if (inHead && now - parser.getBeginNanoTime() > timeoutNanos) {
          endPoint.close(new TimeoutException("request headers not complete after "
              + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms"));
        }
      }
    }
  }
}
