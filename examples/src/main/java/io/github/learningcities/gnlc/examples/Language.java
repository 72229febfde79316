package io.github.learningcities.gnlc.examples;

import java.util.Locale;

/** The languages the example programs explain decisions in ({@code --lang}). */
public enum Language {
  /** English. */
  en(Locale.ENGLISH),
  /** French. */
  fr(Locale.FRENCH);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /**
   * Returns the locale that decisions are explained in.
   *
   * @return the locale, never null
   */
  public Locale locale() {
    return locale;
  }
}
