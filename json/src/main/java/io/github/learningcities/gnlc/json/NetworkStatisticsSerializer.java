package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.network.NetworkStatistics;
import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.place.UnescoRegion;
import java.time.Year;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes {@link NetworkStatistics}: the counts, {@code citiesPerRegion} keyed by region constant
 * name with all five regions in region order (0 for a region the statistics lack), and
 * {@code citiesPerYearJoined} keyed by year in year order, and {@code citiesPerCountry} keyed by
 * country code in code order when the statistics hold it.
 */
final class NetworkStatisticsSerializer extends StdSerializer<NetworkStatistics> {
  NetworkStatisticsSerializer() {
    super(NetworkStatistics.class);
  }

  @Override
  public void serialize(NetworkStatistics statistics, JsonGenerator gen, SerializationContext ctxt) {
    gen.writeStartObject(statistics);
    gen.writeNumberProperty("cities", statistics.cities());
    gen.writeNumberProperty("countries", statistics.countries());
    gen.writeName("citiesPerRegion");
    gen.writeStartObject(statistics.citiesPerRegion());
    for (UnescoRegion region : UnescoRegion.values()) {
      gen.writeNumberProperty(
          Codes.REGIONS.code(region), statistics.citiesPerRegion().getOrDefault(region, 0));
    }
    gen.writeEndObject();
    gen.writeNumberProperty("citiesWithUnknownRegion", statistics.citiesWithUnknownRegion());
    gen.writeName("citiesPerYearJoined");
    gen.writeStartObject(statistics.citiesPerYearJoined());
    for (Map.Entry<Year, Integer> entry : new TreeMap<>(statistics.citiesPerYearJoined()).entrySet()) {
      gen.writeNumberProperty(Integer.toString(entry.getKey().getValue()), entry.getValue());
    }
    gen.writeEndObject();
    if (!statistics.citiesPerCountry().isEmpty()) {
      gen.writeName("citiesPerCountry");
      gen.writeStartObject(statistics.citiesPerCountry());
      for (Map.Entry<CountryCode, Integer> entry : statistics.citiesPerCountry().entrySet()) {
        gen.writeNumberProperty(entry.getKey().code(), entry.getValue());
      }
      gen.writeEndObject();
    }
    gen.writeEndObject();
  }
}
