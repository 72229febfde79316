package io.github.learningcities.gnlc.examples.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * A small HTTP/1.1 service on the JDK's {@code com.sun.net.httpserver}: exact-path routes, a
 * bounded thread pool, a body limit checked before reading, RFC 9457 problems for every error and
 * one access-log line per request. Never sends a stack trace to a client.
 */
final class HttpService implements AutoCloseable {
  /** The largest request body accepted: 1 MiB. */
  static final int MAX_BODY_BYTES = 1 << 20;

  /**
   * Caps of the JDK's server, set before it is first used unless already given on the command line:
   * request headers (count and size), request and response time, open connections.
   */
  static final java.util.Map<String, String> SERVER_LIMITS =
      java.util.Map.of(
          "sun.net.httpserver.maxReqHeaders", "64",
          "sun.net.httpserver.maxReqHeaderSize", "65536",
          "sun.net.httpserver.maxReqTime", "30",
          "sun.net.httpserver.maxRspTime", "30",
          "jdk.httpserver.maxConnections", "256");

  private final HttpServer server;
  private final ThreadPoolExecutor executor;
  private final List<Route> routes;
  private final BiFunction<Exception, String, HttpResponse> errors;
  private final PrintStream accessLog;

  private HttpService(
      HttpServer server,
      ThreadPoolExecutor executor,
      List<Route> routes,
      BiFunction<Exception, String, HttpResponse> errors,
      PrintStream accessLog) {
    this.server = server;
    this.executor = executor;
    this.routes = List.copyOf(routes);
    this.errors = errors;
    this.accessLog = accessLog;
  }

  /**
   * Starts a service.
   *
   * @param address  where to listen; port 0 picks a free port
   * @param threads  the number of worker threads
   * @param routes  the endpoints
   * @param errors  turns a handler's exception and the path into a response (a 400 problem for bad input)
   * @param accessLog  where the access log goes
   */
  static HttpService start(
      InetSocketAddress address,
      int threads,
      List<Route> routes,
      BiFunction<Exception, String, HttpResponse> errors,
      PrintStream accessLog)
      throws IOException {
    SERVER_LIMITS.forEach((name, value) -> {
      if (System.getProperty(name) == null) {
        System.setProperty(name, value);
      }
    });
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor executor =
        new ThreadPoolExecutor(
            threads,
            threads,
            30,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(threads * 16),
            task -> {
              Thread thread = new Thread(task, "gnlc-http-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            },
            new ThreadPoolExecutor.CallerRunsPolicy());
    HttpServer server = HttpServer.create(address, 64);
    HttpService service = new HttpService(server, executor, routes, errors, accessLog);
    server.createContext("/", service::exchange);
    server.setExecutor(executor);
    server.start();
    return service;
  }

  /** The port the service listens on. */
  int port() {
    return server.getAddress().getPort();
  }

  /** Stops accepting requests, lets running ones finish for up to a second, then stops. */
  @Override
  public void close() {
    server.stop(1);
    executor.shutdown();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void exchange(HttpExchange exchange) {
    long start = System.nanoTime();
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getRawPath();
    HttpResponse response;
    try {
      response = dispatch(exchange, method, path);
    } catch (RuntimeException e) {
      response =
          Problem.of(500, "internal-error", "Internal error",
              "the request could not be answered", path, null);
    }
    int written = send(exchange, response);
    accessLog.printf(
        Locale.ROOT,
        "%s \"%s %s\" %d %dB %dms%n",
        exchange.getRemoteAddress() == null ? "-" : exchange.getRemoteAddress().getAddress()
            .getHostAddress(),
        method,
        path,
        response.status(),
        written,
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
  }

  private HttpResponse dispatch(HttpExchange exchange, String method, String path) {
    List<Route> forPath = new ArrayList<>();
    for (Route route : routes) {
      if (route.path().equals(path)) {
        forPath.add(route);
      }
    }
    if (forPath.isEmpty()) {
      return Problem.of(404, "not-found", "Not found", "no endpoint at " + path, path, null);
    }
    Route route = null;
    for (Route candidate : forPath) {
      if (candidate.method().equals(method)) {
        route = candidate;
      }
    }
    if (route == null) {
      String allow = String.join(", ", forPath.stream().map(Route::method).toList());
      return Problem.of(405, "method-not-allowed", "Method not allowed",
              method + " is not allowed on " + path + "; use " + allow, path, null)
          .withHeader("Allow", allow);
    }
    byte[] body = new byte[0];
    if (route.hasBody()) {
      String type = Objects.requireNonNullElse(
          exchange.getRequestHeaders().getFirst("Content-Type"), "");
      String mediaType = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
      if (!mediaType.equals("application/json")) {
        return Problem.of(415, "unsupported-media-type", "Unsupported media type",
            "send the body as application/json, not " + (type.isEmpty() ? "nothing" : type),
            path, null);
      }
      long declared = parseLength(exchange.getRequestHeaders().getFirst("Content-Length"));
      try {
        body = BoundedBody.read(exchange.getRequestBody(), declared, MAX_BODY_BYTES);
      } catch (RequestTooLargeException e) {
        return Problem.of(413, "payload-too-large", "Payload too large",
            e.getMessage(), path, null);
      } catch (IOException e) {
        return Problem.of(400, "unreadable-body", "Unreadable body",
            "the request body could not be read", path, null);
      }
    }
    Route.Request request =
        new Route.Request(
            path,
            Objects.requireNonNullElse(exchange.getRequestURI().getRawQuery(), ""),
            Objects.requireNonNullElse(exchange.getRequestHeaders().getFirst("Accept-Language"), ""),
            body);
    try {
      return route.handler().handle(request);
    } catch (Exception e) {
      return errors.apply(e, path);
    }
  }

  private static long parseLength(String header) {
    if (header == null) {
      return -1;
    }
    try {
      return Long.parseLong(header.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static int send(HttpExchange exchange, HttpResponse response) {
    try (exchange) {
      exchange.getResponseHeaders().set("Content-Type", response.contentType());
      response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
      if (response.status() == 413) {
        exchange.getResponseHeaders().set("Connection", "close");
      }
      exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1
          : response.body().length);
      if (response.body().length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(response.body());
        }
      }
      return response.body().length;
    } catch (IOException e) {
      return 0; // the client went away
    }
  }
}
