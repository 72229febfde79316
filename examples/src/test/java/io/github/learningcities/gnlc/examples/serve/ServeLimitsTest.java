package io.github.learningcities.gnlc.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The limits at their edges, on a service with small ones (idle 1 s, headers within 600 ms, 16 KiB
 * of headers in at most 10 fields, 100-byte bodies, a body grace of 300 ms and then 50 bytes a
 * second) and a route that answers the length of the body it was given: one under or at a limit
 * is served, one over it refused.
 */
class ServeLimitsTest {
  private static final Limits SMALL = new Limits(16, Duration.ofSeconds(2), Duration.ofSeconds(1),
      Duration.ofMillis(600), 16 * 1024, 10, 100, Duration.ofMillis(300), 50,
      Duration.ofMillis(500), Duration.ofMillis(500), 8);
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private HttpService service;

  /** A service per test: what its start sets up is then part of each test. */
  @BeforeEach
  void start() throws IOException {
    List<Route> routes = List.of(
        new Route("GET", "/health", false, request -> HttpResponse.json(200, "{}")),
        new Route("POST", "/length", true,
            request -> HttpResponse.json(200, String.valueOf(request.body().length))));
    service = HttpService.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), SMALL,
        routes, EligibilityApi::problem, new PrintStream(log, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void stop() {
    service.close();
  }

  private RawHttp.Answer exchange(String request) throws IOException {
    try (RawHttp http = new RawHttp(service.port())) {
      return http.exchange(request);
    }
  }

  private static String post(String contentType, String body) {
    return "POST /length HTTP/1.1\r\nHost: t\r\n"
        + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
        + "Content-Length: " + body.length() + "\r\n\r\n" + body;
  }

  private static String chunked(String... chunks) {
    StringBuilder request = new StringBuilder("POST /length HTTP/1.1\r\nHost: t\r\n"
        + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
    for (String chunk : chunks) {
      request.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk)
          .append("\r\n");
    }
    return request.append("0\r\n\r\n").toString();
  }

  private static String withFields(int count) {
    StringBuilder request = new StringBuilder("GET /health HTTP/1.1\r\nHost: t\r\n");
    for (int i = 1; i < count; i++) {
      request.append("X-").append(i).append(": ").append(i).append("\r\n");
    }
    return request.append("\r\n").toString();
  }

  @Test
  void headerFieldsUpToTheLimitAreServed() throws Exception {
    assertThat(exchange(withFields(10)).status()).isEqualTo(200);
    RawHttp.Answer over = exchange(withFields(11));
    assertThat(over.status()).isEqualTo(431);
    assertThat(over.body()).contains(
        "\"detail\":\"the request has 11 header fields; at most 10 are accepted\"");
  }

  @Test
  void aBodyOfTheLimitIsReadWholeAndOneByteMoreIsRefused() throws Exception {
    RawHttp.Answer full = exchange(post("application/json", "x".repeat(100)));
    assertThat(full.status()).isEqualTo(200);
    assertThat(full.body()).isEqualTo("100");
    assertThat(exchange(post("application/json", "")).body()).isEqualTo("0");
    RawHttp.Answer over = exchange(post("application/json", "x".repeat(101)));
    assertThat(over.status()).isEqualTo(413);
    assertThat(over.header("Connection")).isEqualTo("close");
    assertThat(over.body()).contains(
        "\"detail\":\"the request body is larger than 100 bytes\"", "\"instance\":\"/length\"");
  }

  @Test
  void aChunkedBodyIsCountedAsItArrives() throws Exception {
    RawHttp.Answer full = exchange(chunked("x".repeat(60), "x".repeat(40)));
    assertThat(full.status()).isEqualTo(200);
    assertThat(full.body()).isEqualTo("100");
    RawHttp.Answer over = exchange(chunked("x".repeat(60), "x".repeat(41)));
    assertThat(over.status()).isEqualTo(413);
    assertThat(over.body()).contains("larger than 100 bytes");
  }

  /**
   * The chunk that passes the limit is refused at once: the answer comes before the body's last
   * chunk (which this client never sends), counting what came before it.
   */
  @Test
  void aChunkedBodyIsRefusedWithTheChunkThatPassesTheLimit() throws Exception {
    try (RawHttp http = new RawHttp(service.port())) {
      String whole = chunked("x".repeat(60), "x".repeat(41));
      http.send(whole.substring(0, whole.length() - "0\r\n\r\n".length()));
      RawHttp.Answer over = http.read();
      assertThat(over.status()).isEqualTo(413);
      assertThat(over.body()).contains("larger than 100 bytes");
    }
  }

  @Test
  void theMediaTypeIsReadWithoutParametersOrCase() throws Exception {
    assertThat(exchange(post("Application/JSON ; charset=utf-8", "{}")).body()).isEqualTo("2");
    RawHttp.Answer other = exchange(post("application/jsonx", "{}"));
    assertThat(other.status()).isEqualTo(415);
    assertThat(other.body()).contains(
        "\"detail\":\"send the body as application/json, not application/jsonx\"");
    assertThat(exchange(post(null, "{}")).body())
        .contains("\"detail\":\"send the body as application/json, not nothing\"");
  }

  /** 100 B/s, twice the minimum rate, for 0.6 s: past the grace period, but never behind. */
  @Test
  void aBodyThatKeepsUpWithTheMinimumRateIsReadPastTheGracePeriod() throws Exception {
    try (RawHttp http = new RawHttp(service.port())) {
      http.send("POST /length HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
          + "Content-Length: 60\r\n\r\n");
      for (int i = 0; i < 6; i++) {
        Thread.sleep(100);
        http.send("x".repeat(10));
      }
      RawHttp.Answer answer = http.read();
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.body()).isEqualTo("60");
    }
  }

