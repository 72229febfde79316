package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.Language;
import io.github.learningcities.gnlc.eligibility.Finding;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link Finding}: rule id, outcome, observed value (omitted when nothing was observed),
 * expected value, message key, arguments, missing facts and verification; the rule's own message
 * {@code templates} by language and the {@code doubtfulCity} and {@code doubt} of a doubtful row,
 * when there are any; with {@link GnlcModule#EXPLANATION_LOCALE} set, also its rendered
 * {@code message}.
 */
final class FindingSerializer extends StdSerializer<Finding> {
  FindingSerializer() {
    super(Finding.class);
  }

  /** Returns the locale asked for through {@link GnlcModule#EXPLANATION_LOCALE}, or null. */
  static @Nullable Locale locale(SerializationContext ctxt) {
    Object locale = ctxt.getAttribute(GnlcModule.EXPLANATION_LOCALE);
    return locale instanceof Locale ? (Locale) locale : null;
  }

  @Override
  public void serialize(Finding finding, JsonGenerator gen, SerializationContext ctxt) {
    write(finding, gen, locale(ctxt));
  }

  void write(Finding finding, JsonGenerator gen, @Nullable Locale locale) {
    gen.writeStartObject(finding);
    gen.writeStringProperty("ruleId", finding.ruleId());
    gen.writeStringProperty("outcome", finding.outcome().name());
    if (finding.observed().isPresent()) {
      gen.writeStringProperty("observed", finding.observed().get());
    }
    gen.writeStringProperty("expected", finding.expected());
    gen.writeStringProperty("messageKey", finding.messageKey());
    gen.writeName("arguments");
    gen.writeStartArray(finding.arguments(), finding.arguments().size());
    for (String argument : finding.arguments()) {
      gen.writeString(argument);
    }
    gen.writeEndArray();
    DecisionSerializer.facts(gen, finding.missingFacts());
    gen.writeStringProperty("verification", finding.verification().name());
    if (!finding.templates().isEmpty()) {
      gen.writeName("templates");
      gen.writeStartObject(finding.templates());
      for (Map.Entry<String, String> entry : new TreeMap<>(finding.templates()).entrySet()) {
        gen.writeStringProperty(entry.getKey(), entry.getValue());
      }
      gen.writeEndObject();
    }
    if (finding.doubt().isPresent()) {
      gen.writeStringProperty("doubtfulCity", finding.doubtfulCity().orElseThrow());
      gen.writeStringProperty("doubt", finding.doubt().get());
    }
    if (locale != null) {
      gen.writeStringProperty("message", finding.message(locale));
    }
    gen.writeEndObject();
  }

  /**
   * Returns the code of the language the messages are rendered in for a locale, by core's
   * fallback chain ({@link Language#from(Locale)}): {@code "es"} for {@code es-MX}, {@code "en"}
   * for a language gnlc does not speak.
   */
  static String language(Locale locale) {
    return Language.from(locale).code();
  }

}
