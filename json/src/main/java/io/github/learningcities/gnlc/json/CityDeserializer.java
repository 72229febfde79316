package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.network.City;
import io.github.learningcities.gnlc.network.CityId;
import io.github.learningcities.gnlc.network.RegionBasis;
import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.place.UnescoRegion;
import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link City}. The {@code id} is optional on input; when given it must equal the id
 * derived from the country and name.
 */
final class CityDeserializer extends ObjectDeserializer<City> {
  static final List<String> PROPERTIES =
      List.of(
          "id", "name", "country", "region", "regionBasis", "subdivision", "population",
          "joinedIn", "exitedOn", "source");

  CityDeserializer(Settings settings) {
    super(City.class, settings, "city", PROPERTIES);
  }

  @Override
  City readObject(JsonFields fields) {
    CityId id = null;
    String name = null;
    CountryCode country = null;
    UnescoRegion region = null;
    RegionBasis basis = null;
    String subdivision = null;
    Long population = null;
    Year joinedIn = null;
    LocalDate exitedOn = null;
    URI source = null;
    for (String field = fields.next(); field != null; field = fields.next()) {
      switch (field) {
        case "id":
          id = fields.read(Read::cityId);
          break;
        case "name":
          name = fields.read(Read::nonBlank);
          break;
        case "country":
          country = fields.read(Read::country);
          break;
        case "region":
          region = fields.read(Codes.REGIONS);
          break;
        case "regionBasis":
          basis = fields.read(Codes.REGION_BASES);
          break;
        case "subdivision":
          subdivision = fields.string();
          break;
        case "population":
          population = fields.read(Read::longCount);
          break;
        case "joinedIn":
          joinedIn = fields.read(Read::year);
          break;
        case "exitedOn":
          exitedOn = fields.read(Read::date);
          break;
        default: // "source"
          source = fields.read(Read::uri);
          break;
      }
    }
    City.Builder builder =
        City.builder()
            .name(fields.required("name", name))
            .country(fields.required("country", country))
            .joinedIn(fields.required("joinedIn", joinedIn))
            .source(fields.required("source", source));
    if (region != null) {
      builder.region(region);
    }
    if (basis != null) {
      builder.regionBasis(basis);
    }
    if (subdivision != null) {
      builder.subdivision(subdivision);
    }
    if (population != null) {
      builder.population(population);
    }
    if (exitedOn != null) {
      builder.exitedOn(exitedOn);
    }
    City city = fields.build(builder::build);
    checkId(fields, id, city);
    return city;
  }

  private static void checkId(JsonFields fields, @Nullable CityId given, City city) {
    if (given != null && !given.equals(city.id())) {
      throw fields.invalidAt(
          "id",
          "id: \"" + given + "\" does not match the id \"" + city.id()
              + "\" derived from the country and name");
    }
  }
}
