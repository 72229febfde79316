package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.eligibility.Application;
import io.github.learningcities.gnlc.eligibility.ApplicationKind;
import io.github.learningcities.gnlc.eligibility.AwardNomination;
import io.github.learningcities.gnlc.eligibility.MembershipApplication;
import io.github.learningcities.gnlc.eligibility.SignatoryRole;
import io.github.learningcities.gnlc.framework.BuildingBlock;
import io.github.learningcities.gnlc.framework.GuidingDocument;
import io.github.learningcities.gnlc.place.CountryCode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;

/**
 * Reads an application document. {@code formatVersion} and {@code kind} are required; the
 * {@code kind} ({@code MEMBERSHIP} or {@code AWARD}) may come anywhere in the object and selects
 * the properties allowed (those of the other kind are refused as unknown); every fact is optional,
 * and an absent fact is unknown.
 *
 * @param <T>  the type read: {@link Application}, or one kind's class, which then requires that
 *     kind
 */
final class ApplicationDeserializer<T extends Application> extends ObjectDeserializer<T> {
  static final List<String> COMMON =
      List.of("formatVersion", "kind", "cityName", "country", "population", "reference");
  static final List<String> MEMBERSHIP =
      concat(COMMON, List.of("signatoryName", "signatoryRole", "endorsedOn", "pledges",
          "submittedOn", "buildingBlocks", "language"));
  static final List<String> AWARD =
      concat(COMMON, List.of("signatoryRole", "consentSigned", "governedByElectedBody",
          "submittedOn", "memberSince", "pastAwardYears", "nominatedOn"));
  static final List<String> PROPERTIES = concat(MEMBERSHIP,
      List.of("consentSigned", "governedByElectedBody", "memberSince", "pastAwardYears",
          "nominatedOn"));
  static final TypeNames<ApplicationKind> KINDS =
      TypeNames.<ApplicationKind>builder(Application.class, "kind")
          .add(ApplicationKind.MEMBERSHIP.name(), ApplicationKind.MEMBERSHIP)
          .add(ApplicationKind.AWARD.name(), ApplicationKind.AWARD)
          .build();

  private final @Nullable ApplicationKind required;

  ApplicationDeserializer(Class<T> type, Settings settings, @Nullable ApplicationKind required) {
    super(type, settings, "application", PROPERTIES);
    this.required = required;
  }

  static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return List.copyOf(out);
  }

  static ApplicationKind kind(JsonParser p, DeserializationContext ctxt, String field) {
    return KINDS.key(ctxt, Read.string(p, ctxt, field));
  }

  @Override
  T readObject(JsonFields fields) {
    Integer version = null;
    ApplicationKind kind = null;
    String cityName = null;
    CountryCode country = null;
    Long population = null;
    String reference = null;
    String signatoryName = null;
    SignatoryRole role = null;
    LocalDate endorsedOn = null;
    List<GuidingDocument> pledges = null;
    LocalDate submittedOn = null;
    Map<BuildingBlock, String> blocks = null;
    Locale language = null;
    LocalDate memberSince = null;
    List<Year> pastAwardYears = null;
    LocalDate nominatedOn = null;
    Boolean consentSigned = null;
    Boolean electedBody = null;
    for (String field = fields.next(); field != null; field = fields.next()) {
      switch (field) {
        case "formatVersion":
          version = fields.read(Read::formatVersion);
          break;
        case "kind":
          kind = fields.read(ApplicationDeserializer::kind);
          fields.narrow(kind == ApplicationKind.MEMBERSHIP ? MEMBERSHIP : AWARD);
          break;
        case "cityName":
          cityName = fields.string();
          break;
        case "country":
          country = fields.read(Read::country);
          break;
        case "population":
          population = fields.read(Read::longCount);
          break;
        case "reference":
          reference = fields.string();
          break;
        case "signatoryName":
          signatoryName = fields.string();
          break;
        case "signatoryRole":
          role = fields.read(Codes.SIGNATORY_ROLES);
          break;
        case "endorsedOn":
          endorsedOn = fields.read(Read::date);
          break;
        case "pledges":
          pledges =
              fields.read((p, ctxt, f) -> Read.distinctList(p, ctxt, f, Codes.GUIDING_DOCUMENTS));
          break;
        case "submittedOn":
          submittedOn = fields.read(Read::date);
          break;
        case "buildingBlocks":
          blocks = fields.read(ApplicationDeserializer::buildingBlocks);
          break;
        case "language":
          language = fields.read(Read::language);
          break;
        case "consentSigned":
          consentSigned = fields.read(Read::bool);
          break;
        case "governedByElectedBody":
          electedBody = fields.read(Read::bool);
          break;
        case "memberSince":
          memberSince = fields.read(Read::date);
          break;
        case "pastAwardYears":
          pastAwardYears = fields.read((p, ctxt, f) -> Read.distinctList(p, ctxt, f, Read::year));
          break;
        default: // "nominatedOn"
          nominatedOn = fields.read(Read::date);
          break;
      }
    }
    fields.required("formatVersion", version);
    ApplicationKind found = fields.required("kind", kind);
    if (required != null && found != required) {
      throw fields.invalidAt(
          "kind",
          "kind: \"" + found + "\" is not " + required + " (reading a " + type.getSimpleName()
              + ")");
    }
    OptionalLong knownPopulation =
        population == null ? OptionalLong.empty() : OptionalLong.of(population);
    Application application;
    if (found == ApplicationKind.MEMBERSHIP) {
      MembershipApplication.Builder builder = MembershipApplication.builder()
          .cityName(Optional.ofNullable(cityName))
          .country(Optional.ofNullable(country))
          .population(knownPopulation)
          .reference(Optional.ofNullable(reference))
          .signatoryName(Optional.ofNullable(signatoryName))
          .signatoryRole(Optional.ofNullable(role))
          .endorsedOn(Optional.ofNullable(endorsedOn))
          .pledges(Optional.ofNullable(pledges == null ? null : Set.copyOf(pledges)))
          .submittedOn(Optional.ofNullable(submittedOn))
          .buildingBlocks(Optional.ofNullable(blocks))
          .language(Optional.ofNullable(language));
      application = fields.build(builder::build);
    } else {
      AwardNomination.Builder builder = AwardNomination.builder()
          .cityName(Optional.ofNullable(cityName))
          .country(Optional.ofNullable(country))
          .population(knownPopulation)
          .reference(Optional.ofNullable(reference))
          .memberSince(Optional.ofNullable(memberSince))
          .pastAwardYears(Optional.ofNullable(
              pastAwardYears == null ? null : new LinkedHashSet<>(pastAwardYears)))
          .nominatedOn(Optional.ofNullable(nominatedOn))
          .signatoryRole(Optional.ofNullable(role))
          .consentSigned(Optional.ofNullable(consentSigned))
          .governedByElectedBody(Optional.ofNullable(electedBody))
          .submittedOn(Optional.ofNullable(submittedOn));
      application = fields.build(builder::build);
    }
    return type.cast(application);
  }

  private static Map<BuildingBlock, String> buildingBlocks(
      JsonParser p, DeserializationContext ctxt, String field) {
    return Read.map(
        p, ctxt, field, BuildingBlock.class, key -> Codes.BUILDING_BLOCKS.parse(key, field),
        Read::string);
  }
}
