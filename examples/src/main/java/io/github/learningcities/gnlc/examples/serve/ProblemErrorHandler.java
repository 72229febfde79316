package io.github.learningcities.gnlc.examples.serve;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answer to every error Jetty raises itself (a bad request line, a bad escape, a missing
 * {@code Host}, headers too large, a request refused while stopping): an RFC 9457 problem instead
 * of Jetty's HTML page. Jetty's reason phrase is kept when it is a short plain phrase; anything
 * that could name a Java class is replaced by the status's standard text.
 */
final class ProblemErrorHandler extends ErrorHandler {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9 ,:;'=<>()/_+#-]{1,120}");

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus();
    String reason = (String) request.getAttribute(ERROR_MESSAGE);
    Object cause = request.getAttribute(ERROR_EXCEPTION);
    if (cause instanceof HttpException) {
      status = ((HttpException) cause).getCode();
      reason = ((HttpException) cause).getReason();
    }
    HttpResponse problem = problem(status, reason, AccessLog.path(request).orElse(null));
    response.getHeaders().put(HttpHeader.CONNECTION, "close");
    RouteHandler.send(response, callback, problem);
    return true;
  }

  /**
   * Builds the problem for a status Jetty chose.
   *
   * @param status  the status; anything outside 400 to 599 becomes 500
   * @param reason  Jetty's reason, or null
   * @param path  the request path, or null when the request could not be parsed
   */
  static HttpResponse problem(int status, String reason, String path) {
    int code = status >= 400 && status <= 599 ? status : 500;
    if (code == 500) {
      return Problem.of(500, "internal-error", "Internal error",
          "the request could not be answered; the server log says why", path);
    }
    String[] kind = kind(code);
    String detail = Optional.ofNullable(reason)
        .filter(text -> PLAIN.matcher(text).matches())
        .filter(text -> !text.toLowerCase(Locale.ROOT).contains("exception"))
        .orElse(HttpStatus.getMessage(code));
    return Problem.of(code, kind[0], kind[1], "the server refused the request: " + detail, path);
  }

  /** The problem type and title of a status. */
  private static String[] kind(int code) {
    switch (code) {
      case 400:
        return new String[] {"bad-request", "Bad request"};
      case 408:
        return new String[] {"request-timeout", "Request timeout"};
      case 413:
        return new String[] {"payload-too-large", "Payload too large"};
      case 414:
        return new String[] {"uri-too-long", "URI too long"};
      case 431:
        return new String[] {"header-fields-too-large", "Request header fields too large"};
      case 503:
        return new String[] {"unavailable", "Service unavailable"};
      default:
        return new String[] {"http-" + code, HttpStatus.getMessage(code)};
    }
  }
}
