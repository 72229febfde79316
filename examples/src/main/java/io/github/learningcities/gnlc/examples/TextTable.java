package io.github.learningcities.gnlc.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns: numbers right-aligned, text left-aligned. */
final class TextTable {
  private final List<String> header;
  private final boolean[] rightAligned;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(String... columns) {
    this.header = List.of(columns);
    this.rightAligned = new boolean[columns.length];
  }

  /** Right-aligns the given columns (by index). */
  TextTable right(int... columns) {
    for (int column : columns) {
      rightAligned[column] = true;
    }
    return this;
  }

  TextTable row(Object... cells) {
    List<String> row = new ArrayList<>();
    for (Object cell : cells) {
      row.add(String.valueOf(cell));
    }
    rows.add(row);
    return this;
  }

  void print(PrintStream out, String indent) {
    int[] widths = new int[header.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = header.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    printRow(out, indent, header, widths);
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      rule.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
    }
    out.println(indent + rule);
    for (List<String> row : rows) {
      printRow(out, indent, row, widths);
    }
  }

  private void printRow(PrintStream out, String indent, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder(indent);
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      String pad = " ".repeat(widths[i] - cell.length());
      line.append(i == 0 ? "" : "  ").append(rightAligned[i] ? pad + cell : cell + pad);
    }
    out.println(line.toString().stripTrailing());
  }

  /** A bar of {@code #} proportional to value/max, at most width characters. */
  static String bar(int value, int max, int width) {
    if (max <= 0 || value <= 0) {
      return "";
    }
    return "#".repeat(Math.max(1, Math.round(value * (float) width / max)));
  }
}
