package io.github.learningcities.gnlc.examples.serve;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BiFunction;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty's handler for the routes: exact paths; HEAD for every GET route; OPTIONS answers
 * {@code Allow}; 404, 405, 415, 413, 408 and 431 as RFC 9457 problems. A route's exception is
 * turned into a problem by the error mapper; one it does not know is logged once, with its stack,
 * to the server log and answered with a 500 problem that says nothing of it.
 */
final class RouteHandler extends Handler.Abstract {
  private static final Logger LOG = LoggerFactory.getLogger(RouteHandler.class);
  /** The order of the methods in {@code Allow}. */
  private static final List<String> METHOD_ORDER =
      List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

  private final Map<String, List<Route>> routesByPath;
  private final BiFunction<Exception, String, Optional<HttpResponse>> errors;
  private final Limits limits;
  private final ScheduledExecutorService timer;

  /**
   * Creates the handler.
   *
   * @param routes  the routes, at most one per method and path
   * @param errors  turns a route's exception and the path into a problem, or gives empty for an
   *     unexpected one
   * @param limits  the header count and body limits
   * @param timer  runs the body rate checks
   */
  RouteHandler(List<Route> routes, BiFunction<Exception, String, Optional<HttpResponse>> errors,
      Limits limits, ScheduledExecutorService timer) {
    Map<String, List<Route>> byPath = new LinkedHashMap<>();
    for (Route route : routes) {
      List<Route> forPath = byPath.computeIfAbsent(route.path(), p -> new ArrayList<>());
      if (forPath.stream().anyMatch(r -> r.method().equals(route.method()))) {
        throw new IllegalArgumentException(route.method() + " " + route.path() + " twice");
      }
      forPath.add(route);
    }
    byPath.replaceAll((path, list) -> List.copyOf(list));
    this.routesByPath = Map.copyOf(byPath);
    this.errors = errors;
    this.limits = limits;
    this.timer = timer;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String method = request.getMethod();
    String path = Optional.ofNullable(request.getHttpURI().getCanonicalPath()).orElse("");
    if (request.getHeaders().size() > limits.maxHeaderCount()) {
      send(response, callback, Problem.of(431, "header-fields-too-large",
          "Request header fields too large",
          "the request has " + request.getHeaders().size() + " header fields; at most "
              + limits.maxHeaderCount() + " are accepted", path));
      return true;
    }
    if (method.equals("OPTIONS") && path.equals("*")) {
      send(response, callback, HttpResponse.empty(204).withHeader("Allow", allowAll()));
      return true;
    }
    List<Route> forPath = routesByPath.get(path);
    if (forPath == null) {
      send(response, callback,
          Problem.of(404, "not-found", "Not found", "no endpoint at " + path, path));
      return true;
    }
    String allow = allow(forPath);
    if (method.equals("OPTIONS")) {
      send(response, callback, HttpResponse.empty(204).withHeader("Allow", allow));
      return true;
    }
    String routeMethod = method.equals("HEAD") ? "GET" : method;
    Optional<Route> route =
        forPath.stream().filter(r -> r.method().equals(routeMethod)).findFirst();
    if (route.isEmpty()) {
      send(response, callback, Problem.of(405, "method-not-allowed", "Method not allowed",
              method + " is not allowed on " + path + "; use " + allow, path)
          .withHeader("Allow", allow));
      return true;
    }
    String query = Optional.ofNullable(request.getHttpURI().getQuery()).orElse("");
    String language = Optional.ofNullable(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE))
        .orElse("");
    if (!route.get().hasBody()) {
      answer(route.get(), new Route.Request(path, query, language, new byte[0]), response,
          callback);
      return true;
    }
    String contentType =
        Optional.ofNullable(request.getHeaders().get(HttpHeader.CONTENT_TYPE)).orElse("");
    String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!mediaType.equals("application/json")) {
      send(response, callback, Problem.of(415, "unsupported-media-type", "Unsupported media type",
          "send the body as application/json, not "
              + (contentType.isEmpty() ? "nothing" : contentType), path));
      return true;
    }
    if (request.getLength() > limits.maxBodyBytes()) {
      send(response, callback, tooLarge(path));
      return true;
    }
    BodyReader.read(request, limits, timer,
        body -> answer(route.get(), new Route.Request(path, query, language, body), response,
            callback),
        failure -> send(response, callback, bodyProblem(failure, path)));
    return true;
  }

  private HttpResponse tooLarge(String path) {
    return Problem.of(413, "payload-too-large", "Payload too large",
            "the request body is larger than " + limits.maxBodyBytes() + " bytes", path)
        .withHeader("Connection", "close");
  }

  private HttpResponse bodyProblem(BodyReader.Failure failure, String path) {
    switch (failure) {
      case TOO_LARGE:
        return tooLarge(path);
      case TOO_SLOW:
        return Problem.of(408, "request-timeout", "Request timeout",
                "the request body arrived too slowly: after " + limits.bodyGrace().toSeconds()
                    + " s, at least " + limits.minBodyRate() + " bytes per second are needed",
                path)
            .withHeader("Connection", "close");
      default:
        return Problem.of(400, "unreadable-body", "Unreadable body",
                "the request body could not be read to its end", path)
            .withHeader("Connection", "close");
    }
  }

  private void answer(Route route, Route.Request request, Response response, Callback callback) {
    HttpResponse answer;
    try {
      answer = route.handler().handle(request);
    } catch (Exception e) {
      answer = errors.apply(e, request.path()).orElseGet(() -> {
        LOG.error("unexpected failure answering {} {}", route.method(), request.path(), e);
        return Problem.of(500, "internal-error", "Internal error",
            "the request could not be answered; the server log says why", request.path());
      });
    }
    send(response, callback, answer);
  }

  private String allowAll() {
    Set<String> methods = new TreeSet<>(Comparator.comparing(METHOD_ORDER::indexOf));
    routesByPath.values().forEach(routes -> methods.addAll(methodsOf(routes)));
    return String.join(", ", methods);
  }

  private static String allow(List<Route> routes) {
    return String.join(", ", methodsOf(routes));
  }

  private static Set<String> methodsOf(List<Route> routes) {
    Set<String> methods = new TreeSet<>(Comparator.comparing(METHOD_ORDER::indexOf));
    for (Route route : routes) {
      methods.add(route.method());
      if (route.method().equals("GET")) {
        methods.add("HEAD");
      }
    }
    methods.add("OPTIONS");
    return methods;
  }

  /** Writes a response: status, headers, {@code Content-Length} and body (none for HEAD). */
  static void send(Response response, Callback callback, HttpResponse answer) {
    Request request = response.getRequest();
    boolean head = HttpMethod.HEAD.is(request.getMethod());
    request.setAttribute(AccessLog.BODY_BYTES, head ? 0 : answer.body().length);
    response.setStatus(answer.status());
    HttpFields.Mutable headers = response.getHeaders();
    if (!answer.contentType().isEmpty()) {
      headers.put(HttpHeader.CONTENT_TYPE, answer.contentType());
    }
    answer.headers().forEach(headers::put);
    if (answer.status() != 204) {
      headers.put(HttpHeader.CONTENT_LENGTH, answer.body().length);
    }
    response.write(true, head ? BufferUtil.EMPTY_BUFFER : ByteBuffer.wrap(answer.body()), callback);
  }
}
