package io.github.learningcities.gnlc.examples;

import io.github.learningcities.gnlc.eligibility.RuleSet;
import io.github.learningcities.gnlc.eligibility.RuleSetCatalogue;
import io.github.learningcities.gnlc.framework.BuildingBlock;
import io.github.learningcities.gnlc.framework.FundamentalCondition;
import io.github.learningcities.gnlc.framework.GuidingDocument;
import io.github.learningcities.gnlc.framework.WiderBenefit;
import io.github.learningcities.gnlc.network.City;
import io.github.learningcities.gnlc.network.Cohort;
import io.github.learningcities.gnlc.network.CountQualifier;
import io.github.learningcities.gnlc.network.Coverage;
import io.github.learningcities.gnlc.network.MembershipStatus;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.network.NetworkStatistics;
import io.github.learningcities.gnlc.network.RegionBasis;
import io.github.learningcities.gnlc.network.ReportedTotal;
import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.place.UnescoRegion;
import io.github.learningcities.gnlc.sdg.SdgCatalogue;
import io.github.learningcities.gnlc.sdg.SdgGoal;
import io.github.learningcities.gnlc.sdg.SdgLink;
import io.github.learningcities.gnlc.sdg.SdgLinks;
import io.github.learningcities.gnlc.sdg.SdgTarget;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The network tour: the main job of {@code gnlc-examples.jar}. Prints, from the embedded data only,
 * the network's reported size over time, each cohort, the cities per UNESCO region in the embedded
 * list with its coverage, the Key Features with their SDG targets, and a few lookups.
 */
final class NetworkTour {
  private static final int BAR = 30;

  private final Network network;
  private final PrintStream out;

  NetworkTour(Network network, PrintStream out) {
    this.network = network;
    this.out = out;
  }

  void run() {
    out.println("gnlc network tour: the UNESCO Global Network of Learning Cities");
    out.println("(embedded data from public sources; not an official UNESCO product)");
    reportedSize();
    cohorts();
    regions();
    keyFeatures();
    lookups();
    eligibility();
  }

  private void heading(String title) {
    out.println();
    out.println("== " + title);
    out.println();
  }

  private void reportedSize() {
    heading("Reported size of the network over time");
    int max = network.reportedTotals().stream().mapToInt(ReportedTotal::cities).max().orElse(0);
    TextTable table = new TextTable("reported on", "cities", "countries", "", "note").right(1, 2);
    for (ReportedTotal total : network.reportedTotals()) {
      table.row(
          dateOf(total),
          citiesOf(total),
          total.countries(),
          TextTable.bar(total.cities(), max, BAR),
          total.note());
    }
    table.print(out, "  ");
    out.println();
    out.println("  Totals are not the sum of the cohorts: cities also leave the network.");
  }

  private static String dateOf(ReportedTotal total) {
    String date = total.observedOn().toString();
    switch (total.precision()) {
      case YEAR:
        return date.substring(0, 4);
      case MONTH:
        return date.substring(0, 7);
      default:
        return date;
    }
  }

  private static String citiesOf(ReportedTotal total) {
    if (total.citiesQualifier() == CountQualifier.MORE_THAN) {
      return ">" + total.cities();
    }
    if (total.citiesQualifier() == CountQualifier.ACTIVE_MEMBERS) {
      return total.cities() + " active";
    }
    return String.valueOf(total.cities());
  }

  private void cohorts() {
    heading("Cohorts: new members per announcement");
    int max = network.cohorts().stream().mapToInt(Cohort::newCities).max().orElse(0);
    TextTable table =
        new TextTable("cohort", "announced", "call", "new cities", "new countries", "",
                "network after", "listed here")
            .right(3, 4, 7);
    for (Cohort cohort : network.cohorts()) {
      Coverage coverage = network.coverage(cohort);
      table.row(
          cohort.year(),
          cohort.announcedOn(),
          cohort.call().map(Object::toString).orElse("unknown"),
          cohort.newCities(),
          cohort.newCountries(),
          TextTable.bar(cohort.newCities(), max, BAR),
          cohort.networkCitiesAfter().isPresent()
              ? cohort.networkCitiesAfter().getAsInt() + " / "
                  + cohort.networkCountriesAfter().getAsInt()
              : "not reported",
          coverage.listedCities() + " of " + cohort.newCities());
    }
    table.print(out, "  ");
  }

