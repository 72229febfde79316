package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.eligibility.Application;
import io.github.learningcities.gnlc.eligibility.ApplicationKind;
import io.github.learningcities.gnlc.eligibility.AwardNomination;
import io.github.learningcities.gnlc.eligibility.Call;
import io.github.learningcities.gnlc.eligibility.Condition;
import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.eligibility.Finding;
import io.github.learningcities.gnlc.eligibility.MembershipApplication;
import io.github.learningcities.gnlc.eligibility.Quota;
import io.github.learningcities.gnlc.eligibility.Rule;
import io.github.learningcities.gnlc.eligibility.RuleSet;
import io.github.learningcities.gnlc.eligibility.RuleSetCatalogue;
import io.github.learningcities.gnlc.network.CallWindow;
import io.github.learningcities.gnlc.network.City;
import io.github.learningcities.gnlc.network.CityId;
import io.github.learningcities.gnlc.network.Cohort;
import io.github.learningcities.gnlc.network.Coverage;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.network.NetworkStatistics;
import io.github.learningcities.gnlc.network.ReportedTotal;
import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.sdg.LinkSubject;
import io.github.learningcities.gnlc.sdg.SdgCatalogue;
import io.github.learningcities.gnlc.sdg.SdgGoal;
import io.github.learningcities.gnlc.sdg.SdgLink;
import io.github.learningcities.gnlc.sdg.SdgTarget;
import java.util.function.Function;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleKeyDeserializers;
import tools.jackson.databind.module.SimpleSerializers;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The registry of every type the module reads and writes: one serializer and one deserializer per
 * type, built for one module configuration. A new type is added here (and in the schema, the
 * format document and the tests).
 */
final class Codecs {
  private final SimpleSerializers serializers = new SimpleSerializers();
  private final SimpleDeserializers deserializers = new SimpleDeserializers();
  private final SimpleKeyDeserializers keyDeserializers = new SimpleKeyDeserializers();

