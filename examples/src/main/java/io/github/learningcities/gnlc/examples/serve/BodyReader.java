package io.github.learningcities.gnlc.examples.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * Reads a request body without holding a thread while it waits: Jetty calls back when bytes
 * arrive. Refuses the body as soon as it passes the size limit (never holds more), and gives up
 * when it arrives too slowly: after a grace period, the bytes received must keep up with a
 * minimum average rate, checked by a timer (a body that stops half way is cut off too).
 */
final class BodyReader implements Runnable {
  /** Why a body was not read. */
  enum Failure {
    /** Larger than the limit. */
    TOO_LARGE,
    /** Slower than the minimum rate, or stopped. */
    TOO_SLOW,
    /** The connection failed or closed before the end of the body. */
    BROKEN
  }

  private final Request request;
  private final Limits limits;
  private final ScheduledExecutorService timer;
  private final Consumer<byte[]> onBody;
  private final Consumer<Failure> onFailure;
  private final long start = System.nanoTime();
  private final ByteArrayOutputStream bytes;
  private final AtomicBoolean done = new AtomicBoolean();
  private volatile long received;
  private volatile ScheduledFuture<?> check;

  private BodyReader(Request request, Limits limits, ScheduledExecutorService timer,
      Consumer<byte[]> onBody, Consumer<Failure> onFailure) {
    this.request = request;
    this.limits = limits;
    this.timer = timer;
    this.onBody = onBody;
    this.onFailure = onFailure;
    // never reserve the declared length up front: a client may declare 1 MiB and send nothing
    long declared = request.getLength();
    this.bytes = new ByteArrayOutputStream((int) Math.max(1024, Math.min(declared, 16 * 1024)));
  }

  /**
   * Starts reading a body whose declared length, if any, is within the limit. Exactly one of the
   * callbacks is called, once.
   *
   * @param request  the request
   * @param limits  the size limit, grace period and minimum rate
   * @param timer  runs the rate checks
   * @param onBody  receives the whole body
   * @param onFailure  is told why the body could not be read
   */
  static void read(Request request, Limits limits, ScheduledExecutorService timer,
      Consumer<byte[]> onBody, Consumer<Failure> onFailure) {
    BodyReader reader = new BodyReader(request, limits, timer, onBody, onFailure);
    reader.scheduleCheck(limits.bodyGrace().toNanos());
    reader.run();
  }

  /** Reads what has arrived, then asks Jetty to call again when there is more. */
  @Override
  public void run() {
    while (!done.get()) {
      Content.Chunk chunk = request.read();
      if (chunk == null) {
        request.demand(this);
        return;
      }
      if (Content.Chunk.isFailure(chunk)) {
        fail(chunk.getFailure() instanceof TimeoutException ? Failure.TOO_SLOW : Failure.BROKEN);
        return;
      }
      ByteBuffer buffer = chunk.getByteBuffer();
      int length = buffer.remaining();
      if (received + length > limits.maxBodyBytes()) {
        chunk.release();
        fail(Failure.TOO_LARGE);
        return;
      }
      byte[] copy = new byte[length];
      buffer.get(copy);
      bytes.write(copy, 0, length);
      received += length;
      boolean last = chunk.isLast();
      chunk.release();
      if (last) {
        if (done.compareAndSet(false, true)) {
          check.cancel(false);
          onBody.accept(bytes.toByteArray());
        }
        return;
      }
    }
  }

  /** The latest time, in nanoseconds since the start, by which {@code received} bytes are due. */
  private long deadline() {
    return limits.bodyGrace().toNanos()
        + TimeUnit.SECONDS.toNanos(received) / Math.max(1, limits.minBodyRate());
  }

  private void scheduleCheck(long delayNanos) {
    check = timer.schedule(this::check, Math.max(delayNanos, TimeUnit.MILLISECONDS.toNanos(10)),
        TimeUnit.NANOSECONDS);
  }

  private void check() {
    if (done.get()) {
      return;
    }
    long late = System.nanoTime() - start - deadline();
    if (late >= 0) {
      fail(Failure.TOO_SLOW);
    } else {
      scheduleCheck(-late);
    }
  }

  private void fail(Failure failure) {
    if (done.compareAndSet(false, true)) {
      check.cancel(false);
      onFailure.accept(failure);
    }
  }
}
