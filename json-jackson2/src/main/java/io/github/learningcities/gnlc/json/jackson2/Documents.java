package io.github.learningcities.gnlc.json.jackson2;

import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.json.format.EligibilityCodecs;
import io.github.learningcities.gnlc.json.format.NetworkCodecs;
import io.github.learningcities.gnlc.json.format.ObjectCodec;
import io.github.learningcities.gnlc.json.format.SdgCodecs;
import io.github.learningcities.gnlc.network.Coverage;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.network.NetworkStatistics;
import io.github.learningcities.gnlc.network.ReportedTotal;
import io.github.learningcities.gnlc.sdg.SdgLink;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The three documents that are not a core type, as {@link GnlcJackson2} reads and writes them:
 * the network summary, the SDG links and the decisions, with the tables of gnlc-json-format.
 */
final class Documents {
  /** A network summary document. */
  record Summary(NetworkStatistics statistics, Coverage coverage, Optional<ReportedTotal> latestReportedTotal) {
    static Summary from(Network network) {
      return new Summary(network.statistics(), network.coverage(), network.latestReportedTotal());
    }
  }

  /** An SDG links document. */
  record Links(List<SdgLink> links) {
    Links {
      links = List.copyOf(links);
    }

    static Links of(Collection<? extends SdgLink> links) {
      return new Links(List.copyOf(links));
    }
  }

  /** A decisions document. */
  record Decisions(List<Decision> decisions) {
    Decisions {
      decisions = List.copyOf(decisions);
    }
  }

  static final ObjectCodec<Summary> SUMMARY = NetworkCodecs.summary(Summary.class,
      Summary::statistics, Summary::coverage, Summary::latestReportedTotal,
      (statistics, coverage, latest) -> new Summary(statistics, coverage, Optional.ofNullable(latest)));
  static final ObjectCodec<Links> LINKS = SdgCodecs.links(Links.class, Links::links, Links::new);
  static final ObjectCodec<Decisions> DECISIONS =
      EligibilityCodecs.decisions(Decisions.class, Decisions::decisions, Decisions::new);

  private Documents() {}
}
