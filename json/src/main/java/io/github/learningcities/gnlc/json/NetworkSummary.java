package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.network.Coverage;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.network.NetworkStatistics;
import io.github.learningcities.gnlc.network.ReportedTotal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The network summary document: the derived figures of a {@link Network} (its
 * {@link Network#statistics() statistics}, {@link Network#coverage() coverage} and
 * {@link Network#latestReportedTotal() latest reported total}), written as
 * {@code {"formatVersion": 1, "statistics": {...}, "coverage": {...}, "latestReportedTotal": {...}}}
 * for an endpoint such as {@code GET /v1/network}.
 *
 * <p>Obtain one with {@link #from(Network)}, write it with {@code GnlcJson.writeNetworkSummary(
 * network)} or any mapper with the {@link GnlcModule}; it can also be read back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NetworkSummary {
  private final NetworkStatistics statistics;
  private final Coverage coverage;
  private final @Nullable ReportedTotal latestReportedTotal;

  private NetworkSummary(
      NetworkStatistics statistics, Coverage coverage, @Nullable ReportedTotal latestReportedTotal) {
    this.statistics = Objects.requireNonNull(statistics, "statistics");
    this.coverage = Objects.requireNonNull(coverage, "coverage");
    this.latestReportedTotal = latestReportedTotal;
  }

  /**
   * Summarises a network: its statistics over the cities that have not exited, its coverage and
   * its latest reported total.
   *
   * @param network  the network, not null
   * @return the summary, never null
   * @throws NullPointerException if the network is null
   */
  public static NetworkSummary from(Network network) {
    Objects.requireNonNull(network, "network");
    return new NetworkSummary(
        network.statistics(), network.coverage(), network.latestReportedTotal().orElse(null));
  }

  /**
   * Creates a summary without a reported total.
   *
   * @param statistics  the statistics, not null
   * @param coverage  the coverage, not null
   * @return the summary, never null
   */
  public static NetworkSummary of(NetworkStatistics statistics, Coverage coverage) {
    return new NetworkSummary(statistics, coverage, null);
  }

  /**
   * Creates a summary with the latest reported total.
   *
   * @param statistics  the statistics, not null
   * @param coverage  the coverage, not null
   * @param latestReportedTotal  the latest reported total, not null
   * @return the summary, never null
   * @throws NullPointerException if an argument is null
   */
  public static NetworkSummary of(
      NetworkStatistics statistics, Coverage coverage, ReportedTotal latestReportedTotal) {
    return new NetworkSummary(
        statistics, coverage, Objects.requireNonNull(latestReportedTotal, "latestReportedTotal"));
  }

  /**
   * Returns the statistics.
   *
   * @return the statistics, never null
   */
  public NetworkStatistics statistics() {
    return statistics;
  }

  /**
   * Returns the coverage.
   *
   * @return the coverage, never null
   */
  public Coverage coverage() {
    return coverage;
  }

  /**
   * Returns the latest reported total.
   *
   * @return the total, or empty when the network has none
   */
  public Optional<ReportedTotal> latestReportedTotal() {
    return Optional.ofNullable(latestReportedTotal);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof NetworkSummary)) {
      return false;
    }
    NetworkSummary other = (NetworkSummary) obj;
    return statistics.equals(other.statistics)
        && coverage.equals(other.coverage)
        && Objects.equals(latestReportedTotal, other.latestReportedTotal);
  }

  @Override
  public int hashCode() {
    return Objects.hash(statistics, coverage, latestReportedTotal);
  }

  @Override
  public String toString() {
    return "NetworkSummary[statistics=" + statistics + ", coverage=" + coverage
        + ", latestReportedTotal=" + latestReportedTotal + "]";
  }
}
