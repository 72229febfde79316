package io.github.learningcities.gnlc.json.reliability;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A document produced on the fly as the parser reads it: a prefix, a unit repeated a number of
 * times, a suffix. It is never held in memory whole, and it counts the bytes the reader pulled, so
 * a test can show a reader gave up early.
 */
final class GeneratedInput extends InputStream {
  private final byte[] prefix;
  private final byte[] unit;
  private final long repeats;
  private final byte[] suffix;
  private final long length;
  private long position;

  GeneratedInput(String prefix, String unit, long repeats, String suffix) {
    this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
    this.unit = unit.getBytes(StandardCharsets.UTF_8);
    this.repeats = repeats;
    this.suffix = suffix.getBytes(StandardCharsets.UTF_8);
    this.length = this.prefix.length + this.unit.length * repeats + this.suffix.length;
  }

  /** The length of the whole document in bytes. */
  long length() {
    return length;
  }

  /** The bytes read so far. */
  long consumed() {
    return position;
  }

  private int at(long index) {
    if (index < prefix.length) {
      return prefix[(int) index] & 0xff;
    }
    long body = index - prefix.length;
    if (body < unit.length * repeats) {
      return unit[(int) (body % unit.length)] & 0xff;
    }
    return suffix[(int) (body - unit.length * repeats)] & 0xff;
  }

  @Override
  public int read() {
    return position < length ? at(position++) : -1;
  }

  @Override
  public int read(byte[] buffer, int offset, int count) {
    if (count == 0) {
      return 0;
    }
    if (position >= length) {
      return -1;
    }
    int n = (int) Math.min(count, length - position);
    for (int i = 0; i < n; i++) {
      buffer[offset + i] = (byte) at(position++);
    }
    return n;
  }
}
