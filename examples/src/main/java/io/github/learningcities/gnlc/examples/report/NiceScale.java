package io.github.learningcities.gnlc.examples.report;

/**
 * A linear axis from zero to a round maximum with round steps (1, 2 or 5 times a power of ten),
 * mapped onto a range of SVG coordinates.
 */
final class NiceScale {
  private final double step;
  private final double max;
  private final double from;
  private final double to;

  /**
   * Creates the scale.
   *
   * @param dataMax  the largest value to show
   * @param maxTicks  the most steps the axis may have
   * @param from  the coordinate of zero
   * @param to  the coordinate of the maximum
   */
  NiceScale(double dataMax, int maxTicks, double from, double to) {
    double raw = Math.max(dataMax, 1) / maxTicks;
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double fraction = raw / power;
    this.step = (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
    this.max = Math.ceil(Math.max(dataMax, 1) / step) * step;
    this.from = from;
    this.to = to;
  }

  double at(double value) {
    return from + (to - from) * value / max;
  }

  double step() {
    return step;
  }

  double max() {
    return max;
  }

  /**
   * Draws a horizontal grid line at every step with its value on the left, and the axis title
   * above the values.
   */
  void drawGrid(Markup m, double left, double right, String title, ReportText text) {
    m.open("g", "class", "grid");
    for (double v = 0; v <= max; v += step) {
      m.selfClosing("line", "x1", Markup.num(left), "x2", Markup.num(right),
          "y1", Markup.num(at(v)), "y2", Markup.num(at(v)));
      m.element("text", text.integer((long) v), "x", Markup.num(left - 6),
          "y", Markup.num(at(v) + 4), "text-anchor", "end");
    }
    m.close("g").newLine();
    m.element("text", title, "x", Markup.num(left - 6), "y", "12", "text-anchor", "end",
        "class", "axis-title");
  }
}
