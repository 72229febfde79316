package io.github.learningcities.gnlc.json;

/**
 * The number of examples of a property that asks for its own count, scaled like QuickTheories'
 * default: when the system property {@code QT_EXAMPLES} is set (the mutation profile sets 100,
 * a tenth of the default 1,000), a count of {@code n} becomes {@code n * QT_EXAMPLES / 1000}, at
 * least 1; otherwise it stays {@code n}.
 */
final class Examples {
  private static final int DEFAULT = 1000;

  private Examples() {}

  static int scaled(int n) {
    Integer examples = Integer.getInteger("QT_EXAMPLES");
    return examples == null ? n : (int) Math.max(1, (long) n * examples / DEFAULT);
  }
}
