package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.eligibility.ApplicationKind;
import io.github.learningcities.gnlc.eligibility.AwardNomination;
import io.github.learningcities.gnlc.eligibility.Condition;
import io.github.learningcities.gnlc.eligibility.MembershipApplication;
import io.github.learningcities.gnlc.network.CityId;
import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.sdg.SdgGoal;
import io.github.learningcities.gnlc.sdg.SdgTarget;
import java.util.function.Function;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleKeyDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * Every type the module reads and writes, with its codec, grouped like core's packages: the
 * serializers, deserializers and map-key deserializers of one module configuration. A new type is
 * added here, with its table (and its schema, its example in the format document and its tests).
 */
final class Registry {
  final SimpleSerializers serializers = new SimpleSerializers();
  final SimpleDeserializers deserializers = new SimpleDeserializers();
  final SimpleKeyDeserializers keys = new SimpleKeyDeserializers();
  private final Settings settings;

  Registry(Settings settings) {
    this.settings = settings;
    // place
    add(CountryCode.class, Read.COUNTRY, "country");
    key(CountryCode.class, "country", CountryCode::parse);
    codes(Codes.REGIONS);
    // framework
    codes(Codes.BUILDING_BLOCKS);
    codes(Codes.WIDER_BENEFITS);
    codes(Codes.FUNDAMENTAL_CONDITIONS);
    codes(Codes.GUIDING_DOCUMENTS);
    // network
    add(CityId.class, Read.CITY_ID, "cityId");
    key(CityId.class, "cityId", CityId::parse);
    codes(Codes.REGION_BASES);
    codes(Codes.DATE_PRECISIONS);
    codes(Codes.COUNT_QUALIFIERS);
    codes(Codes.MEMBERSHIP_STATUSES);
    add(NetworkCodecs.CITY);
    add(NetworkCodecs.CALL_WINDOW);
    add(NetworkCodecs.COHORT);
    add(NetworkCodecs.REPORTED_TOTAL);
    add(NetworkCodecs.COVERAGE);
    add(NetworkCodecs.NETWORK);
    add(NetworkCodecs.STATISTICS);
    add(NetworkCodecs.SUMMARY);
    // sdg
    add(SdgGoal.class, Read.SDG_GOAL, "goal");
    key(SdgGoal.class, "goal", SdgGoal::parse);
    add(SdgTarget.class, Read.SDG_TARGET, "target");
    key(SdgTarget.class, "target", SdgTarget::parse);
    codes(Codes.LINK_SUBJECT_KINDS);
    add(SdgCodecs.LINK_SUBJECT);
    add(SdgCodecs.LINK);
    add(SdgCodecs.LINKS);
    add(SdgCodecs.CATALOGUE);
    // eligibility
    codes(Codes.APPLICATION_KINDS);
    codes(Codes.SIGNATORY_ROLES);
    codes(Codes.VERIFICATIONS);
    codes(Codes.OUTCOMES);
    codes(Codes.VERDICTS);
    codes(Codes.FACTS);
    add(EligibilityCodecs.APPLICATION);
    deserializers.addDeserializer(MembershipApplication.class, Adapter.deserializer(
        MembershipApplication.class,
        EligibilityCodecs.only(MembershipApplication.class, ApplicationKind.MEMBERSHIP),
        settings, "application"));
    deserializers.addDeserializer(AwardNomination.class, Adapter.deserializer(AwardNomination.class,
        EligibilityCodecs.only(AwardNomination.class, ApplicationKind.AWARD), settings, "application"));
    add(ApplicationBatch.class, EligibilityCodecs.BATCH, "applications");
    add(Condition.class, ConditionCodec.CONDITION, "condition");
    add(EligibilityCodecs.RULE);
    add(EligibilityCodecs.QUOTA);
    add(EligibilityCodecs.CALL);
    add(EligibilityCodecs.RULE_SET);
    add(EligibilityCodecs.RULE_SET_CATALOGUE);
    add(EligibilityCodecs.FINDING);
    add(EligibilityCodecs.DECISION);
    add(EligibilityCodecs.DECISIONS);
  }

  private <T> void add(ObjectCodec<T> codec) {
    add(codec.type(), codec, codec.field());
  }

  /** Registers a type read and written by a codec, named {@code field} when it is the root. */
  private <T> void add(Class<T> type, Codec<T> codec, String field) {
    serializers.addSerializer(type, Adapter.serializer(type, codec, settings));
    deserializers.addDeserializer(type, Adapter.deserializer(type, codec, settings, field));
  }

  private <E extends Enum<E>> void codes(Codes<E> codes) {
    add(codes.type(), codes, codes.field());
  }

  /** Reads a map key written as canonical text; a bad key is reported as a weird key. */
  private void key(Class<?> type, String field, Function<String, Object> parse) {
    keys.addDeserializer(type, new KeyDeserializer() {
      @Override
      public Object deserializeKey(String key, DeserializationContext ctxt) {
        try {
          return parse.apply(key);
        } catch (GnlcException e) {
          return Problems.weirdKey(ctxt.getParser(), ctxt, type, key, Read.relabel(e, field), e);
        }
      }
    });
  }
}
