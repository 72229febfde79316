package io.github.learningcities.gnlc.examples;

import io.github.learningcities.gnlc.network.Network;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Entry point of {@code gnlc-examples.jar}: with no arguments, the network tour. */
public final class Main {
  private Main() {}

  /**
   * Runs the network tour on the embedded data.
   *
   * @param args  no arguments
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    new NetworkTour(Network.embedded(), out).run();
    out.flush();
  }
}