  private void regions() {
    heading("Cities per UNESCO region in the embedded list");
    NetworkStatistics stats = network.statistics();
    int max = stats.citiesPerRegion().values().stream().mapToInt(Integer::intValue).max().orElse(0);
    TextTable table = new TextTable("region", "cities", "", "announced", "by country").right(1, 3, 4);
    for (UnescoRegion region : UnescoRegion.values()) {
      int count = stats.citiesPerRegion().get(region);
      table.row(
          region.displayName(),
          count,
          TextTable.bar(count, max, BAR),
          countBasis(region, RegionBasis.ANNOUNCED),
          countBasis(region, RegionBasis.BY_COUNTRY));
    }
    table.row("region unknown", stats.citiesWithUnknownRegion(), "", "", "");
    table.print(out, "  ");
    Coverage coverage = network.coverage();
    out.println();
    out.printf(
        Locale.ROOT,
        "  Coverage: the list holds %d of the %d cities (%.0f%%) and %d of the %d countries"
            + " last reported; it is %s.%n",
        coverage.listedCities(),
        coverage.reportedCities().orElse(0),
        coverage.cityShare().orElse(0) * 100,
        coverage.listedCountries(),
        coverage.reportedCountries().orElse(0),
        coverage.complete() ? "complete" : "partial");
    out.println("  A region comes from the announcement's heading, else from the country's single"
        + " UNESCO region;");
    out.println("  where neither gives one region, it is counted as unknown, never guessed.");
  }

  private long countBasis(UnescoRegion region, RegionBasis basis) {
    return network.citiesIn(region).stream().filter(c -> c.regionBasis() == basis).count();
  }

  private void keyFeatures() {
    heading("Key Features of Learning Cities (codes are gnlc's own)");
    for (GuidingDocument document : GuidingDocument.values()) {
      out.println("  Guiding document: " + document.title() + " (" + document.adopted() + ")");
    }
    out.println();
    out.println("  Wider benefits:");
    for (WiderBenefit benefit : WiderBenefit.values()) {
      out.println("    " + benefit.code() + "  " + benefit.title());
    }
    out.println("  Building blocks, with gnlc's default links to SDG 4 and SDG 11 targets:");
    for (BuildingBlock block : BuildingBlock.values()) {
      SdgLink link = SdgLinks.defaultFor(block);
      out.println("    " + block.code() + "  " + block.title());
      out.println("        SDG targets " + link.targets().stream()
          .map(SdgTarget::code).collect(Collectors.joining(", ")) + ": " + link.rationale());
    }
    out.println("  Fundamental conditions:");
    for (FundamentalCondition condition : FundamentalCondition.values()) {
      out.println("    " + condition.code() + "  " + condition.title());
    }
    SdgGoal education = SdgCatalogue.standard().goal(4);
    SdgGoal cities = SdgCatalogue.standard().goal(11);
    out.println();
    out.println("  SDG " + education + " (" + education.shortName() + "): " + education.title());
    out.println("  SDG " + cities + " (" + cities.shortName() + "): " + cities.title());
    out.println("  SDG 4.3: " + SdgTarget.parse("4.3").title());
  }

  private void lookups() {
    heading("Lookups");
    CountryCode india = CountryCode.of("IN");
    out.println("  Indian cities that joined in 2022: "
        + network.citiesIn(india).stream()
            .filter(c -> c.start().joinedIn().equals(java.util.Optional.of(Year.of(2022))))
            .map(c -> c.name() + " (" + c.id() + ")")
            .collect(Collectors.joining(", ")));
    CountryCode egypt = CountryCode.of("EG");
    out.println("  Egyptian cities listed, with region: "
        + network.citiesIn(egypt).stream()
            .map(c -> c.name() + " " + c.start() + " " + regionOf(c))
            .collect(Collectors.joining(", ")));
    LocalDate day = LocalDate.of(2025, 1, 1);
    out.println("  Is Warangal (IN) a member on " + day + "? "
        + network.membership(india, "Warangal", day));
    MembershipStatus paris = network.membership(CountryCode.of("FR"), "Paris", day);
    out.println("  Is Paris (FR) a member on " + day + "? " + paris
        + (paris == MembershipStatus.UNKNOWN ? " (not listed, and the list is partial)" : ""));
    out.println("  Members listed on 2020-01-01: " + network.membersOn(LocalDate.of(2020, 1, 1)).size()
        + " of " + network.cities().size());
  }

  private void eligibility() {
    heading("Eligibility: three sample applications (made up for the tour, not real ones)");
    out.println("  Rule sets in the catalogue:");
    TextTable table = new TextTable("id", "version", "in force", "rules", "quotas").right(3, 4);
    for (RuleSet ruleSet : RuleSetCatalogue.standard().ruleSets()) {
      table.row(
          ruleSet.id(),
          ruleSet.version(),
          ruleSet.inForceFrom() + " to " + ruleSet.inForceUntil().map(Object::toString).orElse("open"),
          ruleSet.rules().size(),
          ruleSet.quotas().size());
    }
    table.print(out, "    ");
    for (TourSample sample : TourSample.all(network)) {
      out.println();
      out.println("  " + sample.title());
      for (String line : sample.decision().explain(Locale.ENGLISH)) {
        out.println("    " + line);
      }
    }
    TourSample undetermined = TourSample.all(network).get(2);
    out.println();
    out.println("  The same decision in French:");
    for (String line : undetermined.decision().explain(Locale.FRENCH)) {
      out.println("    " + line);
    }
  }

  private static String regionOf(City city) {
    return city.region().map(UnescoRegion::displayName).orElse("region unknown");
  }
}
