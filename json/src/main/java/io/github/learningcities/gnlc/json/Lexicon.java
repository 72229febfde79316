package io.github.learningcities.gnlc.json;

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
final class Lexicon {
  /**
   * White space: the union of Unicode's White_Space property, Java's
   * {@link Character#isWhitespace} and ECMA-262's {@code \s}: U+0009 to U+000D, U+001C to U+0020,
   * U+0085, U+00A0, U+1680, U+2000 to U+200A, U+2028, U+2029, U+202F, U+205F, U+3000 and U+FEFF.
   */
  static final String WHITE_SPACE =
      "\\u0009-\\u000D\\u001C-\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F"
          + "\\u205F\\u3000\\uFEFF";
  /** Control characters: U+0000 to U+001F and U+007F to U+009F ({@link Character#isISOControl}). */
  static final String CONTROL = "\\u0000-\\u001F\\u007F-\\u009F";
  /** Not blank: the text holds a character that is not white space. */
  static final String NOT_BLANK = "[^" + WHITE_SPACE + "]";
  /** One line: the text holds no control character. */
  static final String ONE_LINE = "^[^" + CONTROL + "]*$";
  /** A name: one line, not blank, and neither first nor last character white space. */
  static final String NAME =
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
  static final String ADDRESS = "^(?![\\s\\S]*%(?![0-9A-Fa-f]{2}))"
      + "(?:[A-Za-z][A-Za-z0-9+.\\-]*:(?=[^#])|(?![^/?#]*:))"
      + "(?://(?:[^" + NEVER + "/?@]*@)?[^" + NEVER + "/?:@]+(?::[0-9]*)?(?:/" + PATH + ")?"
      + "|/?(?:[^" + NEVER + "/?]" + PATH + ")?)?(?:\\?[^" + NEVER + "]*)?(?:#[^" + NEVER + "]*)?$";
  /**
   * A language tag: a well-formed BCP 47 tag (RFC 5646) whose language is a two- or three-letter
   * code other than {@code und}, with optional extended languages, script, region and up to eight
   * variants, and no extension or private use; letter case is free.
   */
  static final String LANGUAGE_TAG =
      "^(?![Uu][Nn][Dd](?![A-Za-z0-9]))[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}(?:-[A-Za-z]{4})?"
          + "(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3})){0,8}$";

  private static final Pattern NOT_BLANK_PATTERN = Pattern.compile(NOT_BLANK);
  private static final Pattern ONE_LINE_PATTERN = Pattern.compile(ONE_LINE);
  private static final Pattern NAME_PATTERN = Pattern.compile(NAME);
  static final Pattern ADDRESS_PATTERN = Pattern.compile(ADDRESS);
  static final Pattern LANGUAGE_TAG_PATTERN = Pattern.compile(LANGUAGE_TAG);

  private Lexicon() {}

  /**
   * Tells whether a text satisfies a pattern as a JSON Schema validator would: an anchored
   * pattern must match the whole text (Java's {@code $} would also match before a final line
   * break, ECMA-262's does not), an unanchored one anywhere in it.
   */
  static boolean test(Pattern pattern, String text) {
    String p = pattern.pattern();
    return p.startsWith("^") && p.endsWith("$")
        ? pattern.matcher(text).matches()
        : pattern.matcher(text).find();
  }

  /** Tells whether a text is blank: empty or white space only. */
  static boolean isBlank(String text) {
    return !test(NOT_BLANK_PATTERN, text);
  }

  /** Tells whether a text is one line: no control character. */
  static boolean isOneLine(String text) {
    return test(ONE_LINE_PATTERN, text);
  }

  /** Tells whether a text is a name: one line, not blank, no white space first or last. */
  static boolean isName(String text) {
    return test(NAME_PATTERN, text);
  }
}
