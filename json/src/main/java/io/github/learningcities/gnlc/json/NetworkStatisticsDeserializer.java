package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.network.NetworkStatistics;
import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.place.UnescoRegion;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads {@link NetworkStatistics}; every property but {@code citiesPerCountry} is required.
 * {@code citiesPerRegion} must name all five regions by constant name; {@code citiesPerYearJoined}
 * is keyed by years written as digits ({@code "2022"}) and may be empty; {@code citiesPerCountry}
 * is keyed by country codes. A key given twice is refused.
 */
final class NetworkStatisticsDeserializer extends ObjectDeserializer<NetworkStatistics> {
  static final List<String> PROPERTIES =
      List.of("cities", "countries", "citiesPerRegion", "citiesWithUnknownRegion",
          "citiesPerYearJoined", "citiesPerCountry");

  NetworkStatisticsDeserializer(Settings settings) {
    super(NetworkStatistics.class, settings, "statistics", PROPERTIES);
  }

  @Override
  NetworkStatistics readObject(JsonFields fields) {
    Integer cities = null;
    Integer countries = null;
    Map<UnescoRegion, Integer> perRegion = null;
    Integer unknownRegion = null;
    Map<Year, Integer> perYear = null;
    Map<CountryCode, Integer> perCountry = Map.of();
    for (String field = fields.next(); field != null; field = fields.next()) {
      switch (field) {
        case "cities":
          cities = fields.read(Read::count);
          break;
        case "countries":
          countries = fields.read(Read::count);
          break;
        case "citiesPerRegion":
          perRegion = fields.read((p, ctxt, f) -> Read.counts(p, ctxt, f, UnescoRegion.class,
              key -> Codes.REGIONS.parse(key, f)));
          break;
        case "citiesWithUnknownRegion":
          unknownRegion = fields.read(Read::count);
          break;
        case "citiesPerCountry":
          perCountry = fields.read((p, ctxt, f) -> Read.counts(p, ctxt, f, CountryCode.class,
              CountryCode::parse));
          break;
        default: // "citiesPerYearJoined"
          perYear = fields.read((p, ctxt, f) -> Read.counts(p, ctxt, f, Year.class,
              key -> Read.yearKey(key, f)));
          break;
      }
    }
    int cityCount = fields.required("cities", cities);
    int countryCount = fields.required("countries", countries);
    Map<UnescoRegion, Integer> regions = fields.required("citiesPerRegion", perRegion);
    int unknown = fields.required("citiesWithUnknownRegion", unknownRegion);
    Map<Year, Integer> years = fields.required("citiesPerYearJoined", perYear);
    List<String> missing = new ArrayList<>();
    for (UnescoRegion region : UnescoRegion.values()) {
      if (!regions.containsKey(region)) {
        missing.add(Codes.REGIONS.code(region));
      }
    }
    if (!missing.isEmpty()) {
      throw fields.invalidAt(
          "citiesPerRegion",
          "citiesPerRegion: " + String.join(", ", missing)
              + (missing.size() == 1 ? " is" : " are")
              + " missing (all five regions are required, 0 where there is no city)");
    }
    NetworkStatistics.Builder builder = NetworkStatistics.builder();
    builder
        .cities(cityCount)
        .countries(countryCount)
        .citiesPerRegion(regions)
        .citiesWithUnknownRegion(unknown)
        .citiesPerYearJoined(new TreeMap<>(years))
        .citiesPerCountry(perCountry);
    return fields.build(builder::build);
  }
}
