package io.github.learningcities.gnlc.json.format;

import java.util.regex.Pattern;

/**
 * The definitions that the reader and the JSON Schemas share, written once: white space and blank
 * text, one-line text, addresses and language tags. Each pattern is, character for character, the
 * {@code pattern} of its definition in {@code common.schema.json} (a test compares them), and is
 * written so that it means the same in ECMA-262 (in Unicode mode, the {@code u} flag that JSON
 * Schema validators such as Ajv use) and in {@link java.util.regex}: explicit character classes of
 * {@code \}{@code uXXXX} escapes, no {@code .}, {@code \w} or {@code \s} (but {@code [\s\S]}, any
 * character in both), and repetition only of single classes or of bounded groups (so that no long
 * input can exhaust the stack of either engine). A pattern anchored with {@code ^...$} must
 * match the whole text ({@link #test}); an unanchored one is searched for, as JSON Schema does.
 */
public final class Lexicon {
  /**
   * White space: the union of Unicode's White_Space property, Java's
   * {@link Character#isWhitespace} and ECMA-262's {@code \s}: U+0009 to U+000D, U+001C to U+0020,
   * U+0085, U+00A0, U+1680, U+2000 to U+200A, U+2028, U+2029, U+202F, U+205F, U+3000 and U+FEFF.
   */
  public static final String WHITE_SPACE =
      "\\u0009-\\u000D\\u001C-\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F"
          + "\\u205F\\u3000\\uFEFF";
  /** Control characters: U+0000 to U+001F and U+007F to U+009F ({@link Character#isISOControl}). */
  public static final String CONTROL = "\\u0000-\\u001F\\u007F-\\u009F";
  /** Not blank: the text holds a character that is not white space. */
  public static final String NOT_BLANK = "[^" + WHITE_SPACE + "]";
  /** One line: the text holds no control character. */
  public static final String ONE_LINE = "^[^" + CONTROL + "]*$";
  /** A name: one line, not blank, and neither first nor last character white space. */
  public static final String NAME =
      "^[^" + WHITE_SPACE + CONTROL + "](?:[^" + CONTROL + "]*[^" + WHITE_SPACE + CONTROL + "])?$";

  /**
   * What no part of an address holds: controls, white space and the ASCII characters RFC 3986
   * leaves out ({@code "<>\\^`{|}} and space); the bidirectional marks, lone surrogates, U+FEFF
   * and the noncharacters of the BMP. Everything else beyond ASCII may appear where an IRI (RFC
   * 3987) allows it.
   */
  private static final String NEVER = "\\u0000-\\u0020\"<>\\\\^`{|}\\u007F-\\u00A0\\u1680\\u2000-\\u200A"
      + "\\u200E\\u200F\\u2028-\\u202F\\u205F\\u3000\\uD800-\\uDFFF\\uFDD0-\\uFDEF\\uFEFF\\uFFFE\\uFFFF#\\[\\]";
  private static final String PATH = "[^" + NEVER + "?]*";
  /**
   * An address: a URI reference (RFC 3986) that may also hold characters beyond ASCII unescaped,
   * as an IRI does; a {@code %} starts an escape of two hex digits; a colon before the first
   * {@code /}, {@code ?} or {@code #} ends a scheme, after which comes something other than a
   * fragment; after {@code //} comes a host. No IP literal in brackets.
   */
  public static final String ADDRESS = "^(?![\\s\\S]*%(?![0-9A-Fa-f]{2}))"
      + "(?:[A-Za-z][A-Za-z0-9+.\\-]*:(?=[^#])|(?![^/?#]*:))"
      + "(?://(?:[^" + NEVER + "/?@]*@)?[^" + NEVER + "/?:@]+(?::[0-9]*)?(?:/" + PATH + ")?"
      + "|/?(?:[^" + NEVER + "/?]" + PATH + ")?)?(?:\\?[^" + NEVER + "]*)?(?:#[^" + NEVER + "]*)?$";
  /**
   * A language tag: a well-formed BCP 47 tag (RFC 5646) whose language is a two- or three-letter
   * code other than {@code und}, with optional extended languages, script, region and up to eight
   * variants, and no extension or private use; letter case is free.
   */
  public static final String LANGUAGE_TAG =
      "^(?![Uu][Nn][Dd](?![A-Za-z0-9]))[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}(?:-[A-Za-z]{4})?"
          + "(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3})){0,8}$";

  public static final Pattern NOT_BLANK_PATTERN = Pattern.compile(NOT_BLANK);
  public static final Pattern ONE_LINE_PATTERN = Pattern.compile(ONE_LINE);
  public static final Pattern NAME_PATTERN = Pattern.compile(NAME);
  public static final Pattern ADDRESS_PATTERN = Pattern.compile(ADDRESS);
  public static final Pattern LANGUAGE_TAG_PATTERN = Pattern.compile(LANGUAGE_TAG);
  private static final boolean[] NEVER_ONLY = stops("");
  private static final boolean[] PATH_STOPS = stops("?");
  private static final boolean[] SEGMENT_STOPS = stops("/?");
  private static final boolean[] USER_STOPS = stops("/?@");
  private static final boolean[] HOST_STOPS = stops("/?:@");

  private Lexicon() {}

