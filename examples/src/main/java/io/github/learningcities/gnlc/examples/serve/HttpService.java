package io.github.learningcities.gnlc.examples.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The eligibility service's HTTP/1.1 server: Jetty 12 with its core {@code Handler} API. Reads
 * and writes without blocking, so slow and idle clients hold no thread; caps headers, bodies and
 * connections (see {@link Limits}); answers every error as an RFC 9457 problem; sets TCP_NODELAY;
 * writes one access-log line per request; and on {@link #close()} stops accepting, lets running
 * requests finish within the stop timeout, then stops.
 */
final class HttpService implements AutoCloseable {
  private final Server server;
  private final ServerConnector connector;
  private final ScheduledThreadPoolExecutor timer;

  private HttpService(Server server, ServerConnector connector, ScheduledThreadPoolExecutor timer) {
    this.server = server;
    this.connector = connector;
    this.timer = timer;
  }

  /**
   * Starts a service.
   *
   * @param address  where to listen; port 0 picks a free port
   * @param limits  the limits
   * @param routes  the endpoints
   * @param errors  turns a route's exception and the path into a problem, or gives empty for an
   *     unexpected one
   * @param accessLog  where the access log goes
   * @return the running service
   * @throws IOException if the address cannot be bound
   */
  static HttpService start(
      InetSocketAddress address,
      Limits limits,
      List<Route> routes,
      BiFunction<Exception, String, Optional<HttpResponse>> errors,
      PrintStream accessLog)
      throws IOException {
    QueuedThreadPool threads = new QueuedThreadPool(limits.threads(), 4);
    threads.setName("gnlc-http");
    Server server = new Server(threads);
    server.setStopAtShutdown(false); // serve stops it itself, so that it can log the stop
    server.setStopTimeout(limits.stopTimeout().toMillis());

    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    http.setRequestHeaderSize(limits.maxHeaderBytes());
    http.setHttpCompliance(HttpCompliance.RFC9110);
    http.setUriCompliance(UriCompliance.DEFAULT);
    http.setIdleTimeout(limits.idleTimeout().toMillis());

    ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
      Thread thread = new Thread(task, "gnlc-timeouts");
      thread.setDaemon(true);
      return thread;
    });
    timer.setRemoveOnCancelPolicy(true);

    ServerConnector connector = new ServerConnector(server, 1, 1,
        new ConnectionCap(limits.maxConnections(), limits.refusalIdleTimeout()),
        new HttpConnectionFactory(http));
    connector.setHost(address.getHostString());
    connector.setPort(address.getPort());
    connector.setIdleTimeout(limits.idleTimeout().toMillis());
    connector.setShutdownIdleTimeout(limits.stopIdleTimeout().toMillis());
    connector.setAcceptedTcpNoDelay(true); // no Nagle delay on keep-alive answers
    connector.setAcceptQueueSize(1024);
    connector.setReuseAddress(true);
    server.addConnector(connector);

    server.setErrorHandler(new ProblemErrorHandler());
    server.setRequestLog(new AccessLog(accessLog));
    server.setHandler(new GracefulHandler(new RouteHandler(routes, errors, limits, timer)));
    try {
      server.start();
    } catch (IOException e) {
      timer.shutdownNow();
      stopQuietly(server);
      throw e;
    } catch (Exception e) {
      timer.shutdownNow();
      stopQuietly(server);
      throw new IOException(e.getMessage(), e);
    }
    long sweep = Math.max(50, limits.headerTimeout().toMillis() / 4);
    timer.scheduleWithFixedDelay(
        new HeaderTimeout(connector, limits.headerTimeout().toNanos()), sweep, sweep,
        TimeUnit.MILLISECONDS);
    return new HttpService(server, connector, timer);
  }

  /** The port the service listens on. */
  int port() {
    return connector.getLocalPort();
  }

  /** The open connections (for tests: their socket options and idle timeouts). */
  Collection<EndPoint> connections() {
    return connector.getConnectedEndPoints();
  }

  /**
   * Stops gracefully: stops accepting, lets running requests finish (each logged with its real
   * status) within the stop timeout, then closes every connection.
   */
  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      stopQuietly(server);
    } finally {
      timer.shutdownNow();
    }
  }

  private static void stopQuietly(Server server) {
    try {
      server.setStopTimeout(0);
      server.stop();
    } catch (Exception ignored) {
      // stopping after a failed start or stop: nothing more to do
    }
  }
}
