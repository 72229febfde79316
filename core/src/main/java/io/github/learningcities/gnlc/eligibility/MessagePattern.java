package io.github.learningcities.gnlc.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The placeholders of a {@link java.text.MessageFormat} pattern, read without formatting it:
 * every {@code {index}} and {@code {index,type,style}}, including those inside the branches of a
 * {@code choice}, which {@code MessageFormat} formats again with the same arguments.
 */
final class MessagePattern {
  /** One placeholder: the argument index and its format type, empty for plain text. */
  record Placeholder(int index, String type) {}

  private MessagePattern() {}

  /** Returns the placeholders in pattern order, nested ones after their choice. */
  static List<Placeholder> placeholders(String pattern) {
    List<Placeholder> out = new ArrayList<>();
    scan(pattern, out, true);
    return out;
  }

  /**
   * Returns the top-level placeholders in pattern order, one per element of
   * {@link java.text.MessageFormat#getFormats()}.
   */
  static List<Placeholder> elements(String pattern) {
    List<Placeholder> out = new ArrayList<>();
    scan(pattern, out, false);
    return out;
  }

  /** Returns the argument indexes formatted as numbers ({@code choice} or {@code number}). */
  static Set<Integer> numberArguments(String pattern) {
    Set<Integer> indexes = new TreeSet<>();
    for (Placeholder placeholder : placeholders(pattern)) {
      if (placeholder.type().equals("choice") || placeholder.type().equals("number")) {
        indexes.add(placeholder.index());
      }
    }
    return indexes;
  }

  private static void scan(String pattern, List<Placeholder> out, boolean nested) {
    boolean quoted = false;
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
          i += 2;
          continue;
        }
        quoted = !quoted;
      } else if (c == '{' && !quoted) {
        int end = closing(pattern, i);
        if (end < 0) {
          return; // not a MessageFormat pattern: MessageFormat itself will say so
        }
        element(pattern.substring(i + 1, end), out, nested);
        i = end;
      }
      i++;
    }
  }

  /** Returns the index of the brace that closes the one at {@code open}, or -1. */
  private static int closing(String pattern, int open) {
    int depth = 0;
    boolean quoted = false;
    for (int i = open; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '{') {
        depth++;
      } else if (!quoted && c == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static void element(String element, List<Placeholder> out, boolean nested) {
    String[] parts = element.split(",", 3);
    String number = parts[0].trim();
    if (number.isEmpty() || number.length() > 9 || !isDigits(number)) {
      return; // not an argument index: MessageFormat itself refuses the pattern
    }
    int index = Integer.parseInt(number);
    String type = parts.length > 1 ? parts[1].trim() : "";
    out.add(new Placeholder(index, type));
    if (nested && type.equals("choice") && parts.length > 2) {
      for (String branch : parts[2].split("\\|")) {
        int start = 0;
        while (start < branch.length() && "#<\u2264".indexOf(branch.charAt(start)) < 0) {
          start++;
        }
        if (start < branch.length()) {
          scan(branch.substring(start + 1), out, true);
        }
      }
    }
  }

  /** Tells whether a text is all digits (a loop, not a stream: explanations run at start-up). */
  private static boolean isDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
