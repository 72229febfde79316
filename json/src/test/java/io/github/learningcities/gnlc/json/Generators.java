package io.github.learningcities.gnlc.json;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.learningcities.gnlc.framework.BuildingBlock;
import io.github.learningcities.gnlc.network.CallWindow;
import io.github.learningcities.gnlc.network.City;
import io.github.learningcities.gnlc.network.CityId;
import io.github.learningcities.gnlc.network.Cohort;
import io.github.learningcities.gnlc.network.CountQualifier;
import io.github.learningcities.gnlc.network.Coverage;
import io.github.learningcities.gnlc.network.DatePrecision;
import io.github.learningcities.gnlc.network.MembershipStart;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.network.NetworkStatistics;
import io.github.learningcities.gnlc.network.RegionBasis;
import io.github.learningcities.gnlc.network.ReportedTotal;
import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.place.UnescoRegion;
import io.github.learningcities.gnlc.sdg.LinkSubject;
import io.github.learningcities.gnlc.sdg.SdgCatalogue;
import io.github.learningcities.gnlc.sdg.SdgGoal;
import io.github.learningcities.gnlc.sdg.SdgLink;
import io.github.learningcities.gnlc.sdg.SdgTarget;
import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators of valid values of every type the module covers. */
final class Generators {
  private Generators() {}

  static Gen<CountryCode> countries() {
    List<CountryCode> all =
        Arrays.stream(Locale.getISOCountries()).map(CountryCode::of).collect(Collectors.toList());
    return Generate.pick(all);
  }

  static Gen<UnescoRegion> regions() {
    return Generate.enumValues(UnescoRegion.class);
  }

