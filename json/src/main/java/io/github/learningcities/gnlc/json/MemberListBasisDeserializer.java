package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.network.MemberListBasis;
import io.github.learningcities.gnlc.network.NetworkSource;
import io.github.learningcities.gnlc.place.CountryCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads the {@code memberList} of a decision: {@code source} ({@code name} required,
 * {@code version} and {@code sha256} optional) and {@code listedCities} required,
 * {@code complete} (default false) and {@code completeCountries} (default none) optional.
 */
final class MemberListBasisDeserializer extends ObjectDeserializer<MemberListBasis> {
  static final List<String> PROPERTIES =
      List.of("source", "listedCities", "complete", "completeCountries");

  private final SourceDeserializer sources;

  MemberListBasisDeserializer(Settings settings) {
    super(MemberListBasis.class, settings, "memberList", PROPERTIES);
    this.sources = new SourceDeserializer(settings);
  }

  @Override
  MemberListBasis readObject(JsonFields fields) {
    NetworkSource source = null;
    Integer listed = null;
    boolean complete = false;
    List<CountryCode> countries = List.of();
    for (String field = fields.next(); field != null; field = fields.next()) {
      switch (field) {
        case "source":
          source = fields.read(sources::read);
          break;
        case "listedCities":
          listed = fields.read(Read::count);
          break;
        case "complete":
          complete = fields.read(Read::bool);
          break;
        default: // "completeCountries"
          countries = fields.read((p, ctxt, f) -> Read.distinctList(p, ctxt, f, Read::country));
          break;
      }
    }
    MemberListBasis.Builder builder = MemberListBasis.builder()
        .source(fields.required("source", source))
        .listedCities(fields.required("listedCities", listed))
        .complete(complete)
        .addAllCompleteCountries(countries);
    return fields.build(builder::build);
  }

  /** Reads the {@code source} of a member list. */
  static final class SourceDeserializer extends ObjectDeserializer<NetworkSource> {
    static final List<String> PROPERTIES = List.of("name", "version", "sha256");

    SourceDeserializer(Settings settings) {
      super(NetworkSource.class, settings, "source", PROPERTIES);
    }

    @Override
    NetworkSource readObject(JsonFields fields) {
      String name = null;
      LocalDate version = null;
      String sha256 = null;
      for (String field = fields.next(); field != null; field = fields.next()) {
        switch (field) {
          case "name":
            name = fields.string();
            break;
          case "version":
            version = fields.read(Read::date);
            break;
          default: // "sha256"
            sha256 = fields.string();
            break;
        }
      }
      NetworkSource.Builder builder = NetworkSource.builder()
          .name(fields.required("name", name))
          .version(Optional.ofNullable(version))
          .sha256(Optional.ofNullable(sha256));
      return fields.build(builder::build);
    }
  }
}
