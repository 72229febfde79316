package io.github.learningcities.gnlc.examples;

/** Entry point of {@code gnlc-examples.jar}. */
public final class Main {
  private Main() {}

  /**
   * Runs the network tour.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    System.out.println("gnlc");
  }
}
