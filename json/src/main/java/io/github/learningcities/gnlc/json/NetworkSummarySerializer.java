package io.github.learningcities.gnlc.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes the network summary document: {@code formatVersion}, {@code statistics},
 * {@code coverage} and, when there is one, {@code latestReportedTotal}.
 */
final class NetworkSummarySerializer extends StdSerializer<NetworkSummary> {
  private final NetworkStatisticsSerializer statistics;
  private final CoverageSerializer coverage;
  private final ReportedTotalSerializer totals;

  NetworkSummarySerializer(
      NetworkStatisticsSerializer statistics,
      CoverageSerializer coverage,
      ReportedTotalSerializer totals) {
    super(NetworkSummary.class);
    this.statistics = statistics;
    this.coverage = coverage;
    this.totals = totals;
  }

  @Override
  public void serialize(NetworkSummary summary, JsonGenerator gen, SerializationContext ctxt) {
    gen.writeStartObject(summary);
    gen.writeNumberProperty("formatVersion", GnlcJson.FORMAT_VERSION);
    gen.writeName("statistics");
    statistics.serialize(summary.statistics(), gen, ctxt);
    gen.writeName("coverage");
    coverage.serialize(summary.coverage(), gen, ctxt);
    if (summary.latestReportedTotal().isPresent()) {
      gen.writeName("latestReportedTotal");
      totals.serialize(summary.latestReportedTotal().get(), gen, ctxt);
    }
    gen.writeEndObject();
  }
}
