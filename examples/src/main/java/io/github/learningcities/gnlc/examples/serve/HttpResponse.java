package io.github.learningcities.gnlc.examples.serve;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** What a handler answers: a status, a content type, a body and extra headers. */
record HttpResponse(int status, String contentType, byte[] body, Map<String, String> headers) {
  static final String JSON = "application/json";
  static final String PROBLEM_JSON = "application/problem+json";

  static HttpResponse json(int status, byte[] body) {
    return new HttpResponse(status, JSON, body, Map.of());
  }

  static HttpResponse json(int status, String body) {
    return json(status, body.getBytes(StandardCharsets.UTF_8));
  }

  HttpResponse withHeader(String name, String value) {
    Map<String, String> copy = new java.util.LinkedHashMap<>(headers);
    copy.put(name, value);
    return new HttpResponse(status, contentType, body, Map.copyOf(copy));
  }
}
