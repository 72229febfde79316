package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.network.City;
import io.github.learningcities.gnlc.network.DatePrecision;
import io.github.learningcities.gnlc.network.MembershipStart;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a {@link City} as an object; absent optional facts are omitted. */
final class CitySerializer extends StdSerializer<City> {
  CitySerializer() {
    super(City.class);
  }

  @Override
  public void serialize(City city, JsonGenerator gen, SerializationContext ctxt) {
    gen.writeStartObject(city);
    gen.writeStringProperty("id", city.id().toString());
    gen.writeStringProperty("name", city.name());
    gen.writeStringProperty("country", city.country().code());
    if (city.region().isPresent()) {
      gen.writeStringProperty("region", city.region().get().name());
    }
    gen.writeStringProperty("regionBasis", city.regionBasis().name());
    if (city.subdivision().isPresent()) {
      gen.writeStringProperty("subdivision", city.subdivision().get());
    }
    if (city.population().isPresent()) {
      gen.writeNumberProperty("population", city.population().getAsLong());
    }
    MembershipStart start = city.start();
    if (start.joinedIn().isPresent()) {
      gen.writeNumberProperty("joinedIn", start.joinedIn().get().getValue());
    }
    if (start.kind() == MembershipStart.Kind.COHORT) {
      gen.writeStringProperty("joinedOn", start.date().orElseThrow().toString());
    }
    if (start.kind() == MembershipStart.Kind.MEMBER_BY) {
      String date = start.date().orElseThrow().toString();
      DatePrecision precision = start.precision().orElseThrow();
      gen.writeStringProperty("memberBy", precision == DatePrecision.YEAR ? date.substring(0, 4)
          : precision == DatePrecision.MONTH ? date.substring(0, 7) : date);
    }
    if (city.exitedOn().isPresent()) {
      gen.writeStringProperty("exitedOn", city.exitedOn().get().toString());
    }
    gen.writeStringProperty("source", city.source().toString());
    if (city.doubt().isPresent()) {
      gen.writeStringProperty("doubt", city.doubt().get());
    }
    gen.writeEndObject();
  }
}
