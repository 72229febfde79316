package io.github.learningcities.gnlc.json.format;

import io.github.learningcities.gnlc.Language;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One write in progress: the writer, the module's settings and the language of rendered messages
 * ({@link #EXPLANATION_LOCALE}), null when none is asked for.
 */
public final class Out {
  /**
   * The name of the serialization attribute that asks for decisions to be written with their
   * messages in the language of a {@link Locale}; both Jackson modules publish it.
   */
  public static final String EXPLANATION_LOCALE = "gnlc.explanationLocale";

  public final TokenWriter gen;
  public final Settings settings;
  public final @Nullable Locale locale;

  /**
   * Starts a write.
   *
   * @param gen  the writer
   * @param settings  the module's settings
   * @param locale  the attribute {@link #EXPLANATION_LOCALE} of the write, any object or null
   */
  public Out(TokenWriter gen, Settings settings, @Nullable Object locale) {
    this.gen = gen;
    this.settings = settings;
    this.locale = locale instanceof Locale ? (Locale) locale : null;
  }

  /**
   * Returns the code of the language the messages are rendered in for the locale, by core's
   * fallback chain ({@link Language#from(Locale)}): {@code "es"} for {@code es-MX}, {@code "en"}
   * for a language gnlc does not speak or no locale.
   */
  public String language() {
    return Language.from(locale != null ? locale : Locale.ENGLISH).code();
  }
}
