package io.github.learningcities.gnlc.examples.serve;

import java.time.Duration;

/** The limits the tests' services run with. */
final class TestLimits {
  /** The limits of {@code serve}, with a quick stop (see {@link #quickStop}). */
  static final Limits SERVE = quickStop(Limits.DEFAULT);

  private TestLimits() {}

  /**
   * Returns limits whose stop waits at most half a second for the requests still running and for
   * idle connections: a test that fails with a request in flight (a server that never answers)
   * closes its service at once, not after {@code serve}'s 10 s. The graceful stop itself is
   * {@code ServeShutdownTest}'s and {@code HttpServiceStopTest}'s to check.
   */
  static Limits quickStop(Limits limits) {
    return new Limits(limits.maxConnections(), limits.refusalIdleTimeout(), limits.idleTimeout(),
        limits.headerTimeout(), limits.maxHeaderBytes(), limits.maxHeaderCount(),
        limits.maxBodyBytes(), limits.bodyGrace(), limits.minBodyRate(), Duration.ofMillis(500),
        Duration.ofMillis(500), limits.threads());
  }
}
