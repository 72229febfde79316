package io.github.learningcities.gnlc.examples.serve;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;

/**
 * Closes a connection whose request line and headers take longer than the header timeout from
 * their first byte, however slowly they trickle in (a client sending a byte a second never goes
 * idle). Run every quarter of the timeout.
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
      if (ConnectionState.inHeadNanos(endPoint, now).orElse(0) > timeoutNanos) {
        endPoint.close(new TimeoutException("request headers not complete after "
            + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms"));
      }
    }
  }
}