  /** Names with letters from several scripts, diacritics, spaces, quotes and escapes. */
  static Gen<String> names() {
    Gen<String> latin = strings().basicLatinAlphabet().ofLengthBetween(0, 20);
    Gen<String> any = strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 12);
    Gen<String> fixed =
        Generate.pick(List.of("Câmara de Lobos", "Al-Fayyum", "Ørsta", "São Paulo", "x\"y\\z\tw"));
    return latin.zip(any, fixed, (a, b, c) -> "A" + a + b + c)
        .assuming(n -> !n.isBlank());
  }

  static Gen<String> texts() {
    return strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 30);
  }

  static Gen<URI> uris() {
    return strings().basicLatinAlphabet().ofLengthBetween(0, 10)
        .map(s -> URI.create("https://example.org/p/" + s.replaceAll("[^A-Za-z0-9]", "") + "?q=1"));
  }

  static Gen<LocalDate> dates() {
    return integers().between(0, 365 * 30).map(d -> LocalDate.of(2010, 1, 1).plusDays(d));
  }

  static Gen<CallWindow> callWindows() {
    return dates().zip(integers().between(0, 400), (d, n) -> CallWindow.of(d, d.plusDays(n)));
  }

  static Gen<CityId> cityIds() {
    return countries().zip(names(), CityId::of).assuming(id -> true);
  }

  static <T> Gen<java.util.Optional<T>> optional(Gen<T> gen) {
    return Generate.booleans().zip(gen, (present, value) -> present
        ? java.util.Optional.of(value) : java.util.Optional.<T>empty());
  }

  static Gen<MembershipStart> starts() {
    return in -> {
      int year = integers().between(2015, 2030).generate(in);
      LocalDate day = LocalDate.of(year, 1, 1).plusDays(integers().between(0, 364).generate(in));
      switch (integers().between(0, 5).generate(in)) {
        case 0:
          return MembershipStart.cohort(day);
        case 1:
          return MembershipStart.memberBy(day, DatePrecision.DAY);
        case 2:
          return MembershipStart.memberBy(day.withDayOfMonth(1), DatePrecision.MONTH);
        case 3:
          return MembershipStart.memberBy(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
        case 4:
          return MembershipStart.unknown();
        default:
          return MembershipStart.year(Year.of(year));
      }
    };
  }

  static Gen<City> cities() {
    return in -> {
      City.Builder b =
          City.builder()
              .name(names().generate(in))
              .country(countries().generate(in))
              .start(starts().generate(in))
              .source(uris().generate(in));
      optional(oneLineTexts()).generate(in).ifPresent(b::doubt);
      java.util.Optional<UnescoRegion> region = optional(regions()).generate(in);
      if (region.isPresent()) {
        b.region(region.get());
        b.regionBasis(
            Generate.pick(List.of(RegionBasis.ANNOUNCED, RegionBasis.BY_COUNTRY)).generate(in));
      }
      optional(texts()).generate(in).ifPresent(b::subdivision);
      optional(Generate.longRange(0, Long.MAX_VALUE)).generate(in).ifPresent(b::population);
      City city = b.build();
      if (Generate.booleans().generate(in)) {
        return City.builder()
            .from(city)
            .exitedOn(city.start().year().orElse(Year.of(2015)).atDay(1)
                .plusDays(integers().between(366, 3000).generate(in)))
            .build();
      }
      return city;
    };
  }

  static Gen<Cohort> cohorts() {
    return in -> {
      int year = integers().between(2015, 2040).generate(in);
      LocalDate announced = LocalDate.of(year, 1, 1).plusDays(integers().between(0, 364).generate(in));
      int cities = integers().between(0, 500).generate(in);
      Cohort.Builder b =
          Cohort.builder()
              .year(Year.of(year))
              .announcedOn(announced)
              .newCities(cities)
              .newCountries(integers().between(0, cities).generate(in))
              .source(uris().generate(in));
      optional(integers().between(0, Integer.MAX_VALUE)).generate(in)
          .ifPresent(b::networkCitiesAfter);
      optional(integers().between(0, 200)).generate(in).ifPresent(b::networkCountriesAfter);
      if (Generate.booleans().generate(in)) {
        LocalDate closes = announced.minusDays(integers().between(1, 200).generate(in));
        b.call(CallWindow.of(closes.minusDays(integers().between(0, 200).generate(in)), closes));
      }
      return b.build();
    };
  }

  static Gen<ReportedTotal> reportedTotals() {
    return in -> {
      DatePrecision precision = Generate.enumValues(DatePrecision.class).generate(in);
      LocalDate date = dates().generate(in);
      if (precision == DatePrecision.MONTH) {
        date = date.withDayOfMonth(1);
      } else if (precision == DatePrecision.YEAR) {
        date = date.withDayOfYear(1);
      }
      int cities = integers().between(0, 100_000).generate(in);
      ReportedTotal.Builder b =
          ReportedTotal.builder()
              .observedOn(date)
              .precision(precision)
              .cities(cities)
              .citiesQualifier(Generate.enumValues(CountQualifier.class).generate(in))
              .countries(integers().between(0, cities).generate(in))
              .note(texts().generate(in))
              .source(uris().generate(in));
      optional(integers().between(0, 10_000)).generate(in).ifPresent(b::inhabitantsMillions);
      return b.build();
    };
  }

  static Gen<Coverage> coverages() {
    Gen<OptionalInt> reported =
        optional(integers().between(0, Integer.MAX_VALUE))
            .map(o -> o.map(OptionalInt::of).orElse(OptionalInt.empty()));
    return in -> Coverage.of(
        integers().between(0, Integer.MAX_VALUE).generate(in),
        integers().between(0, Integer.MAX_VALUE).generate(in),
        reported.generate(in),
        reported.generate(in),
        Generate.booleans().generate(in));
  }

  static Gen<Network> networks() {
    return in -> {
      Set<CityId> ids = new HashSet<>();
      List<City> cities = new ArrayList<>();
      for (City city : lists().of(cities()).ofSizeBetween(0, 8).generate(in)) {
        if (ids.add(city.id())) {
          cities.add(city);
        }
      }
      Set<Year> years = new HashSet<>();
      List<Cohort> cohorts = new ArrayList<>();
      for (Cohort cohort : lists().of(cohorts()).ofSizeBetween(0, 5).generate(in)) {
        if (years.add(cohort.year())) {
          cohorts.add(cohort);
        }
      }
      java.util.Map<Year, LocalDate> announced = new java.util.HashMap<>();
      cohorts.forEach(c -> announced.put(c.year(), c.announcedOn()));
      cities.removeIf(c -> c.start().kind() == MembershipStart.Kind.COHORT
          && announced.containsKey(c.start().year().orElseThrow())
          && !c.start().date().orElseThrow().equals(announced.get(c.start().year().orElseThrow())));
      boolean complete = Generate.booleans().generate(in);
      List<CountryCode> completeCountries = complete ? List.of()
          : lists().of(countries()).ofSizeBetween(0, 3).generate(in);
      return Network.builder()
          .complete(complete)
          .addAllCompleteCountries(completeCountries)
          .addAllCities(cities)
          .addAllCohorts(cohorts)
          .addAllReportedTotals(lists().of(reportedTotals()).ofSizeBetween(0, 4).generate(in))
          .build();
    };
  }
  static Gen<SdgGoal> sdgGoals() {
    return Generate.pick(SdgCatalogue.standard().goals());
  }

  static Gen<SdgTarget> sdgTargets() {
    return Generate.pick(SdgCatalogue.standard().targets());
  }

  /**
   * One-line texts with letters from several scripts, quotes and escapes, no control character,
   * starting and ending with a letter.
   */
  static Gen<String> oneLineTexts() {
    Gen<String> latin = strings().basicLatinAlphabet().ofLengthBetween(0, 20);
    Gen<String> any = strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 12);
    Gen<String> fixed = Generate.pick(List.of("", "São Paulo", "x\"y\\z w", "SDG 4 & 11", " "));
    return latin.zip(any, fixed, (a, b, c) -> ("A" + a + b + c + "Z")
        .codePoints()
        .filter(cp -> !Character.isISOControl(cp))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString());
  }

  static Gen<LinkSubject> linkSubjects() {
    Gen<LinkSubject> blocks = Generate.enumValues(BuildingBlock.class).map(LinkSubject::of);
    Gen<LinkSubject> cities = cityIds().map(LinkSubject::of);
    Gen<LinkSubject> initiatives = oneLineTexts().map(LinkSubject::ofInitiative);
    return Generate.pick(List.of(blocks, cities, initiatives)).flatMap(g -> g);
  }

  static Gen<SdgLink> sdgLinks() {
    return in ->
        SdgLink.of(
            linkSubjects().generate(in),
            new LinkedHashSet<>(lists().of(sdgTargets()).ofSizeBetween(1, 6).generate(in)),
            oneLineTexts().generate(in));
  }

  static Gen<SdgLinksDocument> sdgLinksDocuments() {
    return lists().of(sdgLinks()).ofSizeBetween(0, 5).map(SdgLinksDocument::of);
  }

  static Gen<NetworkStatistics> networkStatistics() {
    return in -> {
      int cities = integers().between(0, 100_000).generate(in);
      NetworkStatistics.Builder b =
          NetworkStatistics.builder()
              .cities(cities)
              .countries(integers().between(0, cities).generate(in))
              .citiesWithUnknownRegion(integers().between(0, 1000).generate(in));
      for (UnescoRegion region : UnescoRegion.values()) {
        b.putCitiesPerRegion(region, integers().between(0, 1000).generate(in));
      }
      Map<Year, Integer> years = new LinkedHashMap<>();
      for (int year : lists().of(integers().between(1, 9999)).ofSizeBetween(0, 6).generate(in)) {
        years.put(Year.of(year), integers().between(0, Integer.MAX_VALUE).generate(in));
      }
      return b.citiesPerYearJoined(years).build();
    };
  }

  static Gen<NetworkSummary> networkSummaries() {
    return in -> {
      NetworkStatistics statistics = networkStatistics().generate(in);
      Coverage coverage = coverages().generate(in);
      java.util.Optional<ReportedTotal> total = optional(reportedTotals()).generate(in);
      return total.isPresent()
          ? NetworkSummary.of(statistics, coverage, total.get())
          : NetworkSummary.of(statistics, coverage);
    };
  }
}
