package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.network.City;
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
    gen.writeNumberProperty("joinedIn", city.joinedIn().getValue());
    if (city.exitedOn().isPresent()) {
      gen.writeStringProperty("exitedOn", city.exitedOn().get().toString());
    }
    gen.writeStringProperty("source", city.source().toString());
    gen.writeEndObject();
  }
}
