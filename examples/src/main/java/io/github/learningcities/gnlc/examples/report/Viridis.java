package io.github.learningcities.gnlc.examples.report;

import java.util.Locale;

/**
 * The viridis colour map (Smith and van der Walt, matplotlib, CC0): a sequential palette that keeps
 * its order in lightness for readers with the common forms of colour blindness and in grey scale.
 * Nine stops of the published map, interpolated linearly.
 */
final class Viridis {
  private static final int[] STOPS = {
    0x440154, 0x472d7b, 0x3b528b, 0x2c728e, 0x21918c, 0x28ae80, 0x5ec962, 0xaddc30, 0xfde725
  };

  private Viridis() {}

  /**
   * Returns the colour at a position of the map.
   *
   * @param t  the position, 0 (dark purple) to 1 (yellow); clamped
   * @return the colour as {@code #rrggbb}
   */
  static String at(double t) {
    double position = Math.max(0, Math.min(1, t)) * (STOPS.length - 1);
    int low = (int) Math.floor(position);
    int high = Math.min(STOPS.length - 1, low + 1);
    double f = position - low;
    int rgb = 0;
    for (int shift = 16; shift >= 0; shift -= 8) {
      int a = STOPS[low] >> shift & 0xff;
      int b = STOPS[high] >> shift & 0xff;
      rgb |= (int) Math.round(a + (b - a) * f) << shift;
    }
    return String.format(Locale.ROOT, "#%06x", rgb);
  }

  /**
   * Returns n colours evenly spread from light to dark, for classes that count from few to many.
   *
   * @param n  the number of colours, at least 1
   * @return the colours, lightest first
   */
  static String[] lightToDark(int n) {
    String[] colours = new String[n];
    for (int i = 0; i < n; i++) {
      colours[i] = at(n == 1 ? 0.5 : 0.95 - 0.85 * i / (n - 1));
    }
    return colours;
  }
}
