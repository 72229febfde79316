package io.github.learningcities.gnlc.examples.serve;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a route answers: a status, a content type, a body and extra headers.
 *
 * @param status  the HTTP status
 * @param contentType  the media type of the body, empty when there is no body
 * @param body  the body (also what a HEAD request is told the length of)
 * @param headers  further response headers, by name
 */
record HttpResponse(int status, String contentType, byte[] body, Map<String, String> headers) {
  static final String JSON = "application/json";
  static final String PROBLEM_JSON = "application/problem+json";

  HttpResponse {
    headers = Map.copyOf(headers);
  }

  /** A response without a body or content type, such as 204. */
  static HttpResponse empty(int status) {
    return new HttpResponse(status, "", new byte[0], Map.of());
  }

  static HttpResponse json(int status, byte[] body) {
    return new HttpResponse(status, JSON, body, Map.of());
  }

  static HttpResponse json(int status, String body) {
    return json(status, body.getBytes(StandardCharsets.UTF_8));
  }

  HttpResponse withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new HttpResponse(status, contentType, body, copy);
  }
}
