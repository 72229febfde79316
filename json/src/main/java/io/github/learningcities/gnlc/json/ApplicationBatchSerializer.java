package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.eligibility.Application;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a batch of applications as a JSON array of application documents. */
final class ApplicationBatchSerializer extends StdSerializer<ApplicationBatch> {
  private final ApplicationSerializer applications;

  ApplicationBatchSerializer(ApplicationSerializer applications) {
    super(ApplicationBatch.class);
    this.applications = applications;
  }

  @Override
  public void serialize(ApplicationBatch batch, JsonGenerator gen, SerializationContext ctxt) {
    gen.writeStartArray(batch, batch.applications().size());
    for (Application application : batch.applications()) {
      applications.serialize(application, gen, ctxt);
    }
    gen.writeEndArray();
  }
}
