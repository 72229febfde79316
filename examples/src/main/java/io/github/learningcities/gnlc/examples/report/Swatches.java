package io.github.learningcities.gnlc.examples.report;

import java.util.List;

/** A legend of colour swatches with their labels, as an HTML list. */
final class Swatches {
  private Swatches() {}

  static void legend(Markup m, List<String> colours, List<String> labels) {
    m.open("ul", "class", "legend").newLine();
    for (int i = 0; i < colours.size(); i++) {
      m.open("li").element("span", "", "class", "swatch", "style",
          "background-color:" + colours.get(i)).text(labels.get(i)).close("li").newLine();
    }
    m.close("ul").newLine();
  }
}