  Codecs(Settings settings) {
    // place
    register(
        CountryCode.class,
        new TextSerializer<>(CountryCode.class, CountryCode::code),
        new TextDeserializer<>(CountryCode.class, settings, "country", Read::country));
    codes(Codes.REGIONS, settings);
    keyDeserializers.addDeserializer(CountryCode.class, new TextKeyDeserializer(CountryCode.class, "country", CountryCode::parse));

    // framework
    codes(Codes.BUILDING_BLOCKS, settings);
    codes(Codes.WIDER_BENEFITS, settings);
    codes(Codes.FUNDAMENTAL_CONDITIONS, settings);
    codes(Codes.GUIDING_DOCUMENTS, settings);

    // network
    register(
        CityId.class,
        new TextSerializer<>(CityId.class, CityId::toString),
        new TextDeserializer<>(CityId.class, settings, "cityId", Read::cityId));
    keyDeserializers.addDeserializer(CityId.class, new TextKeyDeserializer(CityId.class, "cityId", CityId::parse));
    codes(Codes.REGION_BASES, settings);
    codes(Codes.DATE_PRECISIONS, settings);
    codes(Codes.COUNT_QUALIFIERS, settings);
    codes(Codes.MEMBERSHIP_STATUSES, settings);

    codec(City.class, NetworkCodecs.CITY, settings);
    codec(CallWindow.class, NetworkCodecs.CALL_WINDOW, settings);
    codec(Cohort.class, NetworkCodecs.COHORT, settings);
    codec(ReportedTotal.class, NetworkCodecs.REPORTED_TOTAL, settings);
    codec(Coverage.class, NetworkCodecs.COVERAGE, settings);
    codec(Network.class, NetworkCodecs.NETWORK, settings);
    codec(NetworkStatistics.class, NetworkCodecs.STATISTICS, settings);
    codec(NetworkSummary.class, NetworkCodecs.SUMMARY, settings);

    // sdg
    register(
        SdgGoal.class,
        new SdgGoalSerializer(),
        new TextDeserializer<>(SdgGoal.class, settings, "goal", Read::sdgGoal));
    keyDeserializers.addDeserializer(SdgGoal.class, new TextKeyDeserializer(SdgGoal.class, "goal", SdgGoal::parse));
    register(
        SdgTarget.class,
        new TextSerializer<>(SdgTarget.class, SdgTarget::code),
        new TextDeserializer<>(SdgTarget.class, settings, "target", Read::sdgTarget));
    keyDeserializers.addDeserializer(SdgTarget.class, new TextKeyDeserializer(SdgTarget.class, "target", SdgTarget::parse));
    codes(Codes.LINK_SUBJECT_KINDS, settings);
    codec(LinkSubject.class, SdgCodecs.LINK_SUBJECT, settings);
    codec(SdgLink.class, SdgCodecs.LINK, settings);
    codec(SdgLinksDocument.class, SdgCodecs.LINKS, settings);
    codec(SdgCatalogue.class, SdgCodecs.CATALOGUE, settings);

    // eligibility: values
    codes(Codes.APPLICATION_KINDS, settings);
    codes(Codes.SIGNATORY_ROLES, settings);
    codes(Codes.VERIFICATIONS, settings);
    codes(Codes.OUTCOMES, settings);
    codes(Codes.VERDICTS, settings);
    codes(Codes.FACTS, settings);

    // eligibility: applications
    codec(Application.class, EligibilityCodecs.APPLICATION, settings);
    deserializers.addDeserializer(MembershipApplication.class, Adapter.deserializer(
        MembershipApplication.class, EligibilityCodecs.only(MembershipApplication.class,
            ApplicationKind.MEMBERSHIP), settings, "application"));
    deserializers.addDeserializer(AwardNomination.class, Adapter.deserializer(
        AwardNomination.class, EligibilityCodecs.only(AwardNomination.class, ApplicationKind.AWARD),
        settings, "application"));
    codec(ApplicationBatch.class, EligibilityCodecs.BATCH, "applications", settings);

    // eligibility: rules
    codec(Condition.class, ConditionCodec.CONDITION, "condition", settings);
    codec(Rule.class, EligibilityCodecs.RULE, settings);
    codec(Quota.class, EligibilityCodecs.QUOTA, settings);
    codec(Call.class, EligibilityCodecs.CALL, settings);
    codec(RuleSet.class, EligibilityCodecs.RULE_SET, settings);
    codec(RuleSetCatalogue.class, EligibilityCodecs.RULE_SET_CATALOGUE, settings);

    // eligibility: decisions
    codec(Finding.class, EligibilityCodecs.FINDING, settings);
    codec(Decision.class, EligibilityCodecs.DECISION, settings);
    codec(DecisionsDocument.class, EligibilityCodecs.DECISIONS, settings);
  }

  SimpleSerializers serializers() {
    return serializers;
  }

  SimpleDeserializers deserializers() {
    return deserializers;
  }

  SimpleKeyDeserializers keyDeserializers() {
    return keyDeserializers;
  }

  private <T> void register(
      Class<T> type, ValueSerializer<T> serializer, ValueDeserializer<T> deserializer) {
    serializers.addSerializer(type, serializer);
    deserializers.addDeserializer(type, deserializer);
  }

  /** Registers a type read and written by its table. */
  private <T> void codec(Class<T> type, ObjectCodec<T> codec, Settings settings) {
    codec(type, codec, codec.field(), settings);
  }

  /** Registers a type read and written by a codec, named {@code field} when it is the root. */
  private <T> void codec(Class<T> type, Codec<T> codec, String field, Settings settings) {
    register(type, Adapter.serializer(type, codec, settings),
        Adapter.deserializer(type, codec, settings, field));
  }

  private <E extends Enum<E>> void codes(Codes<E> codes, Settings settings) {
    register(codes.type(), TextSerializer.of(codes), TextDeserializer.of(codes, settings));
  }

  /** Reads a map key written as canonical text; a bad key is reported as a weird key. */
  private static final class TextKeyDeserializer extends KeyDeserializer {
    private final Class<?> type;
    private final String field;
    private final Function<String, Object> parse;

    TextKeyDeserializer(Class<?> type, String field, Function<String, Object> parse) {
      this.type = type;
      this.field = field;
      this.parse = parse;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) {
      try {
        return parse.apply(key);
      } catch (GnlcException e) {
        return Problems.weirdKey(ctxt.getParser(), ctxt, type, key, Read.relabel(e, field), e);
      }
    }
  }
}
