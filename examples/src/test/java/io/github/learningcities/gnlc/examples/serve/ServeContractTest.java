package io.github.learningcities.gnlc.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.learningcities.gnlc.eligibility.RuleSetCatalogue;
import io.github.learningcities.gnlc.examples.Environment;
import io.github.learningcities.gnlc.json.GnlcJson;
import io.github.learningcities.gnlc.network.Network;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service against its contract, {@code docs/openapi.json}: the document is valid OpenAPI 3.1
 * to an independent validator (swagger-parser, resolving every reference over HTTP from the
 * running service); it describes exactly the routes the service registers; and every documented
 * example, sent to the service, gets an answer whose status, content type, headers and body the
 * document allows (bodies validated against the referenced JSON Schemas).
 */
class ServeContractTest {
  private static final String DOC = "https://gnlc.test/v1/openapi.json";
  private static final String SCHEMA_BASE = "https://learningcities.github.io/gnlc/schema/1/";
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder -> builder
              .schemaRegistryConfig(
                  SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
              .schemaIdResolvers(resolvers -> resolvers
                  .mapPrefix(DOC, "classpath:io/github/learningcities/gnlc/examples/serve/"
                      + EligibilityApi.OPENAPI_RESOURCE)
                  .mapPrefix("https://gnlc.test/v1/schemas/",
                      "classpath:" + GnlcJson.SCHEMA_DIRECTORY)
                  .mapPrefix(SCHEMA_BASE, "classpath:" + GnlcJson.SCHEMA_DIRECTORY)));
  private static final List<String> METHODS =
      List.of("get", "head", "post", "put", "patch", "delete", "options");

  private static HttpService service;
  private static JsonNode doc;