  @Test
  void aBodyThatFallsBehindTheMinimumRateIsRefusedWith408() throws Exception {
    try (RawHttp http = new RawHttp(service.port())) {
      http.send("POST /length HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
          + "Content-Length: 60\r\n\r\nxx");
      RawHttp.Answer answer = http.read(); // 2 bytes are due by 340 ms
      assertThat(answer.status()).isEqualTo(408);
      assertThat(answer.header("Connection")).isEqualTo("close");
      assertThat(answer.body()).contains("\"detail\":\"the request body arrived too slowly: after "
          + "0 s, at least 50 bytes per second are needed\"");
    }
  }

  @Test
  void answersWithoutABodyCarryNoContentTypeOrLengthAndHeadNoBody() throws Exception {
    try (RawHttp http = new RawHttp(service.port())) {
      RawHttp.Answer options = http.exchange("OPTIONS /length HTTP/1.1\r\nHost: t\r\n\r\n");
      assertThat(options.status()).isEqualTo(204);
      assertThat(options.headers()).doesNotContainKeys("content-type", "content-length");
      assertThat(options.header("Allow")).isEqualTo("POST, OPTIONS");
      RawHttp.Answer head = http.exchange("HEAD /health HTTP/1.1\r\nHost: t\r\n\r\n");
      assertThat(head.header("Content-Length")).isEqualTo("2");
      assertThat(head.header("Content-Type")).isEqualTo("application/json");
      assertThat(http.exchange(RawHttp.get("/health")).body()).isEqualTo("{}");
    }
  }

  @Test
  void headersUpToTheirSizeLimitAreServedAndTheServerDoesNotNameItself() throws Exception {
    RawHttp.Answer big = exchange("GET /health HTTP/1.1\r\nHost: t\r\nX-Big: "
        + "a".repeat(12_000) + "\r\n\r\n"); // more than Jetty's default of 8 KiB
    assertThat(big.status()).isEqualTo(200);
    assertThat(big.headers()).doesNotContainKey("server").doesNotContainKey("x-powered-by");
    assertThat(exchange("GET /health HTTP/1.1\r\nHost: t\r\nX-Big: " + "a".repeat(17_000)
        + "\r\n\r\n").status()).isEqualTo(431);
  }

  @Test
  void anIdleConnectionIsClosedAfterTheIdleTimeout() throws Exception {
    try (RawHttp http = new RawHttp(service.port(), 3_000)) {
      assertThat(http.exchange(RawHttp.get("/health")).status()).isEqualTo(200);
      assertThat(http.closedByServer()).as("closed after 1 s idle, within 3 s").isTrue();
    }
  }

  @Test
  void headersStillArrivingAfterTheHeaderTimeoutAreCutOff() throws Exception {
    try (RawHttp http = new RawHttp(service.port())) {
      http.send("GET /health HTTP/1.1\r\nHost: t\r\nX-Slow: ");
      boolean cut = false;
      for (int i = 0; i < 20 && !cut; i++) { // a byte every 100 ms, for 2 s at most
        Thread.sleep(100);
        try {
          http.send("a");
        } catch (IOException closed) {
          cut = true;
        }
      }
      assertThat(cut).as("cut off after 600 ms, well within 2 s").isTrue();
    }
  }

  @Test
  void headersThatTakeLessThanTheHeaderTimeoutAreServed() throws Exception {
    try (RawHttp http = new RawHttp(service.port())) {
      http.send("GET /health HTTP/1.1\r\n");
      Thread.sleep(300); // half the header timeout: at least one sweep sees it in its headers
      assertThat(http.send("Host: t\r\n\r\n").read().status()).isEqualTo(200);
    }
  }

  /** The cap counts open connections, not connections ever opened. */
  @Test
  void connectionsThatCloseMakeRoomForNewOnes() throws Exception {
    for (int i = 0; i < 24; i++) { // the cap is 16
      try (RawHttp http = new RawHttp(service.port())) {
        RawHttp.Answer answer =
            http.exchange("GET /health HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
        assertThat(answer.status()).as("connection %d", i).isEqualTo(200);
        assertThat(http.closedByServer()).isTrue();
      }
      long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
      while (!service.connections().isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
    }
  }

  @Test
  void aPathHasOneRoutePerMethod() {
    Route get = new Route("GET", "/a", false, request -> HttpResponse.empty(204));
    Route post = new Route("POST", "/a", true, request -> HttpResponse.empty(204));
    Route again = new Route("GET", "/a", false, request -> HttpResponse.empty(200));
    assertThat(new RouteHandler(List.of(get, post), EligibilityApi::problem, SMALL, null))
        .isNotNull();
    assertThatThrownBy(
            () -> new RouteHandler(List.of(get, post, again), EligibilityApi::problem, SMALL, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("GET /a twice");
  }

  @Test
  void withTimesChangesTheThreeTimesOnly() {
    Limits changed = SMALL.withTimes(Duration.ofSeconds(7), Duration.ofSeconds(8),
        Duration.ofSeconds(9));
    assertThat(changed).isEqualTo(new Limits(16, Duration.ofSeconds(2), Duration.ofSeconds(7),
        Duration.ofSeconds(8), 16 * 1024, 10, 100, Duration.ofSeconds(9), 50,
        Duration.ofMillis(500), Duration.ofMillis(500), 8));
  }
}
