package io.github.learningcities.gnlc.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.examples.Environment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.SocketChannelEndPoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The service under abuse, on an ephemeral port, with the limits of {@code serve} except shorter
 * times (headers within 1 s, body grace 0.5 s), so that the cut-offs show quickly. Every refusal
 * must be an RFC 9457 problem naming no Java class, and {@code /health} must keep answering
 * within 1 s.
 *
 * <p>Slow: the tests tagged {@code abuse} hold hundreds of connections or wait for time-outs
 * (about 20 s in all).
 */
class ServeHardeningTest {
  private static final Limits LIMITS = TestLimits.SERVE
      .withTimes(Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofMillis(500));
  private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
  private static HttpService service;
  private static HttpClient client;

  @BeforeAll
  static void start() throws IOException {
    service = serve(LIMITS);
    client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    for (int i = 0; i < 20; i++) { // warm up, so that the 1 s probes measure the server only
      try (RawHttp http = new RawHttp(service.port())) {
        assertThat(http.exchange(RawHttp.get("/health")).status()).isEqualTo(200);
      }
    }
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  private static HttpService serve(Limits limits) throws IOException {
    Environment environment = new Environment(InputStream.nullInputStream(),
        new PrintStream(LOG, true, StandardCharsets.UTF_8), System.err, Clock.systemUTC());
    return new ServeCommand(environment).start(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), limits,
        new PrintStream(LOG, true, StandardCharsets.UTF_8));
  }

  /** The limits of serve with a cap of 16 connections, where a refused connection waits 20 s. */
  private static Limits capAt16() {
    return capAt16(Duration.ofSeconds(20));
  }

  /**
   * The limits of serve with a cap of 16 connections and this idle timeout for a refused one
   * (serve's 1 s would hide a refusal that closes only when it times out: the tests wait 2 s).
   */
  private static Limits capAt16(Duration refusalIdleTimeout) {
    Limits d = TestLimits.SERVE;
    return new Limits(16, refusalIdleTimeout, d.idleTimeout(), d.headerTimeout(),
        d.maxHeaderBytes(), d.maxHeaderCount(), d.maxBodyBytes(), d.bodyGrace(), d.minBodyRate(),
        d.stopTimeout(), Duration.ofSeconds(1), d.threads());
  }

