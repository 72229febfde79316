package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.eligibility.Fact;
import io.github.learningcities.gnlc.eligibility.Finding;
import io.github.learningcities.gnlc.network.MemberListBasis;
import io.github.learningcities.gnlc.network.NetworkSource;
import io.github.learningcities.gnlc.place.CountryCode;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link Decision} as a decision document: {@code formatVersion}, rule set id and
 * version, as-of date, the basis when the decision names it (the application's {@code cityName},
 * {@code country} and {@code reference}, the {@code memberList}), verdict, findings and missing
 * facts. With {@link GnlcModule#EXPLANATION_LOCALE} set, also the {@code language} the messages
 * are in ({@link io.github.learningcities.gnlc.Language#from(Locale)}: {@code "es"} for
 * {@code es-MX}, {@code "en"} for a language gnlc does not speak), each finding's {@code message}
 * and the decision's {@code explanation} lines.
 */
final class DecisionSerializer extends StdSerializer<Decision> {
  private final FindingSerializer findings;

  DecisionSerializer(FindingSerializer findings) {
    super(Decision.class);
    this.findings = findings;
  }

  @Override
  public void serialize(Decision decision, JsonGenerator gen, SerializationContext ctxt) {
    write(decision, gen, FindingSerializer.locale(ctxt));
  }

  void write(Decision decision, JsonGenerator gen, @Nullable Locale locale) {
    gen.writeStartObject(decision);
    gen.writeNumberProperty("formatVersion", GnlcJson.FORMAT_VERSION);
    gen.writeStringProperty("ruleSetId", decision.ruleSetId());
    gen.writeStringProperty("ruleSetVersion", decision.ruleSetVersion());
    gen.writeStringProperty("asOf", decision.asOf().toString());
    if (decision.cityName().isPresent()) {
      gen.writeStringProperty("cityName", decision.cityName().get());
    }
    if (decision.country().isPresent()) {
      gen.writeStringProperty("country", decision.country().get().code());
    }
    if (decision.reference().isPresent()) {
      gen.writeStringProperty("reference", decision.reference().get());
    }
    if (decision.memberList().isPresent()) {
      memberList(gen, decision.memberList().get());
    }
    gen.writeStringProperty("verdict", decision.verdict().name());
    gen.writeName("findings");
    gen.writeStartArray(decision.findings(), decision.findings().size());
    for (Finding finding : decision.findings()) {
      findings.write(finding, gen, locale);
    }
    gen.writeEndArray();
    facts(gen, decision.missingFacts());
    if (locale != null) {
      gen.writeStringProperty("language", FindingSerializer.language(locale));
      List<String> lines = decision.explain(locale);
      gen.writeName("explanation");
      gen.writeStartArray(lines, lines.size());
      for (String line : lines) {
        gen.writeString(line);
      }
      gen.writeEndArray();
    }
    gen.writeEndObject();
  }

  private static void memberList(JsonGenerator gen, MemberListBasis basis) {
    gen.writeName("memberList");
    gen.writeStartObject(basis);
    NetworkSource source = basis.source();
    gen.writeName("source");
    gen.writeStartObject(source);
    gen.writeStringProperty("name", source.name());
    if (source.version().isPresent()) {
      gen.writeStringProperty("version", source.version().get().toString());
    }
    if (source.sha256().isPresent()) {
      gen.writeStringProperty("sha256", source.sha256().get());
    }
    gen.writeEndObject();
    gen.writeNumberProperty("listedCities", basis.listedCities());
    gen.writeBooleanProperty("complete", basis.complete());
    if (!basis.completeCountries().isEmpty()) {
      gen.writeName("completeCountries");
      gen.writeStartArray(basis.completeCountries(), basis.completeCountries().size());
      for (CountryCode country : basis.completeCountries()) {
        gen.writeString(country.code());
      }
      gen.writeEndArray();
    }
    gen.writeEndObject();
  }

  static void facts(JsonGenerator gen, List<Fact> facts) {
    gen.writeName("missingFacts");
    gen.writeStartArray(facts, facts.size());
    for (Fact fact : facts) {
      gen.writeString(fact.id());
    }
    gen.writeEndArray();
  }
}