  /**
   * Tells whether a text satisfies a pattern as a JSON Schema validator would: an anchored
   * pattern must match the whole text (Java's {@code $} would also match before a final line
   * break, ECMA-262's does not), an unanchored one anywhere in it.
   */
  public static boolean test(Pattern pattern, String text) {
    String p = pattern.pattern();
    return p.startsWith("^") && p.endsWith("$")
        ? pattern.matcher(text).matches()
        : pattern.matcher(text).find();
  }

  // The readers below say what the patterns say, in one pass without java.util.regex, which is
  // slow on these large classes; LexiconTest holds each to its pattern.

  /** Tells whether a character is {@link #WHITE_SPACE}. */
  public static boolean isWhiteSpace(int c) {
    return c <= 0x20 ? c >= 0x1C || (c >= 0x09 && c <= 0x0D)
        : c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028
            || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
  }

  private static boolean isControl(int c) {
    return c <= 0x1F || (c >= 0x7F && c <= 0x9F);
  }

  /** Tells whether a text is blank ({@link #NOT_BLANK} fails): empty or white space only. */
  public static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isWhiteSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Tells whether a text is one line ({@link #ONE_LINE}): no control character. */
  public static boolean isOneLine(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isControl(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Tells whether a text is a name ({@link #NAME}): one line, no white space first or last. */
  public static boolean isName(String text) {
    return !text.isEmpty() && isOneLine(text) && !isWhiteSpace(text.charAt(0))
        && !isWhiteSpace(text.charAt(text.length() - 1));
  }

  /** Tells whether a text is an address ({@link #ADDRESS}). */
  public static boolean isAddress(String s) {
    int n = s.length();
    for (int i = s.indexOf('%'); i >= 0; i = s.indexOf('%', i + 1)) {
      if (i + 2 >= n || !isHex(s.charAt(i + 1)) || !isHex(s.charAt(i + 2))) {
        return false;
      }
    }
    int i = 0;
    int colon = end(s, 0, "/?#:");
    if (colon < n && s.charAt(colon) == ':') { // a scheme, then something other than a fragment
      if (!isScheme(s, colon) || colon + 1 == n || s.charAt(colon + 1) == '#') {
        return false;
      }
      i = colon + 1;
    }
    if (s.startsWith("//", i)) { // an authority: [userinfo@]host[:port]
      int end = end(s, i + 2, "/?#");
      int at = s.indexOf('@', i + 2);
      if (at >= 0 && at < end) {
        if (until(s, i + 2, at, USER_STOPS) != at) {
          return false;
        }
        i = at + 1;
      } else {
        i += 2;
      }
      int host = until(s, i, end, HOST_STOPS);
      if (host == i || (host < end && s.charAt(host) != ':')) {
        return false;
      }
      for (i = host + 1; i < end; i++) {
        if (s.charAt(i) < '0' || s.charAt(i) > '9') {
          return false;
        }
      }
      i = end;
      if (i < n && s.charAt(i) == '/') {
        i = until(s, i + 1, n, PATH_STOPS);
      }
    } else {
      i += i < n && s.charAt(i) == '/' ? 1 : 0;
      if (i < n && s.charAt(i) != '?' && s.charAt(i) != '#') {
        int first = until(s, i, n, SEGMENT_STOPS);
        if (first == i) {
          return false;
        }
        i = until(s, i, n, PATH_STOPS);
      }
    }
    if (i < n && s.charAt(i) == '?') {
      i = until(s, i + 1, n, NEVER_ONLY);
    }
    if (i < n && s.charAt(i) == '#') {
      i = until(s, i + 1, n, NEVER_ONLY);
    }
    return i == n;
  }

  /** The index of the first of some characters from an index, or the length. */
  private static int end(String s, int from, String stops) {
    for (int i = from; i < s.length(); i++) {
      if (stops.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return s.length();
  }

  /** The index of the first character from an index that an address never holds or that stops. */
  private static int until(String s, int from, int to, boolean[] stops) {
    int i = from;
    while (i < to) {
      char ch = s.charAt(i);
      if (ch < 0x80) {
        if (stops[ch]) {
          return i;
        }
        i++;
      } else {
        int c = s.codePointAt(i);
        if (isNever(c)) {
          return i;
        }
        i += Character.charCount(c);
      }
    }
    return i;
  }

  /** The characters of {@code NEVER}. */
  private static boolean isNever(int c) {
    return c <= 0x20 || (c >= 0x7F && c <= 0xA0) || "\"<>\\^`{|}#[]".indexOf(c) >= 0
        || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x200E || c == 0x200F
        || (c >= 0x2028 && c <= 0x202F) || c == 0x205F || c == 0x3000 || (c >= 0xD800 && c <= 0xDFFF)
        || (c >= 0xFDD0 && c <= 0xFDEF) || c == 0xFEFF || c == 0xFFFE || c == 0xFFFF;
  }

  /** The ASCII characters that stop {@link #until}: those of {@code NEVER}, and some others. */
  private static boolean[] stops(String others) {
    boolean[] stops = new boolean[0x80];
    for (char c = 0; c < 0x80; c++) {
      stops[c] = isNever(c) || others.indexOf(c) >= 0;
    }
    return stops;
  }

  private static boolean isScheme(String s, int colon) {
    for (int i = 0; i < colon; i++) {
      char c = s.charAt(i);
      boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
      if (!letter && (i == 0 || !((c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-'))) {
        return false;
      }
    }
    return colon > 0;
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
  }
}
