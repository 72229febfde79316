package io.github.learningcities.gnlc.examples.report;

import java.util.ArrayList;
import java.util.List;

/**
 * One chart of the report as a section: a heading, an SVG image with its {@code <title>} and
 * {@code <desc>}, an optional legend, notes, and the data table behind it.
 */
final class Figure {
  private static final String SVG = "http://www.w3.org/2000/svg";

  private final String id;
  private final String title;
  private final String description;
  private final double width;
  private final double height;
  private final Markup body = new Markup();
  private final Markup legend = new Markup();
  private final List<Markup> notes = new ArrayList<>();
  private boolean wide;
  private DataTable table;

  /**
   * Starts a figure.
   *
   * @param id  the section's id; the SVG's title, description and table take ids from it
   * @param title  the title, shown as the heading and as the SVG's title
   * @param description  what the chart shows, in words and numbers, for readers who cannot see it
   * @param width  the SVG's view box width
   * @param height  the SVG's view box height
   */
  Figure(String id, String title, String description, double width, double height) {
    this.id = id;
    this.title = title;
    this.description = description;
    this.width = width;
    this.height = height;
  }

  String id() {
    return id;
  }

  String title() {
    return title;
  }

  /** The SVG content drawn in the view box. */
  Markup body() {
    return body;
  }

  /** HTML shown under the image that explains its marks and colours. */
  Markup legend() {
    return legend;
  }

  /** Adds a paragraph under the image. */
  Figure note(String text) {
    notes.add(new Markup().element("p", text, "class", "note"));
    return this;
  }

  /** Adds HTML under the image. */
  Figure note(Markup markup) {
    notes.add(markup);
    return this;
  }

  /** Lets the figure span the page's full width. */
  Figure wide() {
    this.wide = true;
    return this;
  }

  /** Sets the table behind the chart; its id is the figure's id with {@code -table}. */
  DataTable table(String caption, String... headers) {
    table = new DataTable(id + "-table", caption, headers);
    return table;
  }

  void render(Markup m, ReportText text) {
    if (table == null) {
      throw new IllegalStateException(id + ": a figure needs a data table");
    }
    m.open("section", "class", wide ? "chart wide" : "chart", "id", id,
        "aria-labelledby", id + "-title").newLine();
    m.element("h2", title, "id", id + "-title").newLine();
    m.open("div", "class", "figure-body").newLine();
    m.open("svg", "xmlns", SVG, "viewBox", "0 0 " + Markup.num(width) + " " + Markup.num(height),
        "role", "img", "aria-labelledby", id + "-svg-title " + id + "-svg-desc").newLine();
    m.element("title", title, "id", id + "-svg-title").newLine();
    m.element("desc", description, "id", id + "-svg-desc").newLine();
    m.append(body);
    m.close("svg").newLine();
    m.open("div", "class", "legend-box").append(legend).close("div").newLine();
    m.close("div").newLine();
    notes.forEach(m::append);
    m.open("details").newLine();
    m.element("summary", text.get("table.summary", title)).newLine();
    table.render(m);
    m.close("details").newLine();
    m.close("section").newLine();
  }
}
