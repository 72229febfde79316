package io.github.learningcities.gnlc.examples.serve;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;

/**
 * One line per request, written by Jetty once the response is complete, so it records the status
 * and the body bytes really sent: {@code 127.0.0.1 "GET /health" 200 15B 1ms}. A request whose
 * request line could not be parsed is logged as {@code "- -"}.
 */
final class AccessLog implements RequestLog {
  /**
   * The request attribute where {@link RouteHandler#send} records the body bytes it wrote: Jetty
   * does not count those of an answer written by the error handler.
   */
  static final String BODY_BYTES = "io.github.learningcities.gnlc.serve.bodyBytes";

  /** The path Jetty gives a request whose request line it could not parse. */
  private static final String UNPARSED = "/badMessage";

  private final PrintStream out;

  AccessLog(PrintStream out) {
    this.out = out;
  }

  @Override
  public void log(Request request, Response response) {
    Optional<String> path = path(request);
    Object recorded = request.getAttribute(BODY_BYTES);
    long bytes = Math.max(Response.getContentBytesWritten(response),
        recorded instanceof Integer ? (Integer) recorded : 0);
    if (HttpMethod.HEAD.is(request.getMethod())) {
      bytes = 0;
    }
    out.printf(Locale.ROOT, "%s \"%s %s\" %d %dB %dms%n",
        Request.getRemoteAddr(request),
        path.isPresent() ? request.getMethod() : "-",
        path.orElse("-"),
        response.getStatus(),
        bytes,
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - request.getBeginNanoTime()));
  }

  /**
   * Returns the raw path of a request, if its request line could be parsed.
   *
   * @param request  the request
   * @return the path, or empty
   */
  static Optional<String> path(Request request) {
    try {
      return Optional.ofNullable(request.getHttpURI().getPath())
          .filter(path -> !path.equals(UNPARSED));
    } catch (RuntimeException unparsable) {
      return Optional.empty();
    }
  }
}
