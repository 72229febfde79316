package io.github.learningcities.gnlc.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The data table behind a chart: a caption, column headers and rows whose first cell heads the row.
 * Numbers are right-aligned; a cell may link to its source or be in another language than the page.
 */
final class DataTable {
  /** One cell: its text, whether it is a number, an optional link and an optional language. */
  record Cell(String text, boolean numeric, Optional<String> href, Optional<String> lang) {
    static Cell text(String text) {
      return new Cell(text, false, Optional.empty(), Optional.empty());
    }

    static Cell number(String formatted) {
      return new Cell(formatted, true, Optional.empty(), Optional.empty());
    }

    static Cell link(String text, String href) {
      return new Cell(text, false, Optional.of(href), Optional.empty());
    }

    /** A cell in a language other than the page's, such as English data in the French page. */
    static Cell in(String lang, String text) {
      return new Cell(text, false, Optional.empty(), Optional.of(lang));
    }
  }

  private final String id;
  private final String caption;
  private final List<String> headers;
  private final List<List<Cell>> rows = new ArrayList<>();

  DataTable(String id, String caption, String... headers) {
    this.id = id;
    this.caption = caption;
    this.headers = List.of(headers);
  }

  DataTable row(Cell... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(
          id + ": a row has " + cells.length + " cells for " + headers.size() + " columns");
    }
    rows.add(List.of(cells));
    return this;
  }

  void render(Markup m) {
    m.open("div", "class", "table-wrap").open("table", "id", id).newLine();
    m.element("caption", caption);
    m.open("thead").open("tr");
    for (String header : headers) {
      m.element("th", header, "scope", "col");
    }
    m.close("tr").close("thead").newLine().open("tbody").newLine();
    for (List<Cell> row : rows) {
      m.open("tr");
      for (int i = 0; i < row.size(); i++) {
        cell(m, row.get(i), i == 0);
      }
      m.close("tr").newLine();
    }
    m.close("tbody").close("table").close("div").newLine();
  }

  private static void cell(Markup m, Cell cell, boolean rowHeader) {
    String name = rowHeader ? "th" : "td";
    List<String> attributes = new ArrayList<>();
    if (rowHeader) {
      attributes.add("scope");
      attributes.add("row");
    }
    if (cell.numeric()) {
      attributes.add("class");
      attributes.add("num");
    }
    if (cell.lang().isPresent()) {
      attributes.add("lang");
      attributes.add(cell.lang().get());
    }
    m.open(name, attributes.toArray(String[]::new));
    if (cell.href().isPresent()) {
      m.element("a", cell.text(), "href", cell.href().get());
    } else {
      m.text(cell.text());
    }
    m.close(name);
  }
}
