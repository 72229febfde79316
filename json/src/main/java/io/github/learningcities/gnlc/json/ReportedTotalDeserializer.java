package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.network.CountQualifier;
import io.github.learningcities.gnlc.network.DatePrecision;
import io.github.learningcities.gnlc.network.ReportedTotal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** Reads a {@link ReportedTotal}; an absent note is the empty note. */
final class ReportedTotalDeserializer extends ObjectDeserializer<ReportedTotal> {
  static final List<String> PROPERTIES =
      List.of(
          "observedOn", "precision", "cities", "citiesQualifier", "countries",
          "inhabitantsMillions", "note", "source");

  ReportedTotalDeserializer(Settings settings) {
    super(ReportedTotal.class, settings, "reportedTotal", PROPERTIES);
  }

  @Override
  ReportedTotal readObject(JsonFields fields) {
    LocalDate observedOn = null;
    DatePrecision precision = null;
    Integer cities = null;
    CountQualifier qualifier = null;
    Integer countries = null;
    Integer inhabitants = null;
    String note = "";
    URI source = null;
    for (String field = fields.next(); field != null; field = fields.next()) {
      switch (field) {
        case "observedOn":
          observedOn = fields.read(Read::date);
          break;
        case "precision":
          precision = fields.read(Codes.DATE_PRECISIONS);
          break;
        case "cities":
          cities = fields.read(Read::count);
          break;
        case "citiesQualifier":
          qualifier = fields.read(Codes.COUNT_QUALIFIERS);
          break;
        case "countries":
          countries = fields.read(Read::count);
          break;
        case "inhabitantsMillions":
          inhabitants = fields.read(Read::count);
          break;
        case "note":
          note = fields.string();
          break;
        default: // "source"
          source = fields.read(Read::uri);
          break;
      }
    }
    ReportedTotal.Builder builder =
        ReportedTotal.builder()
            .observedOn(fields.required("observedOn", observedOn))
            .precision(fields.required("precision", precision))
            .cities(fields.required("cities", cities))
            .citiesQualifier(fields.required("citiesQualifier", qualifier))
            .countries(fields.required("countries", countries))
            .note(note)
            .source(fields.required("source", source));
    if (inhabitants != null) {
      builder.inhabitantsMillions(inhabitants);
    }
    return fields.build(builder::build);
  }
}
