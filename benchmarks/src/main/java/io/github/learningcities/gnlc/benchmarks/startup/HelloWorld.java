package io.github.learningcities.gnlc.benchmarks.startup;

/** The start-up baseline: a JVM that prints hello world, from the same class path. */
public final class HelloWorld {
  private HelloWorld() {}

  /**
   * Prints hello world.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    System.out.println("hello world");
  }
}
