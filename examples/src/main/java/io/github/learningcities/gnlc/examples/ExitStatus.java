package io.github.learningcities.gnlc.examples;

/** The exit statuses of every command. */
public final class ExitStatus {
  /** The command did its work (for the checker: every document was evaluated, whatever the verdicts). */
  public static final int OK = 0;
  /** Something other than bad input went wrong. */
  public static final int FAILURE = 1;
  /** Bad input: a usage error, a bad file or bad JSON. */
  public static final int BAD_INPUT = 2;

  private ExitStatus() {}
}
