package io.github.learningcities.gnlc.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ViridisTest {
  @Test
  void endsAtThePublishedColours() {
    assertThat(Viridis.at(0)).isEqualTo("#440154");
    assertThat(Viridis.at(0.5)).isEqualTo("#21918c");
    assertThat(Viridis.at(1)).isEqualTo("#fde725");
    assertThat(Viridis.at(-3)).isEqualTo("#440154");
    assertThat(Viridis.at(7)).isEqualTo("#fde725");
  }

  @Test
  void classesGetDarkerAsTheyCountMore() {
    for (int n = 2; n <= 8; n++) {
      String[] colours = Viridis.lightToDark(n);
      for (int i = 1; i < n; i++) {
        assertThat(luminance(colours[i])).as(n + " classes, class " + i)
            .isLessThan(luminance(colours[i - 1]));
      }
    }
    assertThat(Viridis.lightToDark(1)).containsExactly("#21918c");
  }

  @Test
  void mapClassesDoubleUpToTheLargestCount() {
    assertThat(WorldMapChart.classes(0)).isEmpty();
    assertThat(WorldMapChart.classes(1)).containsExactly(new int[] {1, 1});
    assertThat(WorldMapChart.classes(15))
        .containsExactly(new int[] {1, 1}, new int[] {2, 3}, new int[] {4, 7}, new int[] {8, 15});
    assertThat(WorldMapChart.classes(20)).last().isEqualTo(new int[] {16, 20});
  }

  /** Relative luminance (WCAG 2). */
  private static double luminance(String hex) {
    double l = 0;
    double[] weights = {0.2126, 0.7152, 0.0722};
    for (int i = 0; i < 3; i++) {
      double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      c = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
      l += weights[i] * c;
    }
    return l;
  }
}
