package io.github.learningcities.gnlc.examples.serve;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An RFC 9457 problem details document ({@code application/problem+json}). Never carries a stack
 * trace or a Java class name.
 */
final class Problem {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final String TYPE_BASE = "https://learningcities.github.io/gnlc/problems/";

  private Problem() {}

  /**
   * Builds a problem response.
   *
   * @param status  the HTTP status
   * @param type  a short problem type, such as {@code invalid-application}
   * @param title  a short, human-readable summary
   * @param detail  what went wrong in this request
   * @param instance  the request path
   * @param jsonPath  the JSON path of the offending field, or null
   */
  static HttpResponse of(
      int status, String type, String title, String detail, String instance, String jsonPath) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("type", TYPE_BASE + type);
    node.put("title", title);
    node.put("status", status);
    node.put("detail", detail);
    node.put("instance", instance);
    if (jsonPath != null) {
      node.put("jsonPath", jsonPath);
    }
    return new HttpResponse(
        status, HttpResponse.PROBLEM_JSON, MAPPER.writeValueAsBytes(node), java.util.Map.of());
  }
}
