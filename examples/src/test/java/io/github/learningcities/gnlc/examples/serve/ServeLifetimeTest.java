package io.github.learningcities.gnlc.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.examples.Environment;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code serve}'s whole life in this JVM, with a {@link Lifetime} that hands the test the shutdown
 * hook and records the halt: ServeShutdownTest runs the same with SIGTERM in a JVM of its own.
 */
class ServeLifetimeTest {
  private static final long WAIT_MILLIS = RawHttp.TIMEOUT_MILLIS;

  /** Hands over the hook; halting interrupts the thread running {@code call()}. */
  private static final class TestLifetime implements Lifetime {
    final CompletableFuture<Thread> hook = new CompletableFuture<>();
    final CompletableFuture<Integer> halted = new CompletableFuture<>();
    volatile Thread caller;

    @Override
    public void onShutdown(Thread hook) {
      this.hook.complete(hook);
    }

    @Override
    public void halt(int status) {
      halted.complete(status);
      caller.interrupt();
    }
  }

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private List<String> lines() {
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  /** Waits (at most 2 s) for the two start-up lines. */
  private List<String> announced() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
    while (lines().size() < 2 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    return lines();
  }

  @Test
  void serveRunsUntilItsShutdownHookStopsItAndHaltsWithStatus0() throws Exception {
    TestLifetime lifetime = new TestLifetime();
    ServeCommand serve = new ServeCommand(new Environment(InputStream.nullInputStream(),
        new PrintStream(out, true, StandardCharsets.UTF_8), System.err,
        Clock.fixed(Instant.parse("2025-07-01T12:00:00Z"), ZoneOffset.UTC)), lifetime);
    new CommandLine(serve).parseArgs("--port", "0", "--bind", "127.0.0.1");
    CompletableFuture<Integer> status = new CompletableFuture<>();
    AtomicBoolean interrupted = new AtomicBoolean();
    Thread caller = new Thread(() -> {
      try {
        Integer exit = serve.call();
        interrupted.set(Thread.currentThread().isInterrupted());
        status.complete(exit);
      } catch (RuntimeException e) {
        status.completeExceptionally(e);
      }
    }, "serve-call");
    caller.setDaemon(true);
    lifetime.caller = caller;
    caller.start();
    Thread hook = null;
    try {
      hook = lifetime.hook.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
      assertThat(hook.getName()).isEqualTo("gnlc-shutdown");
      assertThat(hook.isAlive()).isFalse();
      List<String> start = announced();
      assertThat(start).hasSize(2);
      assertThat(start.get(0))
          .startsWith("gnlc eligibility service listening on http://127.0.0.1:");
      assertThat(start.get(1)).startsWith("members: embedded data (");
      int port = Integer.parseInt(start.get(0).substring(start.get(0).lastIndexOf(':') + 1));
      try (RawHttp http = new RawHttp(port)) {
        assertThat(http.exchange(RawHttp.get("/health")).status()).isEqualTo(200);
      }
      // serves until the hook runs: call() has not returned (a wait that cannot fail the code)
      assertThatThrownBy(() -> status.get(200, TimeUnit.MILLISECONDS))
          .isInstanceOf(TimeoutException.class);
      assertThat(lifetime.halted).isNotDone();

      hook.run();
      hook = null;

      assertThat(lifetime.halted.get(WAIT_MILLIS, TimeUnit.MILLISECONDS)).isEqualTo(0);
      assertThat(lines()).containsSubsequence(
          "gnlc eligibility service stopping: finishing the requests in flight",
          "gnlc eligibility service stopped");
      assertThatThrownBy(() -> {
        try (Socket socket = new Socket()) {
          socket.connect(new InetSocketAddress("127.0.0.1", port), (int) WAIT_MILLIS);
        }
      }).isInstanceOf(ConnectException.class);
      assertThat(status.get(WAIT_MILLIS, TimeUnit.MILLISECONDS)).isEqualTo(0);
      assertThat(interrupted).isTrue();
    } finally {
      if (hook != null) {
        hook.run(); // stops the service of a failed test
      }
      caller.interrupt();
    }
  }

  @Test
  void theRuntimesLifetimeRegistersTheHookWithTheJvm() {
    Thread hook = new Thread(() -> { }, "gnlc-test-hook");
    Lifetime.RUNTIME.onShutdown(hook);
    assertThat(Runtime.getRuntime().removeShutdownHook(hook)).isTrue();
  }
}
