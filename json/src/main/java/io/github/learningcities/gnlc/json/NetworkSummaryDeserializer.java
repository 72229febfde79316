package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.network.Coverage;
import io.github.learningcities.gnlc.network.NetworkStatistics;
import io.github.learningcities.gnlc.network.ReportedTotal;
import java.util.List;

/**
 * Reads the network summary document: {@code formatVersion}, {@code statistics} and
 * {@code coverage} are required, {@code latestReportedTotal} is absent when there is none.
 */
final class NetworkSummaryDeserializer extends ObjectDeserializer<NetworkSummary> {
  static final List<String> PROPERTIES =
      List.of("formatVersion", "statistics", "coverage", "latestReportedTotal");

  private final NetworkStatisticsDeserializer statistics;
  private final CoverageDeserializer coverage;
  private final ReportedTotalDeserializer totals;

  NetworkSummaryDeserializer(
      Settings settings,
      NetworkStatisticsDeserializer statistics,
      CoverageDeserializer coverage,
      ReportedTotalDeserializer totals) {
    super(NetworkSummary.class, settings, "networkSummary", PROPERTIES);
    this.statistics = statistics;
    this.coverage = coverage;
    this.totals = totals;
  }

  @Override
  NetworkSummary readObject(JsonFields fields) {
    Integer version = null;
    NetworkStatistics stats = null;
    Coverage cover = null;
    ReportedTotal latest = null;
    for (String field = fields.next(); field != null; field = fields.next()) {
      switch (field) {
        case "formatVersion":
          version = fields.read(Read::formatVersion);
          break;
        case "statistics":
          stats = fields.read(statistics::read);
          break;
        case "coverage":
          cover = fields.read(coverage::read);
          break;
        default: // "latestReportedTotal"
          latest = fields.read(totals::read);
          break;
      }
    }
    fields.required("formatVersion", version);
    NetworkStatistics s = fields.required("statistics", stats);
    Coverage c = fields.required("coverage", cover);
    return latest == null ? NetworkSummary.of(s, c) : NetworkSummary.of(s, c, latest);
  }
}
