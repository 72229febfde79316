package io.github.learningcities.gnlc.examples.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.io.AbstractConnection;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnectionFactory;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * Caps open connections without locking new clients out. The connector keeps accepting; at the
 * cap, the connection that has waited longest without a request in progress gives way (closed:
 * first one idle between requests, else one still sending its headers), and the new one is
 * served. Only when every connection is busy with a request is the new one answered at once with
 * a 503 problem ({@code Retry-After: 1}) and closed.
 *
 * <p>The first connection factory of the connector: it hands every connection it keeps to the
 * connector's {@link HttpConnectionFactory}.
 */
final class ConnectionCap extends AbstractConnectionFactory {
  private final int maxConnections;
  private final long refusalIdleMillis;
  private final byte[] refusal;
  /** Connections kept, counted as they are created (the connector counts them a little later). */
  private final AtomicInteger kept = new AtomicInteger();
  private final Connection.Listener uncount = new Connection.Listener() {
    @Override
    public void onClosed(Connection connection) {
      kept.decrementAndGet();
    }
  };

  ConnectionCap(int maxConnections, Duration refusalIdleTimeout) {
    super("gnlc-connection-cap");
    this.maxConnections = maxConnections;
    this.refusalIdleMillis = refusalIdleTimeout.toMillis();
    this.refusal = refusal(maxConnections);
  }

  @Override
  public Connection newConnection(Connector connector, EndPoint endPoint) {
    AbstractConnector network = (AbstractConnector) connector;
    if (kept.get() >= maxConnections) {
      Optional<EndPoint> givesWay = givesWay(network.getConnectedEndPoints());
      if (givesWay.isEmpty()) {
        return new Refusal(endPoint, network, refusal, refusalIdleMillis);
      }
      givesWay.get().close(new TimeoutException("idle, and the connection limit is reached"));
    }
    Connection connection = network.getConnectionFactory(HttpConnectionFactory.class)
        .newConnection(connector, endPoint);
    connection.addEventListener(uncount);
    kept.incrementAndGet();
    return connection;
  }

  /** The connection idle longest between requests, else the one longest in its headers. */
  private static Optional<EndPoint> givesWay(Collection<EndPoint> open) {
    long now = System.nanoTime();
    EndPoint idlest = null;
    long idleMillis = -1;
    EndPoint slowest = null;
    long headNanos = -1;
    for (EndPoint endPoint : open) {
      if (!endPoint.isOpen()) {
        continue; // already giving way
      }
      OptionalLong idle = ConnectionState.idleMillis(endPoint);
      if (idle.isPresent() && idle.getAsLong() > idleMillis) {
        idlest = endPoint;
        idleMillis = idle.getAsLong();
      }
      OptionalLong head = ConnectionState.inHeadNanos(endPoint, now);
      if (head.isPresent() && head.getAsLong() > headNanos) {
        slowest = endPoint;
        headNanos = head.getAsLong();
      }
    }
    return Optional.ofNullable(idlest != null ? idlest : slowest);
  }

  /** The 503 sent to a connection over the cap. */
  static byte[] refusal(int maxConnections) {
    HttpResponse problem = Problem.of(503, "too-many-connections", "Too many connections",
        "the service holds " + maxConnections + " connections, its limit, each busy with a "
            + "request; try again shortly",
        null);
    String head = "HTTP/1.1 503 Service Unavailable\r\n"
        + "Content-Type: " + problem.contentType() + "\r\n"
        + "Content-Length: " + problem.body().length + "\r\n"
        + "Retry-After: 1\r\n"
        + "Connection: close\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[headBytes.length + problem.body().length];
    System.arraycopy(headBytes, 0, all, 0, headBytes.length);
    System.arraycopy(problem.body(), 0, all, headBytes.length, problem.body().length);
    return all;
  }

  /**
   * Writes the 503, shuts output, then reads and drops whatever the client sends until it closes
   * or goes idle: closing with unread bytes would reset the connection before the client reads
   * the answer.
   */
  private static final class Refusal extends AbstractConnection {
    private final byte[] answer;
    private final ByteBuffer sink = BufferUtil.allocate(4096);

    Refusal(EndPoint endPoint, AbstractConnector connector, byte[] answer, long idleMillis) {
      super(endPoint, connector.getExecutor());
      endPoint.setIdleTimeout(idleMillis);
      this.answer = answer;
    }

    @Override
    public void onOpen() {
      super.onOpen();
      getEndPoint().write(Callback.from(() -> {
        getEndPoint().shutdownOutput();
        fillInterested();
      }, failure -> getEndPoint().close()), ByteBuffer.wrap(answer));
    }

    @Override
    public void onFillable() {
      try {
        while (true) {
          BufferUtil.clear(sink);
          int read = getEndPoint().fill(sink);
          if (read < 0) {
            getEndPoint().close();
            return;
          }
          if (read == 0) {
            fillInterested();
            return;
          }
        }
      } catch (java.io.IOException e) {
        getEndPoint().close();
      }
    }

    @Override
    public boolean onIdleExpired(TimeoutException timeout) {
      return true; // close
    }
  }
}
