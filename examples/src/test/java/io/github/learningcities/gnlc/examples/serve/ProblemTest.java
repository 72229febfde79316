package io.github.learningcities.gnlc.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The problem documents, byte for byte: {@link Problem}, the problems of Jetty's own errors
 * ({@link ProblemErrorHandler#problem}) and the extension members of {@link BadRequestException}.
 */
class ProblemTest {
  private static final String BASE = "https://learningcities.github.io/gnlc/problems/";

  private static String body(HttpResponse response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  private static String json(String type, String title, int status, String detail,
      String instance) {
    return "{\"type\":\"" + BASE + type + "\",\"title\":\"" + title + "\",\"status\":" + status
        + ",\"detail\":\"" + detail + "\""
        + (instance == null ? "" : ",\"instance\":\"" + instance + "\"") + "}";
  }

  @Test
  void aProblemHasItsMembersInOrderAndNoInstanceWithoutAPath() {
    Map<String, String> extensions = new LinkedHashMap<>();
    extensions.put("parameter", "asOf");
    extensions.put("value", "x");
    HttpResponse problem = Problem.of(400, "bad-request", "Bad request", "asOf: wrong", "/v1/x",
        extensions);
    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.contentType()).isEqualTo("application/problem+json");
    assertThat(problem.headers()).isEmpty();
    assertThat(body(problem)).isEqualTo("{\"type\":\"" + BASE + "bad-request\",\"title\":"
        + "\"Bad request\",\"status\":400,\"detail\":\"asOf: wrong\",\"instance\":\"/v1/x\","
        + "\"parameter\":\"asOf\",\"value\":\"x\"}");
    assertThat(body(Problem.of(503, "unavailable", "Service unavailable", "later", null)))
        .isEqualTo(json("unavailable", "Service unavailable", 503, "later", null));
  }

  @Test
  void jettysStatusesBecomeTheirProblemTypes() {
    Map<Integer, String[]> kinds = new LinkedHashMap<>();
    kinds.put(400, new String[] {"bad-request", "Bad request", "Bad Request"});
    kinds.put(408, new String[] {"request-timeout", "Request timeout", "Request Timeout"});
    kinds.put(413, new String[] {"payload-too-large", "Payload too large", "Payload Too Large"});
    kinds.put(414, new String[] {"uri-too-long", "URI too long", "URI Too Long"});
    kinds.put(431, new String[] {"header-fields-too-large", "Request header fields too large",
        "Request Header Fields Too Large"});
    kinds.put(503, new String[] {"unavailable", "Service unavailable", "Service Unavailable"});
    kinds.put(429, new String[] {"http-429", "Too Many Requests", "Too Many Requests"});
    kinds.put(599, new String[] {"http-599", "599", "599"});
    kinds.forEach((status, kind) -> {
      HttpResponse problem = ProblemErrorHandler.problem(status, null, "/p");
      assertThat(problem.status()).as("status %d", status).isEqualTo(status);
      assertThat(body(problem)).isEqualTo(
          json(kind[0], kind[1], status, "the server refused the request: " + kind[2], "/p"));
    });
  }

  @Test
  void aStatusOutside400To599IsAnInternalError() {
    String internal = json("internal-error", "Internal error", 500,
        "the request could not be answered; the server log says why", "/p");
    for (int status : new int[] {200, 399, 500, 600}) {
      HttpResponse problem = ProblemErrorHandler.problem(status, "Bad Request", "/p");
      assertThat(problem.status()).as("status %d", status).isEqualTo(500);
      assertThat(body(problem)).as("status %d", status).isEqualTo(internal);
    }
  }

  @Test
  void jettysReasonIsKeptOnlyWhenItIsAShortPlainPhrase() {
    assertThat(body(ProblemErrorHandler.problem(400, "No Host", null)))
        .isEqualTo(json("bad-request", "Bad request", 400,
            "the server refused the request: No Host", null));
    assertThat(body(ProblemErrorHandler.problem(400, "a".repeat(120), "/")))
        .contains("request: " + "a".repeat(120) + "\"");
    for (String hidden : new String[] {"a".repeat(121), "", "java.lang.IllegalStateException",
        "BadMessageException: x", "some Exception here", "line\nbreak", "quote \""}) {
      assertThat(body(ProblemErrorHandler.problem(400, hidden, "/")))
          .as(hidden)
          .isEqualTo(json("bad-request", "Bad request", 400,
              "the server refused the request: Bad Request", "/"));
    }
  }

  @Test
  void aBadRequestNamesItsParameterAndValueOnlyWhenItHasOne() {
    BadRequestException parameter =
        BadRequestException.parameter("asOf", "2025-13-01", "is not a date");
    assertThat(parameter).hasMessage("asOf: \"2025-13-01\" is not a date");
    assertThat(parameter.extensions()).containsExactly(
        Map.entry("parameter", "asOf"), Map.entry("value", "2025-13-01"));
    BadRequestException whole = BadRequestException.of("the body must be an array");
    assertThat(whole).hasMessage("the body must be an array");
    assertThat(whole.extensions()).isEmpty();
  }

  @Test
  void aResponseCopiesItsHeadersAndAddsOneAtATime() {
    HttpResponse empty = HttpResponse.empty(204);
    assertThat(empty.status()).isEqualTo(204);
    assertThat(empty.contentType()).isEmpty();
    assertThat(empty.body()).isEmpty();
    HttpResponse json = HttpResponse.json(201, "{\"é\":1}");
    assertThat(json.contentType()).isEqualTo("application/json");
    assertThat(json.body()).isEqualTo("{\"é\":1}".getBytes(StandardCharsets.UTF_8));
    HttpResponse twice = json.withHeader("Vary", "Accept-Language").withHeader("Allow", "GET");
    assertThat(twice.headers()).containsOnly(
        Map.entry("Vary", "Accept-Language"), Map.entry("Allow", "GET"));
    assertThat(json.headers()).isEmpty();
    assertThat(twice.status()).isEqualTo(201);
    assertThat(twice.body()).isSameAs(json.body());
  }
}
