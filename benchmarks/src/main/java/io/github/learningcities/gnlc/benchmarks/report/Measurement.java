package io.github.learningcities.gnlc.benchmarks.report;

/**
 * A measured value with its error (the same units), and the ratios between such values with the
 * relative errors propagated in quadrature: for {@code r = a / b},
 * {@code δr / r = sqrt((δa / a)² + (δb / b)²)}.
 *
 * @param value  the value
 * @param error  the error, not negative (0 when unknown)
 */
public record Measurement(double value, double error) {
  /**
   * Returns this value divided by another, with the propagated error.
   *
   * @param other  the divisor
   * @return the ratio
   */
  public Measurement over(Measurement other) {
    double ratio = value / other.value;
    double relative = Math.sqrt(square(relativeError()) + square(other.relativeError()));
    return new Measurement(ratio, ratio * relative);
  }

  /**
   * Returns the error relative to the value.
   *
   * @return the relative error, 0 for a zero value
   */
  public double relativeError() {
    return value == 0 ? 0 : error / Math.abs(value);
  }

  private static double square(double x) {
    return x * x;
  }
}
