package io.github.learningcities.gnlc.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.eligibility.Verdict;
import io.github.learningcities.gnlc.examples.Environment;
import io.github.learningcities.gnlc.json.GnlcJson;
import io.github.learningcities.gnlc.json.NetworkSummary;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.place.UnescoRegion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP service on Jetty, on an ephemeral port, exercised with java.net.http.HttpClient. */
class ServeCommandTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T12:00:00Z"), ZoneOffset.UTC);
  private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
  private static HttpService service;
  /** How long a request may take: a server that never answers fails the test quickly. */
  private static final Duration TIMEOUT = Duration.ofMillis(RawHttp.TIMEOUT_MILLIS);
  private static HttpClient client;
  private static String base;

  @BeforeAll
  static void start() throws IOException {
    service = new ServeCommand(new Environment(InputStream.nullInputStream(),
        new PrintStream(LOG, true, StandardCharsets.UTF_8), System.err, CLOCK)).start(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), TestLimits.SERVE,
        new PrintStream(LOG, true, StandardCharsets.UTF_8));
    client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    base = "http://127.0.0.1:" + service.port();
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> post(String path, String contentType, String language,
      HttpRequest.BodyPublisher body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
        .POST(body);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> postJson(String path, String body) throws Exception {
    return post(path, "application/json; charset=utf-8", null,
        HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
  }

  private static String sample(String name) throws IOException {
    return Files.readString(Path.of("applications", name), StandardCharsets.UTF_8);
  }

  private static void assertProblem(HttpResponse<String> response, int status, String fragment) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body())
        .contains("\"status\":" + status)
        .contains(fragment)
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain("java.");
  }

  @Test
  void health() throws Exception {
    HttpResponse<String> response = get("/health");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
  }

  @Test
  void networkSummary() throws Exception {
    HttpResponse<String> response = get("/v1/network");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.body()).contains("\"formatVersion\":1").contains("\"listedCities\":362")
        .contains("\"reportedCities\":425");
  }

  @Test
  void ruleSets() throws Exception {
    HttpResponse<String> response = get("/v1/rule-sets");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("gnlc.membership.2025").contains("gnlc.award.2024");
  }

  @Test
  void oneDecisionAsOfTheQueryDateInFrench() throws Exception {
    HttpResponse<String> response = post("/v1/membership/decisions?asOf=2025-06-20",
        "application/json", "fr-CH, fr;q=0.9, en;q=0.8",
        HttpRequest.BodyPublishers.ofString(sample("sample-2025.json"), StandardCharsets.UTF_8));
    assertThat(response.statusCode()).isEqualTo(200);
    Decision decision = GnlcJson.readDecisions("{\"formatVersion\":1,\"decisions\":["
        + response.body() + "]}").get(0);
    assertThat(decision.asOf()).hasToString("2025-06-20");
    assertThat(decision.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(response.body()).contains("Commission nationale");
  }

  /** Accept-Language picks any of the six languages gnlc speaks; garbage gets English. */
  @Test
  void decisionsInTheLanguageTheClientAccepts() throws Exception {
    Map<String, String> expected = Map.of("es-MX,es;q=0.9,en;q=0.8", "es", "ar-EG", "ar",
        "zh-TW,en;q=0.5", "zh", "ru;q=0.9,de", "ru", "pt-BR,de", "en", "-", "en",
        "en;q=0.5,-", "en");
    for (Map.Entry<String, String> entry : expected.entrySet()) {
      HttpResponse<String> response = post("/v1/membership/decisions?asOf=2025-06-20",
          "application/json", entry.getKey(),
          HttpRequest.BodyPublishers.ofString(sample("sample-2025.json"), StandardCharsets.UTF_8));
      assertThat(response.statusCode()).as(entry.getKey()).isEqualTo(200);
      assertThat(response.body()).as(entry.getKey())
          .contains("\"language\":\"" + entry.getValue() + "\"");
    }
  }

  @Test
  void theClockGivesTheDefaultAsOfDate() throws Exception {
    HttpResponse<String> response = postJson("/v1/membership/decisions", sample("warangal-late-2025.json"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"asOf\":\"2025-07-01\"").contains("NOT_ELIGIBLE");
  }

  @Test
  void batchAppliesTheQuota() throws Exception {
    HttpResponse<String> response = postJson("/v1/membership/decisions:batch?asOf=2023-06-15",
        sample("batch-2023.json"));
    assertThat(response.statusCode()).isEqualTo(200);
    List<Decision> decisions = GnlcJson.readDecisions(response.body());
    assertThat(decisions).hasSize(4);
    assertThat(decisions.get(3).failedRuleIds()).containsExactly("membership.quota");
  }

  @Test
  void batchNeedsAnArray() throws Exception {
    assertProblem(postJson("/v1/membership/decisions:batch", sample("sample-2025.json")), 400,
        "JSON array");
    assertProblem(postJson("/v1/membership/decisions:batch", " \r\n\t"), 400,
        "\"detail\":\"the body must be a JSON array of applications\"");
  }

  @Test
  void invalidApplicationIsA400WithTheJsonPath() throws Exception {
    HttpResponse<String> response = postJson("/v1/membership/decisions",
        "{\"formatVersion\":1,\"kind\":\"MEMBERSHIP\",\"country\":\"XX\"}");
    assertProblem(response, 400, "\"jsonPath\":\"/country\"");
    assertThat(response.body()).contains("\\\"XX\\\"");
  }

  @Test
  void badAsOfIsA400() throws Exception {
    assertProblem(postJson("/v1/membership/decisions?asOf=tomorrow", sample("sample-2025.json")),
        400, "asOf");
  }

  @Test
  void hostileBodiesNeverGetA500() throws Exception {
    for (String body : List.of("", "null", "[", "{", "\u0000\u0001", "[".repeat(50_000),
        "{\"formatVersion\":1,\"kind\":\"" + "x".repeat(200_000) + "\"}",
        "{\"@class\":\"java.lang.Runtime\"}", "{\"formatVersion\":1,\"kind\":\"MEMBERSHIP\","
            + "\"cityName\":\"A\",\"cityName\":\"B\"}", "1e999999", "\"\\ud800\"")) {
      HttpResponse<String> response = postJson("/v1/membership/decisions", body);
      assertThat(response.statusCode()).as("status for %.40s", body).isEqualTo(400);
      assertThat(response.body()).doesNotContain("\tat ");
    }
  }

  @Test
  void aDeclaredBodyOverOneMebibyteIsA413BeforeItIsSent() throws Exception {
    // only the headers are sent: the service must answer without waiting for the body
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", service.port())) {
      socket.setSoTimeout(RawHttp.TIMEOUT_MILLIS);
      socket.getOutputStream().write(("POST /v1/membership/decisions HTTP/1.1\r\nHost: x\r\n"
          + "Content-Type: application/json\r\nContent-Length: " + (Limits.DEFAULT.maxBodyBytes() + 1)
          + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      java.io.BufferedReader in = new java.io.BufferedReader(
          new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      assertThat(in.readLine()).startsWith("HTTP/1.1 413");
      int length = -1;
      String contentType = "";
      for (String line = in.readLine(); !line.isEmpty(); line = in.readLine()) {
        String lower = line.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("content-length:")) {
          length = Integer.parseInt(line.substring(15).strip());
        } else if (lower.startsWith("content-type:")) {
          contentType = line.substring(13).strip();
        }
      }
      char[] body = new char[length];
      int read = 0;
      while (read < length) {
        read += in.read(body, read, length - read);
      }
      assertThat(contentType).isEqualTo("application/problem+json");
      assertThat(new String(body)).contains("larger than 1048576 bytes");
    }
  }

  @Test
  void aChunkedBodyOverTheLimitIsRefused() throws Exception {
    HttpRequest.BodyPublisher endless = HttpRequest.BodyPublishers.ofInputStream(() -> new InputStream() {
      private long sent;

      @Override
      public int read() {
        return sent++ < 3L * Limits.DEFAULT.maxBodyBytes() ? ' ' : -1;
      }
    });
    // the service stops reading at the limit, answers 413 and closes the connection; a client
    // still sending may see the close before the answer, which is a refusal too
    try {
      HttpResponse<String> response = post("/v1/membership/decisions", "application/json", null,
          endless);
      assertThat(response.statusCode()).isEqualTo(413);
    } catch (IOException closedWhileSending) {
      assertThat(closedWhileSending).isNotNull();
    }
    assertThat(get("/health").statusCode()).isEqualTo(200);
  }

  @Test
  void wrongMethodIs405WithAllow() throws Exception {
    HttpResponse<String> response = get("/v1/membership/decisions");
    assertProblem(response, 405, "GET is not allowed");
    assertThat(response.headers().firstValue("Allow")).hasValue("POST, OPTIONS");
  }

  @Test
  void unknownPathIs404() throws Exception {
    assertProblem(get("/v2/anything"), 404, "no endpoint at /v2/anything");
  }

  @Test
  void wrongContentTypeIs415() throws Exception {
    assertProblem(post("/v1/membership/decisions", "text/plain", null,
        HttpRequest.BodyPublishers.ofString("{}")), 415, "application/json");
  }

  @Test
  void headAnswersTheHeadersOfGetWithoutTheBody() throws Exception {
    try (RawHttp http = new RawHttp(service.port())) {
      RawHttp.Answer get = http.exchange(RawHttp.get("/v1/rule-sets"));
      RawHttp.Answer head = http.exchange("HEAD /v1/rule-sets HTTP/1.1\r\nHost: test\r\n\r\n");
      assertThat(head.status()).isEqualTo(200);
      assertThat(head.header("Content-Type")).isEqualTo("application/json");
      assertThat(head.header("Content-Length"))
          .isEqualTo(String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length));
      // the next answer on the connection starts right after HEAD's headers: no body was sent
      assertThat(http.exchange(RawHttp.get("/health")).body()).isEqualTo("{\"status\":\"UP\"}");
    }
  }

  @Test
  void optionsAnswersAllow() throws Exception {
    try (RawHttp http = new RawHttp(service.port())) {
      RawHttp.Answer health = http.exchange("OPTIONS /health HTTP/1.1\r\nHost: test\r\n\r\n");
      assertThat(health.status()).isEqualTo(204);
      assertThat(health.header("Allow")).isEqualTo("GET, HEAD, OPTIONS");
      RawHttp.Answer decisions =
          http.exchange("OPTIONS /v1/membership/decisions HTTP/1.1\r\nHost: test\r\n\r\n");
      assertThat(decisions.header("Allow")).isEqualTo("POST, OPTIONS");
      RawHttp.Answer any = http.exchange("OPTIONS * HTTP/1.1\r\nHost: test\r\n\r\n");
      assertThat(any.status()).isEqualTo(204);
      assertThat(any.header("Allow")).isEqualTo("GET, HEAD, POST, OPTIONS");
    }
  }

  @Test
  void garbageAcceptLanguageFallsBackToEnglish() throws Exception {
    for (String language : List.of("-", "--", "-;q=1", "en;q=0.5,-", ";;;", "fr;q=2", "*;q=x",
        "x".repeat(5000))) {
      HttpResponse<String> response = post("/v1/membership/decisions?asOf=2025-06-20",
          "application/json", language,
          HttpRequest.BodyPublishers.ofString(sample("sample-2025.json"), StandardCharsets.UTF_8));
      assertThat(response.statusCode()).as("Accept-Language: %.20s", language).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Language")).hasValue("en");
      assertThat(response.body()).contains("\"language\":\"en\"");
    }
  }

  @Test
  void frenchIsSaidInContentLanguageAndVary() throws Exception {
    HttpResponse<String> response = post("/v1/membership/decisions:batch?asOf=2023-06-15",
        "application/json", "fr", HttpRequest.BodyPublishers.ofString(sample("batch-2023.json")));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Language")).hasValue("fr");
    assertThat(response.headers().firstValue("Vary")).hasValue("Accept-Language");
  }

  @Test
  void networkFiltersByCountryRegionAndDate() throws Exception {
    Network network = Network.embedded();
    NetworkSummary india = GnlcJson.read(get("/v1/network?country=in").body(), NetworkSummary.class);
    assertThat(india.statistics().cities())
        .isEqualTo(network.citiesIn(CountryCode.of("IN")).size()).isPositive();
    assertThat(india.statistics().countries()).isEqualTo(1);
    assertThat(india.coverage().reportedCities()).isEmpty();
    assertThat(india.latestReportedTotal()).isEmpty();

    NetworkSummary arab = GnlcJson.read(get("/v1/network?region=Arab%20States").body(),
        NetworkSummary.class);
    assertThat(arab.statistics().cities())
        .isEqualTo(network.citiesIn(UnescoRegion.ARAB_STATES).size());
    assertThat(arab.statistics().citiesPerRegion().get(UnescoRegion.AFRICA)).isZero();

    LocalDate day = LocalDate.of(2021, 1, 1);
    NetworkSummary then = GnlcJson.read(get("/v1/network?asOf=2021-01-01").body(),
        NetworkSummary.class);
    assertThat(then.statistics()).isEqualTo(network.statistics(day));
    assertThat(then.latestReportedTotal()).isPresent();
    assertThat(then.latestReportedTotal().get().observedOn()).isBeforeOrEqualTo(day);
    assertThat(then.coverage().reportedCities()).isPresent();

    NetworkSummary none = GnlcJson.read(
        get("/v1/network?country=IN&region=AFRICA&asOf=2025-01-01").body(), NetworkSummary.class);
    assertThat(none.statistics().cities()).isZero();

    assertThat(get("/v1/network").body()).isEqualTo(GnlcJson.writeNetworkSummary(network));
  }

  @Test
  void badNetworkParametersAre400sNamingParameterAndValue() throws Exception {
    assertParameterProblem(get("/v1/network?country=XX"), "country", "XX");
    assertParameterProblem(get("/v1/network?region=Atlantis"), "region", "Atlantis");
    assertParameterProblem(get("/v1/network?asOf=2025-13-01"), "asOf", "2025-13-01");
    assertParameterProblem(get("/v1/network?asOf=%C3%28"), "asOf", "%C3%28");
    assertParameterProblem(get("/v1/network?colour=red"), "colour", "red");
    assertParameterProblem(get("/v1/network?country=IN&country=FR"), "country", "FR");
    try (RawHttp http = new RawHttp(service.port())) {
      // java.net.URI refuses a bad escape, so this one goes on a plain socket
      RawHttp.Answer answer = http.exchange(RawHttp.get("/v1/network?asOf=%ZZ"));
      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
      assertThat(answer.body()).contains("\"parameter\":\"asOf\"", "\"value\":\"%ZZ\"")
          .doesNotContain("Exception");
    }
  }

  private static void assertParameterProblem(HttpResponse<String> response, String parameter,
      String value) {
    assertProblem(response, 400, parameter + ": ");
    assertThat(response.body()).contains("\"parameter\":\"" + parameter + "\"")
        .contains("\"value\":\"" + value + "\"");
  }

  @Test
  void theSchemasTheContractRefersToAreServed() throws Exception {
    for (String name : EligibilityApi.SCHEMAS) {
      HttpResponse<String> response = get("/v1/schemas/" + name + ".schema.json");
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type")).hasValue("application/schema+json");
      try (InputStream shipped = GnlcJson.schema(name).openStream()) {
        assertThat(response.body()).isEqualTo(new String(shipped.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertProblem(get("/v1/schemas/nothing.schema.json"), 404, "no endpoint");
  }

  @Test
  void oneAccessLogLinePerRequest() throws Exception {
    String path = "/nope-" + System.nanoTime();
    get("/health");
    get(path);
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!log().contains(path) && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    Thread.sleep(50);
    assertThat(log().lines().filter(line -> line.contains(path))).hasSize(1);
    assertThat(log()).containsPattern("127\\.0\\.0\\.1 \"GET /health\" 200 15B \\d+ms")
        .containsPattern("\"GET " + path + "\" 404 \\d+B \\d+ms");
  }


  private static String log() {
    synchronized (LOG) {
      return LOG.toString(StandardCharsets.UTF_8);
    }
  }
}
