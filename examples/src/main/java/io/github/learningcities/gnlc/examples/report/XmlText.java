package io.github.learningcities.gnlc.examples.report;

/**
 * Escapes text for XML content and attribute values, so that the report stays well-formed XHTML
 * whatever the data holds: the five predefined entities, and U+FFFD for characters XML 1.0 does
 * not allow (control characters, lone surrogates, U+FFFE and U+FFFF).
 */
final class XmlText {
  private static final char REPLACEMENT = '\uFFFD';

  private XmlText() {}

  /**
   * Returns the text escaped for element content and for double- or single-quoted attributes.
   *
   * @param text  the text, not null
   * @return the escaped text, never null
   */
  static String escape(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          if (Character.isHighSurrogate(c) && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else {
            out.append(allowed(c) ? c : REPLACEMENT);
          }
      }
    }
    return out.toString();
  }

  private static boolean allowed(char c) {
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    return !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
  }
}
