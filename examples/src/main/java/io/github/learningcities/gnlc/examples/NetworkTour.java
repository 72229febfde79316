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
import io.github.learningcities.gnlc.network.MembershipStart;
import io.github.learningcities.gnlc.network.NetworkSource;
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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The network tour: the main job of {@code gnlc-examples.jar}. Prints, from the embedded data only,
 * the network's reported size over time, each cohort with the cities listed for it, the cities per
 * UNESCO region in the embedded list with its coverage, how the list dates its members (the early
 * admissions, the undated and the doubtful rows apart), the Key Features with their SDG targets, a
 * few lookups and sample decisions.
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
    memberList();
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

  private void memberList() {
    heading("The embedded member list: how it dates its members, and its doubts");
    NetworkSource source = network.source();
    Coverage coverage = network.coverage();
    out.printf(Locale.ROOT, "  %s %s: %d cities in %d countries (of %d in %d last reported).%n",
        source.name(), source.version().map(Object::toString).orElse(""),
        coverage.listedCities(), coverage.listedCountries(),
        coverage.reportedCities().orElse(0), coverage.reportedCountries().orElse(0));
    out.println("  SHA-256 of its files: " + source.sha256().orElse("none"));
    out.println();
    Map<MembershipStart.Kind, List<City>> byKind = new EnumMap<>(MembershipStart.Kind.class);
    for (MembershipStart.Kind kind : MembershipStart.Kind.values()) {
      byKind.put(kind, new ArrayList<>());
    }
    network.cities().forEach(c -> byKind.get(c.start().kind()).add(c));
    TextTable table = new TextTable("a member from", "cities").right(1);
    table.row("its cohort's announcement day", byKind.get(MembershipStart.Kind.COHORT).size());
    table.row("a year only (early admissions, 2015 to 2018)",
        byKind.get(MembershipStart.Kind.YEAR).size());
    table.row("unknown; only \"a member by\" a source's date",
        byKind.get(MembershipStart.Kind.MEMBER_BY).size());
    table.row("unknown; undated source", byKind.get(MembershipStart.Kind.UNKNOWN).size());
    table.print(out, "  ");
    out.println();
    out.println("  Coverage per cohort: see \"listed here\" above. Early admissions per year: "
        + perYear(byKind.get(MembershipStart.Kind.YEAR)) + ".");
    out.println("  A member by a source's date, per year of the date: "
        + perYear(byKind.get(MembershipStart.Kind.MEMBER_BY))
        + "; before that date, membership is unknown.");
    out.println("  Undated: " + names(byKind.get(MembershipStart.Kind.UNKNOWN))
        + ": unknown on every date, yet counted in the coverage.");
    List<City> doubtful = network.cities().stream().filter(c -> c.doubt().isPresent())
        .collect(Collectors.toList());
    out.println();
    out.println("  Doubtful rows (" + doubtful.size() + "), kept in the list; a finding that"
        + " rests on one says so:");
    for (City city : doubtful) {
      out.println("    " + city.name() + " (" + city.country() + "): " + city.doubt().get());
    }
  }

  private static String perYear(List<City> cities) {
    Map<Integer, Integer> counts = new TreeMap<>();
    cities.forEach(c -> counts.merge(c.start().year().orElseThrow().getValue(), 1, Integer::sum));
    return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  private static String names(List<City> cities) {
    return cities.stream().map(c -> c.name() + " (" + c.country() + ")")
        .collect(Collectors.joining(", "));
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
    LocalDate later = LocalDate.of(2025, 6, 1);
    out.println("  Is Hai Duong (VN) a member on " + later + "? "
        + network.membership(CountryCode.of("VN"), "Hai Duong", later) + " (listed; doubt: "
        + network.city(CountryCode.of("VN"), "Hai Duong").flatMap(City::doubt).orElse("none")
        + ")");
    out.println("  Is Cascais (PT) a member on " + later + "? "
        + network.membership(CountryCode.of("PT"), "Cascais", later)
        + " (listed, but its source is undated)");
    out.println("  Known members on 2020-01-01: " + network.membersOn(LocalDate.of(2020, 1, 1)).size()
        + " of the " + network.cities().size() + " listed; in India: "
        + network.membersOn(LocalDate.of(2020, 1, 1), india).size());
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
