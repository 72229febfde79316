package io.github.learningcities.gnlc.examples.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
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
 * Caps open connections without locking new clients out. The connector keeps accepting; a
 * connection over the cap is answered at once with a 503 problem ({@code Retry-After: 1}) and
 * closed. While three quarters of the cap are open, every connection's idle timeout drops to the
 * pressure timeout, so idle clients give way to new ones within a second or so.
 *
 * <p>The first connection factory of the connector: it hands every connection within the cap to
 * the connector's {@link HttpConnectionFactory}.
 */
final class ConnectionCap extends AbstractConnectionFactory {
  private final Limits limits;
  private final byte[] refusal;
  private volatile boolean pressure;

  ConnectionCap(Limits limits) {
    super("gnlc-connection-cap");
    this.limits = limits;
    this.refusal = refusal(limits.maxConnections());
  }

  @Override
  public Connection newConnection(Connector connector, EndPoint endPoint) {
    AbstractConnector network = (AbstractConnector) connector;
    Collection<EndPoint> open = network.getConnectedEndPoints();
    int count = open.size(); // this connection is not counted yet
    if (count >= limits.maxConnections()) {
      return new Refusal(endPoint, network, refusal, limits.pressureIdleTimeout().toMillis());
    }
    if (count + 1 >= limits.maxConnections() * 3 / 4) {
      pressure = true;
      long idle = limits.pressureIdleTimeout().toMillis();
      open.forEach(e -> e.setIdleTimeout(Math.min(e.getIdleTimeout(), idle)));
      endPoint.setIdleTimeout(idle);
    } else if (pressure && count < limits.maxConnections() / 2) {
      pressure = false;
      open.forEach(e -> e.setIdleTimeout(network.getIdleTimeout()));
    }
    return network.getConnectionFactory(HttpConnectionFactory.class)
        .newConnection(connector, endPoint);
  }

  /** The 503 sent to a connection over the cap. */
  static byte[] refusal(int maxConnections) {
    HttpResponse problem = Problem.of(503, "too-many-connections", "Too many connections",
        "the service holds " + maxConnections + " connections, its limit; try again shortly",
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

    Refusal(EndPoint endPoint, AbstractConnector connector, byte[] answer, long idleTimeout) {
      super(endPoint, connector.getExecutor());
      endPoint.setIdleTimeout(idleTimeout);
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