  /** {@code GET /health} on a new connection must answer 200 within 1 s. */
  private static void assertHealthWithinOneSecond(int port) throws Exception {
    HttpResponse<String> response = client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
            .timeout(Duration.ofSeconds(1)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
  }

  private static void assertProblem(RawHttp.Answer answer, int status, String fragment) {
    assertThat(answer.status()).isEqualTo(status);
    assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
    assertThat(answer.body())
        .contains("\"status\":" + status)
        .contains(fragment)
        .doesNotContain("Exception")
        .doesNotContain("java.")
        .doesNotContain("jetty")
        .doesNotContain("<html");
  }

  private static RawHttp.Answer exchange(String request) throws IOException {
    try (RawHttp http = new RawHttp(service.port())) {
      return http.send(request).read();
    }
  }

  @Tag("abuse")
  @ParameterizedTest(name = "{0} clients")
  @ValueSource(ints = {8, 300})
  void clientsDribblingHeadersNeitherStarveOthersNorStayForever(int clients) throws Exception {
    List<Socket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < clients; i++) {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), service.port());
        socket.getOutputStream().write("GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: "
            .getBytes(StandardCharsets.US_ASCII));
        sockets.add(socket);
      }
      int cut = 0;
      for (int round = 0; round < 15; round++) { // a byte per client every 200 ms, for 3 s
        cut = 0;
        for (Socket socket : sockets) {
          try {
            socket.getOutputStream().write('a');
          } catch (IOException closedByServer) {
            cut++;
          }
        }
        if (round % 3 == 0) {
          assertHealthWithinOneSecond(service.port());
        }
        Thread.sleep(200);
      }
      // the header timeout (1 s here) has closed every one of them
      assertThat(cut).isEqualTo(clients);
    } finally {
      for (Socket socket : sockets) {
        socket.close();
      }
    }
  }

  @Tag("abuse")
  @ParameterizedTest(name = "{0} clients")
  @ValueSource(ints = {8, 300})
  void idleClientsDoNotLockOthersOut(int clients) throws Exception {
    List<Socket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < clients; i++) {
        sockets.add(new Socket(InetAddress.getLoopbackAddress(), service.port()));
      }
      awaitConnections(service, clients); // all of them held by the server
      for (int i = 0; i < 5; i++) {
        assertHealthWithinOneSecond(service.port());
      }
      assertThat(service.connections().size()).isGreaterThanOrEqualTo(clients);
    } finally {
      for (Socket socket : sockets) {
        socket.close();
      }
    }
  }

  @Test
  void atTheCapTheIdlestConnectionGivesWayToANewOne() throws Exception {
    HttpService capped = serve(capAt16());
    List<RawHttp> idle = new ArrayList<>();
    try {
      idle.add(new RawHttp(capped.port()));
      awaitConnections(capped, 1);
      Thread.sleep(200); // the first is the one idle longest, even if the server accepts late
      for (int i = 1; i < 16; i++) {
        idle.add(new RawHttp(capped.port()));
      }
      awaitConnections(capped, 16);
      assertHealthWithinOneSecond(capped.port());
      assertThat(idle.get(0).closedByServer()).as("the idlest connection").isTrue();
      assertThat(idle.get(15).exchange(RawHttp.get("/health")).status()).isEqualTo(200);
    } finally {
      for (RawHttp http : idle) {
        http.close();
      }
      capped.close();
    }
  }

  @Test
  void atTheCapWithEveryConnectionBusyANewOneIsAnswered503AndClosed() throws Exception {
    HttpService capped = serve(capAt16());
    List<RawHttp> busy = new ArrayList<>();
    try {
      busy.addAll(busyConnections(capped, 16));
      try (RawHttp http = new RawHttp(capped.port())) {
        // more than the 4 KiB the refusal reads at a time, all of which it reads and drops
        RawHttp.Answer answer = http.exchange("GET /health HTTP/1.1\r\nHost: x\r\nX-Pad: "
            + "x".repeat(6_000) + "\r\n\r\n");
        assertProblem(answer, 503, "too-many-connections");
        assertThat(answer.header("Retry-After")).isEqualTo("1");
        assertThat(answer.header("Connection")).isEqualTo("close");
        assertThat(http.closedByServer()).as("the server's side shut at once").isTrue();
        // one more while the refusal is still open: the cap check passes over the refusal
        try (RawHttp second = new RawHttp(capped.port())) {
          assertProblem(second.exchange(RawHttp.get("/health")), 503, "too-many-connections");
        }
        // more bytes after the answer, read and dropped while the refusal waits for the close
        http.send("more");
        Thread.sleep(100);
      }
      // the refusal closes when its client does, not when its 20 s idle timeout ends
      awaitConnectionsAtMost(capped, 16);
    } finally {
      for (RawHttp http : busy) {
        http.close();
      }
      capped.close();
    }
  }

  @Test
  void aRefusedConnectionWhoseClientStaysIsClosedWhenItsIdleTimeoutEnds() throws Exception {
    HttpService capped = serve(capAt16(Duration.ofMillis(200)));
    List<RawHttp> busy = new ArrayList<>();
    try {
      busy.addAll(busyConnections(capped, 16));
      try (RawHttp http = new RawHttp(capped.port())) {
        assertProblem(http.exchange(RawHttp.get("/health")), 503, "too-many-connections");
        assertThat(http.closedByServer()).isTrue();
        // the client keeps its side open: the refusal's own idle timeout closes the connection
        awaitConnectionsAtMost(capped, 16);
      }
    } finally {
      for (RawHttp http : busy) {
        http.close();
      }
      capped.close();
    }
  }

  /** Opens that many connections, each in the middle of a request's body; the server holds them. */
  private static List<RawHttp> busyConnections(HttpService capped, int count) throws Exception {
    List<RawHttp> busy = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      busy.add(new RawHttp(capped.port()).send("POST /v1/membership/decisions "
          + "HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100"
          + "\r\n\r\n{"));
    }
    awaitConnections(capped, count);
    Thread.sleep(200); // for the server to take in every request's headers
    return busy;
  }

  /** Waits (at most 2 s, as clients do) until the server holds at most that many connections. */
  private static void awaitConnectionsAtMost(HttpService service, int count) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMillis(RawHttp.TIMEOUT_MILLIS).toNanos();
    while (service.connections().size() > count && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(service.connections()).hasSize(count);
  }

  /** Waits until the server holds at least that many connections. */
  private static void awaitConnections(HttpService service, int count) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (service.connections().size() < count && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(service.connections().size()).isGreaterThanOrEqualTo(count);
  }

  @Tag("abuse")
  @Test
  void aBodyThatStopsHalfWayIsCutOffWith408() throws Exception {
    try (RawHttp http = new RawHttp(service.port())) {
      http.send("POST /v1/membership/decisions HTTP/1.1\r\nHost: x\r\n"
          + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"formatVersion\"");
      RawHttp.Answer answer = http.read();
      assertProblem(answer, 408, "arrived too slowly");
      assertThat(answer.header("Connection")).isEqualTo("close");
      assertThat(http.closedByServer()).isTrue();
    }
  }

  @Tag("abuse")
  @Test
  void aDribbledBodyIsCutOffByTheMinimumRate() throws Exception {
    try (RawHttp http = new RawHttp(service.port())) {
      http.send("POST /v1/membership/decisions HTTP/1.1\r\nHost: x\r\n"
          + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n");
      Optional<RawHttp.Answer> answer = Optional.empty();
      for (int i = 0; i < 100 && answer.isEmpty(); i++) { // a byte every 50 ms: 20 bytes/s
        try {
          http.send(" ");
          Thread.sleep(50);
          if (http.socket().getInputStream().available() > 0) {
            answer = Optional.of(http.read());
          }
        } catch (IOException closed) {
          answer = Optional.of(http.read());
        }
      }
      assertThat(answer).isPresent();
      assertProblem(answer.get(), 408, "bytes per second");
    }
  }

  /** The header timeout (1 s here) counts from a request's first byte, not from the last answer. */
  @Test
  void aKeepAliveConnectionIdleLongerThanTheHeaderTimeoutIsStillServed() throws Exception {
    try (RawHttp http = new RawHttp(service.port())) {
      assertThat(http.exchange(RawHttp.get("/health")).status()).isEqualTo(200);
      Thread.sleep(1_500); // idle between requests: the idle timeout (30 s) applies
      assertThat(http.exchange(RawHttp.get("/health")).status()).isEqualTo(200);
    }
  }

  @Test
  void tooManyHeaderFieldsAre431() throws Exception {
    StringBuilder request = new StringBuilder("GET /health HTTP/1.1\r\nHost: x\r\n");
    for (int i = 0; i < 200; i++) {
      request.append("X-Filler-").append(i).append(": ").append(i).append("\r\n");
    }
    assertProblem(exchange(request.append("\r\n").toString()), 431, "201 header fields");
  }

  @Test
  void aHeaderLineOf100KilobytesIs431() throws Exception {
    assertProblem(exchange("GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(100_000)
        + "\r\n\r\n"), 431, "header-fields-too-large");
  }

  @Test
  void aVeryLongUriIs414() throws Exception {
    assertProblem(exchange(RawHttp.get("/health?" + "a".repeat(20_000))), 414, "uri-too-long");
  }

  @Test
  void aBadRequestLineIs400() throws Exception {
    RawHttp.Answer answer = exchange("GARBAGE\r\n\r\n");
    assertProblem(answer, 400, "bad-request");
    assertThat(answer.body()).doesNotContain("instance");
  }

  @Test
  void aBadEscapeInThePathIs400() throws Exception {
    assertProblem(exchange(RawHttp.get("/v1/%ZZ")), 400, "bad-request");
    assertProblem(exchange(RawHttp.get("/v1/%C0%80")), 400, "Bad UTF-8");
    assertProblem(exchange(RawHttp.get("/v1/%2e%2e/health")), 400, "Ambiguous URI");
  }

  @Test
  void http11WithoutHostIs400() throws Exception {
    assertProblem(exchange("GET /health HTTP/1.1\r\n\r\n"), 400, "No Host");
    assertThat(exchange("GET /health HTTP/1.0\r\n\r\n").status()).isEqualTo(200);
  }

  @Test
  void tlsSpokenToThePortIs400() throws Exception {
    byte[] clientHello = {0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, (byte) 0xfc, 0x03, 0x03};
    try (RawHttp http = new RawHttp(service.port())) {
      assertProblem(http.send(clientHello).read(), 400, "Illegal character");
    }
  }

  @Tag("abuse")
  @Test
  void aClientThatDoesNotReadALargeAnswerHoldsNoOneUp() throws Exception {
    try (RawHttp greedy = new RawHttp(service.port())) {
      greedy.socket().setReceiveBufferSize(4096);
      StringBuilder pipeline = new StringBuilder();
      for (int i = 0; i < 200; i++) {
        pipeline.append(RawHttp.get("/v1/rule-sets"));
      }
      greedy.send(pipeline.toString()); // about 5 MB of answers, never read
      for (int i = 0; i < 5; i++) {
        assertHealthWithinOneSecond(service.port());
      }
    }
  }

  @Test
  void aClientThatLeavesMidBodyHoldsNothing() throws Exception {
    for (int i = 0; i < 20; i++) {
      try (RawHttp http = new RawHttp(service.port())) {
        http.send("POST /v1/membership/decisions HTTP/1.1\r\nHost: x\r\n"
            + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"formatVersion\"");
      }
    }
    assertHealthWithinOneSecond(service.port());
  }

  @Test
  void manyKeepAliveRequestsOnOneConnectionWithNoDelay() throws Exception {
    String application =
        Files.readString(Path.of("applications", "sample-2025.json"), StandardCharsets.UTF_8);
    byte[] body = application.getBytes(StandardCharsets.UTF_8);
    try (RawHttp http = new RawHttp(service.port())) {
      for (int i = 0; i < 500; i++) {
        assertThat(http.exchange(RawHttp.get("/health")).status()).isEqualTo(200);
        RawHttp.Answer decision = http.send(("POST /v1/membership/decisions?asOf=2025-06-20 "
            + "HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
            + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII)).send(body).read();
        assertThat(decision.status()).isEqualTo(200);
        assertThat(decision.header("Connection")).isEmpty();
      }
      // the server side of every connection, this one included, has Nagle's algorithm off
      List<EndPoint> open = new ArrayList<>(service.connections());
      assertThat(open).isNotEmpty();
      for (EndPoint endPoint : open) {
        SocketChannel channel = ((SocketChannelEndPoint) endPoint).getChannel();
        assertThat(channel.getOption(StandardSocketOptions.TCP_NODELAY)).isTrue();
      }
    }
  }

  @Test
  void anUnexpectedFailureIsLoggedOnceWithItsStackAndAnswered500() throws Exception {
    ByteArrayOutputStream serverLog = new ByteArrayOutputStream();
    Route failing = new Route("GET", "/fail", false, request -> {
      throw new IllegalStateException("secret detail");
    });
    ServerLogCapture capture = ServerLogCapture.of(RouteHandler.class, serverLog);
    try (HttpService failingService = HttpService.start(
             new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), LIMITS, List.of(failing),
             EligibilityApi::problem, new PrintStream(OutputStream.nullOutputStream()));
         RawHttp http = new RawHttp(failingService.port())) {
      RawHttp.Answer answer = http.exchange(RawHttp.get("/fail"));
      assertProblem(answer, 500, "internal-error");
      assertThat(answer.body()).doesNotContain("secret").doesNotContain("IllegalState");
    } finally {
      capture.close();
    }
    String log = serverLog.toString(StandardCharsets.UTF_8);
    assertThat(log).containsOnlyOnce("java.lang.IllegalStateException: secret detail")
        .containsOnlyOnce("unexpected failure answering GET /fail")
        .contains("\tat ");
  }

  @Test
  void theAccessLogRecordsRefusalsWithTheirStatusAndBytes() throws Exception {
    LOG.reset(); // only this request's line
    long start = System.nanoTime();
    RawHttp.Answer answer = exchange("GET /health HTTP/1.1\r\n\r\n");
    byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
    long deadline = System.nanoTime() + Duration.ofMillis(RawHttp.TIMEOUT_MILLIS).toNanos();
    String expected = "\"GET /health\" 400 " + body.length + "B";
    while (!LOG.toString(StandardCharsets.UTF_8).contains(expected)
        && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(LOG.toString(StandardCharsets.UTF_8)).contains(expected);
    long elapsed = Duration.ofNanos(System.nanoTime() - start).toMillis();
    java.util.regex.Matcher millis = java.util.regex.Pattern
        .compile(java.util.regex.Pattern.quote(expected) + " (\\d+)ms")
        .matcher(LOG.toString(StandardCharsets.UTF_8));
    assertThat(millis.find()).isTrue();
    assertThat(Long.parseLong(millis.group(1))).isBetween(0L, elapsed);
  }
}
