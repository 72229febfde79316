package io.github.learningcities.gnlc.examples.serve;

import io.github.learningcities.gnlc.Language;
import java.util.Locale;

/**
 * Picks the language of an answer from an {@code Accept-Language} header (RFC 9110 section
 * 12.5.4): core's {@link Language#negotiate(CharSequence)}, one of the six languages gnlc speaks.
 * Never fails: a malformed element is skipped, and with nothing usable the answer is English.
 */
final class AcceptLanguage {
  private AcceptLanguage() {}

  /**
   * Returns the answer's language.
   *
   * @param header  the header's value, empty when there is none
   * @return the locale of the language gnlc answers in, English when nothing else fits
   */
  static Locale pick(String header) {
    return Language.negotiate(header).locale();
  }
}
