package io.github.learningcities.gnlc.examples.serve;

import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An RFC 9457 problem details document ({@code application/problem+json}): {@code type},
 * {@code title}, {@code status}, {@code detail}, {@code instance} and, for some problems, extension
 * members ({@code jsonPath}; {@code parameter} and {@code value}). Never carries a stack trace or
 * a Java class name.
 */
final class Problem {
  /** The base of every problem type URI; the type's short name follows. */
  static final String TYPE_BASE = "https://learningcities.github.io/gnlc/problems/";

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Problem() {}

  /**
   * Builds a problem response.
   *
   * @param status  the HTTP status
   * @param type  a short problem type, such as {@code invalid-application}
   * @param title  a short, human-readable summary of the type
   * @param detail  what went wrong in this request
   * @param instance  the request path, or null when the request could not be parsed
   */
  static HttpResponse of(int status, String type, String title, String detail, String instance) {
    return of(status, type, title, detail, instance, Map.of());
  }

  /**
   * Builds a problem response with extension members.
   *
   * @param extensions  further members, such as {@code jsonPath}, in the order given
   */
  static HttpResponse of(int status, String type, String title, String detail, String instance,
      Map<String, String> extensions) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("type", TYPE_BASE + type);
    node.put("title", title);
    node.put("status", status);
    node.put("detail", detail);
    if (instance != null) {
      node.put("instance", instance);
    }
    extensions.forEach(node::put);
    return new HttpResponse(status, HttpResponse.PROBLEM_JSON, MAPPER.writeValueAsBytes(node),
        Map.of());
  }
}
