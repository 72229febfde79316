package io.github.learningcities.gnlc.json.reliability;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A class the security payloads name: if any reader instantiated, or even initialised, it, {@link
 * #INITIALISED} would count it. Kept in its own holder so that reading the counter does not
 * initialise this class.
 */
public final class Gadget {
  static {
    Witness.INITIALISED.incrementAndGet();
  }

  /** Public, with a public constructor and setter, as a deserialisation gadget would be. */
  public Gadget() {}

  /**
   * A setter a bean deserialiser would call.
   *
   * @param command  ignored
   */
  public void setCommand(String command) {
    Witness.INITIALISED.incrementAndGet();
  }

  /** The counter, in a class of its own. */
  static final class Witness {
    static final AtomicInteger INITIALISED = new AtomicInteger();

    private Witness() {}
  }
}
