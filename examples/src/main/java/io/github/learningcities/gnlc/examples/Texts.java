package io.github.learningcities.gnlc.examples;

import java.util.ResourceBundle;

/**
 * The words of an example program in one {@link Language}: a bundle {@code <name>.properties}
 * (English) with one file per other language beside it, looked up by core's chain (the language,
 * then English; never the JVM's default locale, through {@code Control.getNoFallbackControl}).
 * Placeholders {@code {0}}, {@code {1}} ... are replaced as they are (no MessageFormat), so
 * apostrophes need no quoting; an empty message means "nothing to say in this language".
 */
public final class Texts {
  private final Language language;
  private final ResourceBundle bundle;

  private Texts(Language language, ResourceBundle bundle) {
    this.language = language;
    this.bundle = bundle;
  }

  /**
   * Loads the words of a program.
   *
   * @param baseName  the bundle's base name, such as {@code io.github.learningcities.gnlc.examples.tour}
   * @param language  the language
   * @return the words, never null
   */
  public static Texts of(String baseName, Language language) {
    return new Texts(language, ResourceBundle.getBundle(baseName, language.locale(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
  }

  /**
   * Returns the language.
   *
   * @return the language, never null
   */
  public Language language() {
    return language;
  }

  /**
   * Returns a message with its placeholders replaced by the arguments, in order.
   *
   * @param key  the key
   * @param arguments  the arguments
   * @return the message, never null
   */
  public String get(String key, Object... arguments) {
    String text = bundle.getString(key);
    for (int i = 0; i < arguments.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
    }
    return text;
  }
}
