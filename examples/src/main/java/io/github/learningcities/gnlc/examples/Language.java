package io.github.learningcities.gnlc.examples;

import java.util.Locale;

/**
 * The languages the example programs explain decisions in ({@code --lang}): the six that gnlc
 * speaks ({@link io.github.learningcities.gnlc.Language}). A language of explanation is not a
 * language an application may be written in: the membership form offers English or French only.
 */
public enum Language {
  /** English. */
  en(io.github.learningcities.gnlc.Language.ENGLISH),
  /** French. */
  fr(io.github.learningcities.gnlc.Language.FRENCH),
  /** Spanish. */
  es(io.github.learningcities.gnlc.Language.SPANISH),
  /** Arabic, written right to left. */
  ar(io.github.learningcities.gnlc.Language.ARABIC),
  /** Chinese, in simplified characters. */
  zh(io.github.learningcities.gnlc.Language.CHINESE),
  /** Russian. */
  ru(io.github.learningcities.gnlc.Language.RUSSIAN);

  private final io.github.learningcities.gnlc.Language language;

  Language(io.github.learningcities.gnlc.Language language) {
    this.language = language;
  }

  /**
   * Returns gnlc's language.
   *
   * @return the language, never null
   */
  public io.github.learningcities.gnlc.Language language() {
    return language;
  }

  /**
   * Returns the examples' constant of one of gnlc's languages.
   *
   * @param language  gnlc's language
   * @return the constant, never null
   */
  public static Language of(io.github.learningcities.gnlc.Language language) {
    return values()[language.ordinal()];
  }

  /**
   * Returns the locale that decisions are explained in.
   *
   * @return the locale, never null
   */
  public Locale locale() {
    return language.locale();
  }
}
