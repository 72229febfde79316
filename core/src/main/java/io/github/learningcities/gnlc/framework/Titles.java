package io.github.learningcities.gnlc.framework;

import io.github.learningcities.gnlc.Language;
import io.github.learningcities.gnlc.internal.Bundles;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The titles of the Key Features' areas and of the Guiding Documents in the {@link Language}s gnlc
 * speaks, from the package's UTF-8 bundles {@code Titles_<code>.properties} (one per language but
 * English, whose titles are the enums' own); a title a bundle lacks is the English one.
 */
final class Titles {
  /** The base name of the bundles, beside this class. */
  static final String BASE_NAME = "Titles";

  private Titles() {}

  /** Returns the title under a key in the language gnlc speaks for a locale. */
  static String title(Locale locale, String key, String english) {
    Objects.requireNonNull(locale, "locale");
    Language language = Language.from(locale);
    if (language == Language.ENGLISH) {
      return english;
    }
    ResourceBundle bundle = Holder.ALL[language.ordinal()];
    return bundle.containsKey(key) ? bundle.getString(key) : english;
  }

  /** Loads the bundle of a language other than English, alone. */
  static ResourceBundle load(Language language) {
    return Bundles.load(Titles.class, BASE_NAME, language, null);
  }

  /** Loads the bundles on first use. */
  private static final class Holder {
    static final ResourceBundle[] ALL = new ResourceBundle[Language.values().length];

    static {
      for (Language language : Language.values()) {
        if (language != Language.ENGLISH) {
          ALL[language.ordinal()] = load(language);
        }
      }
    }
  }
}
