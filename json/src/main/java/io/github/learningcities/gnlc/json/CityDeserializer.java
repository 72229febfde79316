package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.network.City;
import io.github.learningcities.gnlc.network.CityId;
import io.github.learningcities.gnlc.network.DatePrecision;
import io.github.learningcities.gnlc.network.MembershipStart;
import io.github.learningcities.gnlc.network.RegionBasis;
import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.place.UnescoRegion;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link City}. The {@code id} is optional on input; when given it must equal the id
 * derived from the country and name. The start is {@code joinedOn} (a cohort's day, with
 * {@code joinedIn} its year when given), {@code joinedIn} alone (a year), {@code memberBy} (a date
 * to the day, month or year) or none of them (unknown).
 */
final class CityDeserializer extends ObjectDeserializer<City> {
  static final List<String> PROPERTIES =
      List.of(
          "id", "name", "country", "region", "regionBasis", "subdivision", "population",
          "joinedIn", "joinedOn", "memberBy", "exitedOn", "source", "doubt");

  private static final Pattern MEMBER_BY = Pattern.compile("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?");

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
    LocalDate joinedOn = null;
    String memberBy = null;
    LocalDate exitedOn = null;
    URI source = null;
    String doubt = null;
    for (String field = fields.next(); field != null; field = fields.next()) {
      switch (field) {
        case "id":
          id = fields.read(Read::cityId);
          break;
        case "name":
          name = fields.string();
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
        case "joinedOn":
          joinedOn = fields.read(Read::date);
          break;
        case "memberBy":
          memberBy = fields.string();
          break;
        case "exitedOn":
          exitedOn = fields.read(Read::date);
          break;
        case "doubt":
          doubt = fields.string();
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
            .start(start(fields, joinedIn, joinedOn, memberBy))
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
    if (doubt != null) {
      builder.doubt(doubt);
    }
    City city = fields.build(builder::build);
    checkId(fields, id, city);
    return city;
  }

  private static MembershipStart start(
      JsonFields fields, @Nullable Year joinedIn, @Nullable LocalDate joinedOn,
      @Nullable String memberBy) {
    if (memberBy != null) {
      if (joinedIn != null || joinedOn != null) {
        throw fields.invalidAt(
            "memberBy",
            "memberBy: " + GnlcException.quote(memberBy)
                + " must not be given with joinedIn or joinedOn");
      }
      return fields.build(() -> memberBy(memberBy));
    }
    if (joinedOn != null) {
      if (joinedIn != null && joinedIn.getValue() != joinedOn.getYear()) {
        throw fields.invalidAt(
            "joinedOn",
            "joinedOn: \"" + joinedOn + "\" is not in the year joinedIn " + joinedIn);
      }
      return fields.build(() -> MembershipStart.cohort(joinedOn));
    }
    if (joinedIn != null) {
      return fields.build(() -> MembershipStart.year(joinedIn));
    }
    return MembershipStart.unknown();
  }

  /** Parses a member-by date: {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}. */
  static MembershipStart memberBy(String text) {
    if (MEMBER_BY.matcher(text).matches()) {
      try {
        switch (text.length()) {
          case 4:
            return MembershipStart.memberBy(
                LocalDate.of(Integer.parseInt(text), 1, 1), DatePrecision.YEAR);
          case 7:
            return MembershipStart.memberBy(
                LocalDate.parse(text + "-01"), DatePrecision.MONTH);
          default:
            return MembershipStart.memberBy(LocalDate.parse(text), DatePrecision.DAY);
        }
      } catch (DateTimeException e) {
        // reported below
      }
    }
    throw new GnlcException(
        ErrorCode.INVALID_DATE, "memberBy", text, "is not a date yyyy, yyyy-mm or yyyy-mm-dd");
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
