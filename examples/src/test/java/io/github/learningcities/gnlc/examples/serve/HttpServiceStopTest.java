package io.github.learningcities.gnlc.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.examples.Environment;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The service's threads and its graceful stop, in this JVM ({@code ServeShutdownTest} stops the
 * whole command with SIGTERM in a JVM of its own): {@link HttpService#close()} stops accepting,
 * lets the request in flight finish and log its real status, and ends the service's threads.
 */
class HttpServiceStopTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-07-01T12:00:00Z"), ZoneOffset.UTC);

  private final ByteArrayOutputStream log = new ByteArrayOutputStream();

  private HttpService start(Limits limits) throws Exception {
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    return new ServeCommand(new Environment(InputStream.nullInputStream(), quiet, quiet, CLOCK))
        .start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), limits,
            new PrintStream(log, true, StandardCharsets.UTF_8));
  }

  private static Set<Thread> threads(String prefix) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().startsWith(prefix))
        .collect(Collectors.toSet());
  }

  @Test
  void theServiceRunsOnNamedWorkerThreadsAndADaemonTimerThatCloseEnds() throws Exception {
    Set<Thread> before = new HashSet<>(threads("gnlc-timeouts"));
    HttpService service = start(TestLimits.SERVE);
    Set<Thread> timers = threads("gnlc-timeouts");
    timers.removeAll(before);
    try (RawHttp http = new RawHttp(service.port())) {
      assertThat(http.exchange(RawHttp.get("/health")).status()).isEqualTo(200);
      assertThat(threads("gnlc-http")).isNotEmpty();
      assertThat(timers).hasSize(1).allMatch(Thread::isDaemon);
    } finally {
      service.close();
    }
    for (Thread timer : timers) {
      timer.join(RawHttp.TIMEOUT_MILLIS);
      assertThat(timer.isAlive()).as("the timer thread after close").isFalse();
    }
  }

  @Test
  void closeRefusesNewConnectionsLetsTheRequestInFlightFinishAndLogsIt() throws Exception {
    byte[] body = Files.readAllBytes(Path.of("applications", "sample-2025.json"));
    HttpService service = start(Limits.DEFAULT); // a stop waits up to 10 s for running requests
    int port = service.port();
    CompletableFuture<Void> closing = null;
    try (RawHttp inFlight = new RawHttp(port)) {
      inFlight.send(("POST /v1/membership/decisions?asOf=2025-06-20 HTTP/1.1\r\nHost: x\r\n"
          + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      inFlight.send(Arrays.copyOf(body, body.length / 2));
      Thread.sleep(300); // for the server to read the headers: from then on it waits for the body

      closing = CompletableFuture.runAsync(service::close);
      assertThat(RawHttp.refusesConnections(port, RawHttp.TIMEOUT_MILLIS)).as("new connections refused while stopping").isTrue();
      assertThat(closing).isNotDone();

      inFlight.send(Arrays.copyOfRange(body, body.length / 2, body.length));
      RawHttp.Answer answer = inFlight.read();
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.body()).contains("\"verdict\":\"UNDETERMINED\"");
      closing.get(RawHttp.TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
      int bytes = answer.body().getBytes(StandardCharsets.UTF_8).length;
      List<String> lines = log.toString(StandardCharsets.UTF_8).lines().toList();
      assertThat(lines).anyMatch(line -> line.matches(
          "127\\.0\\.0\\.1 \"POST /v1/membership/decisions\" 200 " + bytes + "B \\d+ms"));
    } finally {
      if (closing == null) {
        service.close();
      }
    }
  }

  @Test
  void theServiceListensOnThePortAskedForAndAStopWaitsNoLongerThanItsTimeout() throws Exception {
    int free;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      free = probe.getLocalPort();
    }
    HttpService service = start(TestLimits.SERVE); // a stop waits 0.5 s for running requests
    service.close();
    service = new ServeCommand(new Environment(InputStream.nullInputStream(),
            new PrintStream(OutputStream.nullOutputStream()),
            new PrintStream(OutputStream.nullOutputStream()), CLOCK))
        .start(new InetSocketAddress(InetAddress.getLoopbackAddress(), free), TestLimits.SERVE,
            new PrintStream(log, true, StandardCharsets.UTF_8));
    assertThat(service.port()).isEqualTo(free);
    try (RawHttp stalled = new RawHttp(free)) {
      stalled.send("POST /v1/membership/decisions HTTP/1.1\r\nHost: x\r\n"
          + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{");
      Thread.sleep(300); // the body's grace period is 5 s: the request is in flight
      CompletableFuture.runAsync(service::close).get(RawHttp.TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
      assertThat(stalled.closedByServer()).isTrue();
    } finally {
      service.close();
    }
  }

  /**
   * Every way the handler answers completes its request: a stop, which waits up to 10 s for
   * requests still running, finds none.
   */
  @Test
  void aServiceThatAnsweredEveryKindOfRequestStopsAtOnce() throws Exception {
    HttpService service = start(Limits.DEFAULT);
    try (RawHttp http = new RawHttp(service.port())) {
      StringBuilder manyFields = new StringBuilder("GET /health HTTP/1.1\r\nHost: x\r\n");
      for (int i = 0; i < 100; i++) {
        manyFields.append("X-").append(i).append(": ").append(i).append("\r\n");
      }
      assertThat(http.exchange(manyFields.append("\r\n").toString()).status()).isEqualTo(431);
      assertThat(http.exchange("OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n").status())
          .isEqualTo(204);
      assertThat(http.exchange(RawHttp.get("/nowhere")).status()).isEqualTo(404);
      assertThat(http.exchange("OPTIONS /health HTTP/1.1\r\nHost: x\r\n\r\n").status())
          .isEqualTo(204);
      assertThat(http.exchange("DELETE /health HTTP/1.1\r\nHost: x\r\n\r\n").status())
          .isEqualTo(405);
      assertThat(http.exchange(RawHttp.get("/health")).status()).isEqualTo(200);
      assertThat(http.exchange("POST /v1/membership/decisions HTTP/1.1\r\nHost: x\r\n"
          + "Content-Type: text/plain\r\nContent-Length: 0\r\n\r\n").status())
          .isEqualTo(415);
    }
    try (RawHttp http = new RawHttp(service.port())) {
      assertThat(http.exchange("POST /v1/membership/decisions HTTP/1.1\r\nHost: x\r\n"
          + "Content-Type: application/json\r\nContent-Length: 2000000\r\n\r\n").status())
          .isEqualTo(413);
    }
    CompletableFuture.runAsync(service::close).get(RawHttp.TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
  }
}
