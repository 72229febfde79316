package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.eligibility.Application;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;

/**
 * Reads one application document or a JSON array of them; a problem in an element has a path
 * starting with its index ({@code /2/kind}).
 */
final class ApplicationBatchDeserializer extends GnlcDeserializer<ApplicationBatch> {
  private final ApplicationDeserializer<Application> applications;

  ApplicationBatchDeserializer(Settings settings, ApplicationDeserializer<Application> applications) {
    super(ApplicationBatch.class, settings, "applications");
    this.applications = applications;
  }

  @Override
  String expected() {
    return "an application document or an array of application documents";
  }

  @Override
  ApplicationBatch readValue(JsonParser p, DeserializationContext ctxt, String field) {
    if (p.currentToken() == JsonToken.START_ARRAY) {
      List<Application> list = Read.list(p, ctxt, field, applications::read);
      return new ApplicationBatch(list);
    }
    if (p.currentToken() == JsonToken.START_OBJECT) {
      return new ApplicationBatch(List.of(applications.read(p, ctxt, "application")));
    }
    return Read.wrongToken(
        p, ctxt, ApplicationBatch.class, field,
        "an application document or an array of application documents");
  }
}
