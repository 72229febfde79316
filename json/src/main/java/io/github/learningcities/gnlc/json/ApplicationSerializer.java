package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.eligibility.Application;
import io.github.learningcities.gnlc.eligibility.AwardNomination;
import io.github.learningcities.gnlc.eligibility.MembershipApplication;
import io.github.learningcities.gnlc.framework.BuildingBlock;
import io.github.learningcities.gnlc.framework.GuidingDocument;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes an {@link Application} as an application document: {@code formatVersion}, {@code kind},
 * then the facts that are known, in a fixed order; an unknown fact is omitted. Sets are written in
 * a stable order: pledges and building blocks in enum order, years ascending.
 */
final class ApplicationSerializer extends StdSerializer<Application> {
  ApplicationSerializer() {
    super(Application.class);
  }

  @Override
  public void serialize(Application application, JsonGenerator gen, SerializationContext ctxt) {
    gen.writeStartObject(application);
    gen.writeNumberProperty("formatVersion", GnlcJson.FORMAT_VERSION);
    gen.writeStringProperty("kind", application.kind().name());
    if (application.cityName().isPresent()) {
      gen.writeStringProperty("cityName", application.cityName().get());
    }
    if (application.country().isPresent()) {
      gen.writeStringProperty("country", application.country().get().code());
    }
    if (application.population().isPresent()) {
      gen.writeNumberProperty("population", application.population().getAsLong());
    }
    if (application.reference().isPresent()) {
      gen.writeStringProperty("reference", application.reference().get());
    }
    if (application instanceof MembershipApplication) {
      membership((MembershipApplication) application, gen);
    } else if (application instanceof AwardNomination) {
      award((AwardNomination) application, gen);
    }
    gen.writeEndObject();
  }

  private static void membership(MembershipApplication application, JsonGenerator gen) {
    if (application.signatoryName().isPresent()) {
      gen.writeStringProperty("signatoryName", application.signatoryName().get());
    }
    if (application.signatoryRole().isPresent()) {
      gen.writeStringProperty("signatoryRole", application.signatoryRole().get().name());
    }
    if (application.endorsedOn().isPresent()) {
      gen.writeStringProperty("endorsedOn", application.endorsedOn().get().toString());
    }
    if (application.pledges().isPresent()) {
      Set<GuidingDocument> pledges = application.pledges().get();
      gen.writeName("pledges");
      gen.writeStartArray(pledges, pledges.size());
      for (GuidingDocument document : GuidingDocument.values()) {
        if (pledges.contains(document)) {
          gen.writeString(document.name());
        }
      }
      gen.writeEndArray();
    }
    if (application.submittedOn().isPresent()) {
      gen.writeStringProperty("submittedOn", application.submittedOn().get().toString());
    }
    if (application.buildingBlocks().isPresent()) {
      Map<BuildingBlock, String> blocks = application.buildingBlocks().get();
      gen.writeName("buildingBlocks");
      gen.writeStartObject(blocks);
      for (BuildingBlock block : BuildingBlock.values()) {
        String evidence = blocks.get(block);
        if (evidence != null) {
          gen.writeStringProperty(block.code(), evidence);
        }
      }
      gen.writeEndObject();
    }
    if (application.language().isPresent()) {
      gen.writeStringProperty("language", application.language().get().toLanguageTag());
    }
  }

  private static void award(AwardNomination nomination, JsonGenerator gen) {
    if (nomination.signatoryRole().isPresent()) {
      gen.writeStringProperty("signatoryRole", nomination.signatoryRole().get().name());
    }
    if (nomination.consentSigned().isPresent()) {
      gen.writeBooleanProperty("consentSigned", nomination.consentSigned().get());
    }
    if (nomination.governedByElectedBody().isPresent()) {
      gen.writeBooleanProperty("governedByElectedBody", nomination.governedByElectedBody().get());
    }
    if (nomination.submittedOn().isPresent()) {
      gen.writeStringProperty("submittedOn", nomination.submittedOn().get().toString());
    }
    if (nomination.memberSince().isPresent()) {
      gen.writeStringProperty("memberSince", nomination.memberSince().get().toString());
    }
    if (nomination.pastAwardYears().isPresent()) {
      List<Year> years = List.copyOf(new TreeSet<>(nomination.pastAwardYears().get()));
      gen.writeName("pastAwardYears");
      gen.writeStartArray(years, years.size());
      for (Year year : years) {
        gen.writeNumber(year.getValue());
      }
      gen.writeEndArray();
    }
    if (nomination.nominatedOn().isPresent()) {
      gen.writeStringProperty("nominatedOn", nomination.nominatedOn().get().toString());
    }
  }
}
