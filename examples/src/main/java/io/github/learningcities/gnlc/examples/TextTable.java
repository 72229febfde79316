package io.github.learningcities.gnlc.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with aligned columns: numbers right-aligned, text left-aligned. Widths are
 * measured as a terminal shows them: combining marks (the Arabic shadda) and format characters
 * take no column, East Asian wide characters (Chinese) take two.
 */
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
      widths[i] = width(header.get(i));
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], width(row.get(i)));
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
      String pad = " ".repeat(widths[i] - width(cell));
      line.append(i == 0 ? "" : "  ").append(rightAligned[i] ? pad + cell : cell + pad);
    }
    out.println(line.toString().stripTrailing());
  }

  /** Returns the number of terminal columns a text takes. */
  static int width(String text) {
    int width = 0;
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
          || type == Character.FORMAT) {
        continue;
      }
      width += isWide(c) ? 2 : 1;
    }
    return width;
  }

  /** East Asian wide and full-width characters: Hangul, CJK, full-width forms. */
  private static boolean isWide(int c) {
    return c >= 0x1100 && c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF && c != 0x303F
        || c >= 0xAC00 && c <= 0xD7A3 || c >= 0xF900 && c <= 0xFAFF
        || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60
        || c >= 0xFFE0 && c <= 0xFFE6 || c >= 0x20000 && c <= 0x3FFFD;
  }

  /** A bar of {@code #} proportional to value/max, at most width characters. */
  static String bar(int value, int max, int width) {
    if (max <= 0 || value <= 0) {
      return "";
    }
    return "#".repeat(Math.max(1, Math.round(value * (float) width / max)));
  }
}
