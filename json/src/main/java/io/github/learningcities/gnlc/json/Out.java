package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.Language;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

/**
 * One write in progress: the generator, the module's settings and the language of rendered
 * messages ({@link GnlcModule#EXPLANATION_LOCALE}), null when none is asked for.
 */
final class Out {
  final JsonGenerator gen;
  final Settings settings;
  final @Nullable Locale locale;

  Out(JsonGenerator gen, SerializationContext ctxt, Settings settings) {
    this.gen = gen;
    this.settings = settings;
    Object asked = ctxt.getAttribute(GnlcModule.EXPLANATION_LOCALE);
    this.locale = asked instanceof Locale ? (Locale) asked : null;
  }

  /**
   * Returns the code of the language the messages are rendered in for the locale, by core's
   * fallback chain ({@link Language#from(Locale)}): {@code "es"} for {@code es-MX}, {@code "en"}
   * for a language gnlc does not speak or no locale.
   */
  String language() {
    return Language.from(locale != null ? locale : Locale.ENGLISH).code();
  }
}