  @BeforeAll
  static void start() throws IOException {
    Clock clock = Clock.fixed(Instant.parse("2025-07-01T12:00:00Z"), ZoneOffset.UTC);
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    service = new ServeCommand(new Environment(InputStream.nullInputStream(), quiet, quiet, clock))
        .start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), TestLimits.SERVE, quiet);
    doc = MAPPER.readTree(Files.readString(Path.of("..", "docs", "openapi.json")));
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @Test
  void theServedDocumentIsDocsOpenapiJson() throws Exception {
    try (RawHttp http = new RawHttp(service.port())) {
      RawHttp.Answer answer = http.exchange(RawHttp.get("/v1/openapi.json"));
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.body())
          .isEqualTo(Files.readString(Path.of("..", "docs", "openapi.json"), StandardCharsets.UTF_8));
    }
  }

  @Test
  void anIndependentValidatorFindsTheDocumentValidOpenApi31() {
    // the OpenAPI structure; the JSON Schemas it refers to are resolved (offline, from the jars)
    // and applied to every answer by the schema validator in the tests below
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    SwaggerParseResult result = new OpenAPIV3Parser().readLocation(
        "http://127.0.0.1:" + service.port() + "/v1/openapi.json", null, options);
    assertThat(result.getMessages()).as("swagger-parser messages").isEmpty();
    OpenAPI openApi = result.getOpenAPI();
    assertThat(openApi).isNotNull();
    assertThat(openApi.getOpenapi()).isEqualTo("3.1.0");
    assertThat(openApi.getPaths()).containsKeys("/health", "/v1/network",
        "/v1/membership/decisions", "/v1/membership/decisions:batch");
  }

  @Test
  void everySchemaTheDocumentRefersToIsServedAndResolves() throws Exception {
    Set<String> refs = new TreeSet<>();
    collectSchemaRefs(doc, refs);
    assertThat(refs).contains("schemas/decision.schema.json", "schemas/application.schema.json");
    try (RawHttp http = new RawHttp(service.port())) {
      for (String ref : refs) {
        RawHttp.Answer answer = http.exchange(RawHttp.get("/v1/" + ref.split("#")[0]));
        assertThat(answer.status()).as(ref).isEqualTo(200);
        assertThat(answer.header("Content-Type")).isEqualTo("application/schema+json");
        // every reference inside resolves, offline, to a schema shipped in gnlc-json
        REGISTRY.getSchema(SchemaLocation.of("https://gnlc.test/v1/" + ref)).initializeValidators();
      }
    }
  }

  private static void collectSchemaRefs(JsonNode node, Set<String> refs) {
    if (node.has("$ref") && node.get("$ref").asString().startsWith("schemas/")) {
      refs.add(node.get("$ref").asString());
    }
    for (JsonNode child : node.values()) {
      collectSchemaRefs(child, refs);
    }
  }

  @Test
  void theDocumentDescribesExactlyTheRegisteredRoutes() {
    Set<String> registered = new TreeSet<>();
    for (Route route : new EligibilityApi(Network.embedded(), RuleSetCatalogue.standard(),
        () -> LocalDate.of(2025, 7, 1)).routes()) {
      String method = route.method().toLowerCase(Locale.ROOT);
      registered.add(method + " " + route.path());
      if (method.equals("get")) {
        registered.add("head " + route.path());
      }
      registered.add("options " + route.path());
    }
    Set<String> documented = new TreeSet<>();
    for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
      for (String method : METHODS) {
        if (path.getValue().has(method)) {
          for (String concrete : concretePaths(path.getKey(), path.getValue(), path.getValue())) {
            documented.add(method + " " + concrete);
          }
        }
      }
    }
    assertThat(documented).isEqualTo(registered);
  }

  @Test
  void everyDocumentedExampleGetsAnAnswerTheDocumentAllows() throws Exception {
    int checked = 0;
    for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
      for (String method : METHODS) {
        JsonNode operation = path.getValue().get(method);
        if (operation == null) {
          continue;
        }
        String pointer = "/paths/" + escape(path.getKey()) + "/" + method;
        for (String target : exampleTargets(path.getKey(), path.getValue(), operation)) {
          List<String> bodies = exampleBodies(operation);
          for (String body : bodies.isEmpty() ? List.of("") : bodies) {
            RawHttp.Answer answer = send(method, target, path.getValue(), operation, body);
            assertAllowed(pointer, operation, method, target, answer);
            checked++;
          }
        }
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(25);
  }

  @Test
  void refusalsAreAnswersTheDocumentAllows() throws Exception {
    JsonNode decide = doc.at("/paths/" + escape("/v1/membership/decisions") + "/post");
    String pointer = "/paths/" + escape("/v1/membership/decisions") + "/post";
    String json = "application/json";
    assertAllowed(pointer, decide, "post", "/v1/membership/decisions",
        post("/v1/membership/decisions", json, "{\"formatVersion\":1,"));
    assertAllowed(pointer, decide, "post", "/v1/membership/decisions?asOf=2025-02-30",
        post("/v1/membership/decisions?asOf=2025-02-30", json, "{}"));
    assertAllowed(pointer, decide, "post", "/v1/membership/decisions",
        post("/v1/membership/decisions", "text/plain", "{}"));
    assertAllowed(pointer, decide, "post", "/v1/membership/decisions",
        post("/v1/membership/decisions", json, " ".repeat(Limits.DEFAULT.maxBodyBytes() + 1)));
    JsonNode network = doc.at("/paths/" + escape("/v1/network") + "/get");
    try (RawHttp http = new RawHttp(service.port())) {
      assertAllowed("/paths/" + escape("/v1/network") + "/get", network, "get", "/v1/network",
          http.exchange(RawHttp.get("/v1/network?colour=red")));
    }
    // the server's own refusals, on any path
    JsonNode health = doc.at("/paths/" + escape("/health") + "/get");
    String healthPointer = "/paths/" + escape("/health") + "/get";
    try (RawHttp http = new RawHttp(service.port())) {
      assertAllowed(healthPointer, health, "get", "/health (no Host)",
          http.exchange("GET /health HTTP/1.1\r\n\r\n"));
    }
    try (RawHttp http = new RawHttp(service.port())) {
      assertAllowed(healthPointer, health, "get", "/health?a...",
          http.exchange(RawHttp.get("/health?" + "a".repeat(20_000))));
    }
    try (RawHttp http = new RawHttp(service.port())) {
      assertAllowed(healthPointer, health, "get", "/health (a 20 KB header)",
          http.exchange("GET /health HTTP/1.1\r\nHost: t\r\nX: " + "a".repeat(20_000)
              + "\r\n\r\n"));
    }
    // no operation: an unknown path, a method a path does not answer
    try (RawHttp http = new RawHttp(service.port())) {
      RawHttp.Answer unknown = http.exchange(RawHttp.get("/v2/nothing"));
      assertThat(unknown.status()).isEqualTo(404);
      assertValid("#/components/schemas/Problem", unknown.body());
      for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
        String concrete = concretePaths(path.getKey(), path.getValue(), path.getValue()).get(0);
        RawHttp.Answer wrong = http.exchange("DELETE " + concrete + " HTTP/1.1\r\nHost: t\r\n\r\n");
        assertThat(wrong.status()).isEqualTo(405);
        assertValid("#/components/schemas/Problem", wrong.body());
        Set<String> allowed = new LinkedHashSet<>();
        for (String method : METHODS) {
          if (path.getValue().has(method)) {
            allowed.add(method.toUpperCase(Locale.ROOT));
          }
        }
        assertThat(wrong.header("Allow")).as(concrete).isEqualTo(String.join(", ", allowed));
      }
    }
  }

  private static RawHttp.Answer post(String target, String contentType, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    try (RawHttp http = new RawHttp(service.port())) {
      http.send("POST " + target + " HTTP/1.1\r\nHost: t\r\nContent-Type: " + contentType
          + "\r\nContent-Length: " + bytes.length + "\r\n\r\n");
      try {
        http.send(bytes);
      } catch (IOException refusedBeforeTheEnd) {
        // a 413 may come before the body is sent
      }
      return http.read();
    }
  }

  /** Checks an answer against the operation's responses: status, content type, body, headers. */
  private static void assertAllowed(String pointer, JsonNode operation, String method,
      String target, RawHttp.Answer answer) {
    String what = method.toUpperCase(Locale.ROOT) + " " + target + " -> " + answer.status();
    JsonNode responses = operation.get("responses");
    String status = String.valueOf(answer.status());
    assertThat(responses.has(status) || responses.has("default"))
        .as("%s: status documented", what).isTrue();
    String key = responses.has(status) ? status : "default";
    String responsePointer = pointer + "/responses/" + key;
    JsonNode response = resolve(responses.get(key));
    if (response.get("$ref") == null && responses.get(key).has("$ref")) {
      responsePointer = responses.get(key).get("$ref").asString().substring(1);
    }
    if (response.has("headers")) {
      for (Map.Entry<String, JsonNode> header : response.get("headers").properties()) {
        JsonNode schema = resolve(header.getValue()).get("schema");
        String value = answer.header(header.getKey());
        if (!value.isEmpty() && schema != null) {
          assertThat(errors(schema, MAPPER.writeValueAsString(
              schema.has("type") && schema.get("type").asString().equals("integer")
                  ? (Object) Integer.valueOf(value) : value)))
              .as("%s: header %s", what, header.getKey()).isEmpty();
        }
      }
    }
    if (method.equals("head") || !response.has("content")) {
      assertThat(answer.body()).as("%s: no body", what).isEmpty();
      return;
    }
    String contentType = answer.header("Content-Type").split(";")[0].strip();
    assertThat(response.get("content").has(contentType))
        .as("%s: content type %s documented", what, contentType).isTrue();
    if (contentType.endsWith("json")) {
      assertValid("#" + responsePointer + "/content/" + escape(contentType) + "/schema",
          answer.body());
    } else {
      assertThat(answer.body()).as("%s: a %s body", what, contentType).isNotEmpty();
    }
    if (operation.path("responses").path("200").has("headers") && answer.status() == 200) {
      for (Map.Entry<String, JsonNode> header
          : resolve(operation.get("responses").get("200")).get("headers").properties()) {
        assertThat(answer.header(header.getKey())).as("%s: header %s", what, header.getKey())
            .isNotEmpty();
      }
    }
  }

  private static void assertValid(String fragment, String body) {
    Schema schema = REGISTRY.getSchema(SchemaLocation.of(DOC + fragment));
    assertThat(schema.validate(body, InputFormat.JSON)).as("%s against %s", body, fragment)
        .isEmpty();
  }

  private static List<?> errors(JsonNode schema, String json) {
    Schema compiled = REGISTRY.getSchema(SchemaLocation.of(DOC), schema);
    return compiled.validate(json, InputFormat.JSON);
  }

  private static JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    while (current.has("$ref") && current.get("$ref").asString().startsWith("#/")) {
      current = doc.at(current.get("$ref").asString().substring(1));
    }
    return current;
  }

  private static RawHttp.Answer send(String method, String target, JsonNode pathItem,
      JsonNode operation, String body) throws IOException {
    StringBuilder request = new StringBuilder(method.toUpperCase(Locale.ROOT)).append(' ')
        .append(target).append(" HTTP/1.1\r\nHost: t\r\n");
    for (JsonNode parameter : parameters(pathItem, operation)) {
      if (parameter.get("in").asString().equals("header")) {
        request.append(parameter.get("name").asString()).append(": ")
            .append(parameter.get("example").asString()).append("\r\n");
      }
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (operation.has("requestBody")) {
      request.append("Content-Type: application/json\r\nContent-Length: ").append(bytes.length)
          .append("\r\n");
    }
    try (RawHttp http = new RawHttp(service.port())) {
      http.send(request.append("\r\n").toString()).send(bytes);
      return http.read(method.equals("head"));
    }
  }

  /** The parameters of an operation: those of its path, then its own. */
  private static List<JsonNode> parameters(JsonNode pathItem, JsonNode operation) {
    List<JsonNode> parameters = new ArrayList<>();
    for (JsonNode parameter : pathItem.path("parameters")) {
      parameters.add(resolve(parameter));
    }
    for (JsonNode parameter : operation.path("parameters")) {
      parameters.add(resolve(parameter));
    }
    return parameters;
  }

  /** The targets of an operation's example: without parameters, then with every example. */
  private static List<String> exampleTargets(String template, JsonNode pathItem,
      JsonNode operation) {
    List<String> targets = new ArrayList<>();
    StringBuilder query = new StringBuilder();
    for (JsonNode parameter : parameters(pathItem, operation)) {
      if (parameter.get("in").asString().equals("query")) {
        query.append(query.length() == 0 ? "?" : "&").append(parameter.get("name").asString())
            .append('=').append(URLEncoder.encode(parameter.get("example").asString(),
                StandardCharsets.UTF_8));
      }
    }
    for (String path : concretePaths(template, pathItem, operation)) {
      targets.add(path);
      if (query.length() > 0) {
        targets.add(path + query);
      }
    }
    return targets;
  }

  /** Every concrete path of a template, by the enum of its path parameter. */
  private static List<String> concretePaths(String template, JsonNode pathItem,
      JsonNode operation) {
    List<String> paths = new ArrayList<>();
    for (JsonNode parameter : parameters(pathItem, operation)) {
      if (parameter.get("in").asString().equals("path")) {
        for (JsonNode value : parameter.get("schema").get("enum")) {
          paths.add(template.replace("{" + parameter.get("name").asString() + "}",
              value.asString()));
        }
      }
    }
    return paths.isEmpty() ? List.of(template) : paths;
  }

  private static List<String> exampleBodies(JsonNode operation) {
    List<String> bodies = new ArrayList<>();
    if (operation.has("requestBody")) {
      JsonNode examples = resolve(operation.get("requestBody"))
          .get("content").get("application/json").get("examples");
      for (Iterator<JsonNode> it = examples.values().iterator(); it.hasNext(); ) {
        bodies.add(MAPPER.writeValueAsString(it.next().get("value")));
      }
    }
    return bodies;
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
