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
  private static final String WORDS = "io.github.learningcities.gnlc.examples.tour";

  private final Network network;
  private final PrintStream out;
  private final Texts text;

  NetworkTour(Network network, PrintStream out) {
    this(network, out, Language.en);
  }

  NetworkTour(Network network, PrintStream out, Language language) {
    this.network = network;
    this.out = out;
    this.text = Texts.of(WORDS, language);
  }

  private Locale locale() {
    return text.language().locale();
  }

  void run() {
    out.println(text.get("title"));
    out.println(text.get("unofficial"));
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
    heading(text.get("size.heading"));
    int max = network.reportedTotals().stream().mapToInt(ReportedTotal::cities).max().orElse(0);
    TextTable table = new TextTable(text.get("column.reportedOn"), text.get("column.cities"),
        text.get("column.countries"), "", text.get("column.note")).right(1, 2);
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
    out.println("  " + text.get("size.notSum"));
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

  private String citiesOf(ReportedTotal total) {
    if (total.citiesQualifier() == CountQualifier.MORE_THAN) {
      return ">" + total.cities();
    }
    if (total.citiesQualifier() == CountQualifier.ACTIVE_MEMBERS) {
      return text.get("size.active", total.cities());
    }
    return String.valueOf(total.cities());
  }

  private void cohorts() {
    heading(text.get("cohorts.heading"));
    int max = network.cohorts().stream().mapToInt(Cohort::newCities).max().orElse(0);
    TextTable table =
        new TextTable(text.get("column.cohort"), text.get("column.announced"),
                text.get("column.call"), text.get("column.newCities"),
                text.get("column.newCountries"), "", text.get("column.networkAfter"),
                text.get("column.listedHere"))
            .right(3, 4, 7);
    for (Cohort cohort : network.cohorts()) {
      Coverage coverage = network.coverage(cohort);
      table.row(
          cohort.year(),
          cohort.announcedOn(),
          cohort.call().map(Object::toString).orElse(text.get("word.unknown")),
          cohort.newCities(),
          cohort.newCountries(),
          TextTable.bar(cohort.newCities(), max, BAR),
          cohort.networkCitiesAfter().isPresent()
              ? cohort.networkCitiesAfter().getAsInt() + " / "
                  + cohort.networkCountriesAfter().getAsInt()
              : text.get("cohorts.notReported"),
          text.get("cohorts.listedOf", coverage.listedCities(), cohort.newCities()));
    }
    table.print(out, "  ");
  }

  private void regions() {
    heading(text.get("regions.heading"));
    NetworkStatistics stats = network.statistics();
    int max = stats.citiesPerRegion().values().stream().mapToInt(Integer::intValue).max().orElse(0);
    TextTable table = new TextTable(text.get("column.region"), text.get("column.cities"), "",
        text.get("column.fromAnnouncement"), text.get("column.byCountry")).right(1, 3, 4);
    for (UnescoRegion region : UnescoRegion.values()) {
      int count = stats.citiesPerRegion().get(region);
      table.row(
          text.get("region." + region.name()),
          count,
          TextTable.bar(count, max, BAR),
          countBasis(region, RegionBasis.ANNOUNCED),
          countBasis(region, RegionBasis.BY_COUNTRY));
    }
    table.row(text.get("regions.unknown"), stats.citiesWithUnknownRegion(), "", "", "");
    table.print(out, "  ");
    Coverage coverage = network.coverage();
    out.println();
    out.println("  " + text.get("regions.coverage",
        coverage.listedCities(),
        coverage.reportedCities().orElse(0),
        String.format(Locale.ROOT, "%.0f", coverage.cityShare().orElse(0) * 100),
        coverage.listedCountries(),
        coverage.reportedCountries().orElse(0),
        text.get(coverage.complete() ? "word.complete" : "word.partial")));
    out.println("  " + text.get("regions.basis.1"));
    out.println("  " + text.get("regions.basis.2"));
  }

  private void memberList() {
    heading(text.get("list.heading"));
    NetworkSource source = network.source();
    Coverage coverage = network.coverage();
    out.println("  " + text.get("list.summary",
        source.name() + " " + source.version().map(Object::toString).orElse(""),
        coverage.listedCities(), coverage.listedCountries(),
        coverage.reportedCities().orElse(0), coverage.reportedCountries().orElse(0)));
    out.println("  " + text.get("list.sha", source.sha256().orElse(text.get("word.none"))));
    out.println();
    Map<MembershipStart.Kind, List<City>> byKind = new EnumMap<>(MembershipStart.Kind.class);
    for (MembershipStart.Kind kind : MembershipStart.Kind.values()) {
      byKind.put(kind, new ArrayList<>());
    }
    network.cities().forEach(c -> byKind.get(c.start().kind()).add(c));
    TextTable table =
        new TextTable(text.get("column.memberFrom"), text.get("column.cities")).right(1);
    table.row(text.get("list.cohort"), byKind.get(MembershipStart.Kind.COHORT).size());
    table.row(text.get("list.year"), byKind.get(MembershipStart.Kind.YEAR).size());
    table.row(text.get("list.memberBy"), byKind.get(MembershipStart.Kind.MEMBER_BY).size());
    table.row(text.get("list.undated"), byKind.get(MembershipStart.Kind.UNKNOWN).size());
    table.print(out, "  ");
    out.println();
    out.println("  " + text.get("list.perCohort", text.get("column.listedHere"),
        perYear(byKind.get(MembershipStart.Kind.YEAR))));
    out.println("  " + text.get("list.perYear", perYear(byKind.get(MembershipStart.Kind.MEMBER_BY))));
    out.println("  " + text.get("list.undatedRows", names(byKind.get(MembershipStart.Kind.UNKNOWN))));
    List<City> doubtful = network.cities().stream().filter(c -> c.doubt().isPresent())
        .collect(Collectors.toList());
    out.println();
    out.println("  " + text.get("list.doubtful", doubtful.size()));
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
    heading(text.get("features.heading"));
    for (GuidingDocument document : GuidingDocument.values()) {
      out.println("  " + text.get("features.document", document.title(locale()),
          document.adopted()));
    }
    out.println();
    out.println("  " + text.get("features.benefits"));
    for (WiderBenefit benefit : WiderBenefit.values()) {
      out.println("    " + benefit.code() + "  " + benefit.title(locale()));
    }
    out.println("  " + text.get("features.blocks"));
    for (BuildingBlock block : BuildingBlock.values()) {
      SdgLink link = SdgLinks.defaultFor(block);
      out.println("    " + block.code() + "  " + block.title(locale()));
      out.println("        " + text.get("features.targets", link.targets().stream()
          .map(SdgTarget::code).collect(Collectors.joining(", ")), link.rationale()));
    }
    out.println("  " + text.get("features.conditions"));
    for (FundamentalCondition condition : FundamentalCondition.values()) {
      out.println("    " + condition.code() + "  " + condition.title(locale()));
    }
    SdgGoal education = SdgCatalogue.standard().goal(4);
    SdgGoal cities = SdgCatalogue.standard().goal(11);
    out.println();
    if (!text.get("features.sdgEnglish").isEmpty()) {
      out.println("  " + text.get("features.sdgEnglish"));
    }
    out.println("  " + text.get("features.goal", education, education.shortName(),
        education.title()));
    out.println("  " + text.get("features.goal", cities, cities.shortName(), cities.title()));
    out.println("  " + text.get("features.target", "4.3", SdgTarget.parse("4.3").title()));
  }

  private void lookups() {
    heading(text.get("lookups.heading"));
    CountryCode india = CountryCode.of("IN");
    out.println("  " + text.get("lookups.india", network.citiesIn(india).stream()
        .filter(c -> c.start().joinedIn().equals(java.util.Optional.of(Year.of(2022))))
        .map(c -> c.name() + " (" + c.id() + ")")
        .collect(Collectors.joining(", "))));
    CountryCode egypt = CountryCode.of("EG");
    out.println("  " + text.get("lookups.egypt", network.citiesIn(egypt).stream()
        .map(c -> c.name() + " " + c.start() + " " + regionOf(c))
        .collect(Collectors.joining(", "))));
    LocalDate day = LocalDate.of(2025, 1, 1);
    out.println("  " + member("Warangal (IN)", day, network.membership(india, "Warangal", day)));
    MembershipStatus paris = network.membership(CountryCode.of("FR"), "Paris", day);
    out.println("  " + member("Paris (FR)", day, paris)
        + (paris == MembershipStatus.UNKNOWN ? text.get("lookups.partial") : ""));
    LocalDate later = LocalDate.of(2025, 6, 1);
    out.println("  " + member("Hai Duong (VN)", later,
        network.membership(CountryCode.of("VN"), "Hai Duong", later))
        + text.get("lookups.doubt", network.city(CountryCode.of("VN"), "Hai Duong")
            .flatMap(City::doubt).orElse(text.get("word.none"))));
    out.println("  " + member("Cascais (PT)", later,
        network.membership(CountryCode.of("PT"), "Cascais", later))
        + text.get("lookups.undated"));
    LocalDate early = LocalDate.of(2020, 1, 1);
    out.println("  " + text.get("lookups.known", early, network.membersOn(early).size(),
        network.cities().size(), network.membersOn(early, india).size()));
  }

  private String member(String city, LocalDate day, MembershipStatus status) {
    return text.get("lookups.member", city, day, text.get("status." + status.name()));
  }

  private void eligibility() {
    heading(text.get("eligibility.heading"));
    out.println("  " + text.get("eligibility.ruleSets"));
    TextTable table = new TextTable(text.get("column.id"), text.get("column.version"),
        text.get("column.inForce"), text.get("column.rules"), text.get("column.quotas"))
        .right(3, 4);
    for (RuleSet ruleSet : RuleSetCatalogue.standard().ruleSets()) {
      table.row(
          ruleSet.id(),
          ruleSet.version(),
          text.get("eligibility.period", ruleSet.inForceFrom(), ruleSet.inForceUntil()
              .map(Object::toString).orElse(text.get("eligibility.open"))),
          ruleSet.rules().size(),
          ruleSet.quotas().size());
    }
    table.print(out, "    ");
    List<TourSample> samples = TourSample.all(network);
    for (int i = 0; i < samples.size(); i++) {
      out.println();
      out.println("  " + text.get("sample." + (i + 1)));
      for (String line : samples.get(i).decision().explain(locale())) {
        out.println("    " + line);
      }
    }
    // the third decision again, in French for an English tour and in English for the others
    Locale other = text.language() == Language.en ? Locale.FRENCH : Locale.ENGLISH;
    out.println();
    out.println("  " + text.get("eligibility.same"));
    for (String line : samples.get(2).decision().explain(other)) {
      out.println("    " + line);
    }
  }

  private String regionOf(City city) {
    return city.region().map(r -> text.get("region." + r.name()))
        .orElse(text.get("regions.unknown"));
  }
}
