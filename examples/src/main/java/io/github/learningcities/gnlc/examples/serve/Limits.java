package io.github.learningcities.gnlc.examples.serve;

import java.time.Duration;

/**
 * What a client can make the service hold or wait for. {@link #DEFAULT} is what {@code serve}
 * runs with; tests shrink the times.
 *
 * @param maxConnections  open connections at most: at the cap, the connection waiting longest
 *     without a request in progress gives way to a new one; when all are busy, the new one is
 *     answered 503 and closed
 * @param refusalIdleTimeout  a connection answered 503 at the cap is closed once its client has
 *     sent nothing for this long (a client normally closes it first, on reading the answer)
 * @param idleTimeout  a connection with no traffic for this long is closed
 * @param headerTimeout  the request line and headers must arrive within this time of their
 *     first byte, however slowly they trickle in; otherwise the connection is closed
 * @param maxHeaderBytes  the request line and headers, in bytes, at most (431 or 414 beyond)
 * @param maxHeaderCount  header fields at most (431 beyond)
 * @param maxBodyBytes  the request body, in bytes, at most (413 beyond)
 * @param bodyGrace  how long a request body may take before {@code minBodyRate} applies
 * @param minBodyRate  after the grace period, the body must arrive at this many bytes per second
 *     on average, counted from the end of the headers (408 otherwise)
 * @param stopTimeout  on stop, how long requests still running may take to finish
 * @param stopIdleTimeout  on stop, a connection with no traffic for this long is closed (an idle
 *     keep-alive connection, or a request whose client stalls)
 * @param threads  the most worker threads: the work is mostly CPU (reads and writes do not block),
 *     so a few per core, rather than many that the cores would have to take turns on
 */
record Limits(
    int maxConnections,
    Duration refusalIdleTimeout,
    Duration idleTimeout,
    Duration headerTimeout,
    int maxHeaderBytes,
    int maxHeaderCount,
    int maxBodyBytes,
    Duration bodyGrace,
    int minBodyRate,
    Duration stopTimeout,
    Duration stopIdleTimeout,
    int threads) {

  /** The limits of {@code serve}. */
  static final Limits DEFAULT =
      new Limits(
          1_000,
          Duration.ofSeconds(1),
          Duration.ofSeconds(30),
          Duration.ofSeconds(10),
          16 * 1024,
          100,
          1 << 20,
          Duration.ofSeconds(5),
          4 * 1024,
          Duration.ofSeconds(10),
          Duration.ofSeconds(3),
          Math.max(8, 4 * Runtime.getRuntime().availableProcessors()));

  /** Returns these limits with other times for headers, bodies and idle connections. */
  Limits withTimes(Duration idle, Duration header, Duration grace) {
    return new Limits(maxConnections, refusalIdleTimeout, idle, header, maxHeaderBytes,
        maxHeaderCount, maxBodyBytes, grace, minBodyRate, stopTimeout, stopIdleTimeout, threads);
  }
}
