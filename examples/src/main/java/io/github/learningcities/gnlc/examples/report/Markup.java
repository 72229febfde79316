package io.github.learningcities.gnlc.examples.report;

import java.util.Locale;

/**
 * Writes XHTML and SVG markup into a string: elements with escaped attributes and text. Self-closing
 * tags are for SVG elements and HTML void elements only ({@code <meta/>}); an empty HTML element
 * gets an end tag, so the page reads the same as HTML and as XML.
 *
 * <p>Attributes are given as name, value pairs. Not thread-safe.
 */
final class Markup {
  private final StringBuilder out = new StringBuilder(8192);

  /** Writes a start tag. */
  Markup open(String name, String... attributes) {
    tag(name, attributes);
    out.append('>');
    return this;
  }

  /** Writes an end tag. */
  Markup close(String name) {
    out.append("</").append(name).append('>');
    return this;
  }

  /** Writes an element that holds only text. */
  Markup element(String name, String text, String... attributes) {
    return open(name, attributes).text(text).close(name);
  }

  /** Writes a self-closing tag: an SVG element or an HTML void element. */
  Markup selfClosing(String name, String... attributes) {
    tag(name, attributes);
    out.append("/>");
    return this;
  }

  /** Writes the HTML5 document type, which XML parsers accept too. */
  Markup doctype() {
    out.append("<!DOCTYPE html>\n");
    return this;
  }

  /**
   * Writes a style sheet as the content of a {@code <style>} element. HTML reads that content as
   * raw text and XML parses it, so the sheet may hold neither {@code <} nor {@code &} nor
   * {@code ]]>}: then both read it the same without escaping.
   */
  Markup style(String css) {
    if (css.indexOf('<') >= 0 || css.indexOf('&') >= 0 || css.contains("]]>")) {
      throw new IllegalArgumentException("a style sheet in a polyglot page holds no <, & or ]]>");
    }
    out.append("<style>").append(css).append("</style>");
    return this;
  }

  /** Writes escaped text. */
  Markup text(String text) {
    out.append(XmlText.escape(text));
    return this;
  }

  /** Writes markup that another {@code Markup} wrote. */
  Markup append(Markup other) {
    out.append(other.out);
    return this;
  }

  /** Writes a new line, to keep the page readable as source. */
  Markup newLine() {
    out.append('\n');
    return this;
  }

  private void tag(String name, String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException(name + ": attributes come in name, value pairs");
    }
    out.append('<').append(name);
    for (int i = 0; i < attributes.length; i += 2) {
      out.append(' ').append(attributes[i]).append("=\"")
          .append(XmlText.escape(attributes[i + 1])).append('"');
    }
  }

  /**
   * Formats an SVG coordinate or length: at most one decimal, no exponent, the same in every
   * locale.
   */
  static String num(double value) {
    long tenths = Math.round(value * 10);
    return tenths % 10 == 0
        ? Long.toString(tenths / 10)
        : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
