package io.github.learningcities.gnlc.json.format;

import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.eligibility.ApplicationKind;
import io.github.learningcities.gnlc.eligibility.AwardNomination;
import io.github.learningcities.gnlc.eligibility.Condition;
import io.github.learningcities.gnlc.eligibility.MembershipApplication;
import io.github.learningcities.gnlc.network.CityId;
import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.sdg.SdgGoal;
import io.github.learningcities.gnlc.sdg.SdgTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Every type the Jackson modules read and write, with its codec, grouped like core's packages, and
 * the types read as map keys. A new type is added here, with its table (and its schema, its example
 * in the format document and its tests). The three document types each module publishes as its own
 * class (the network summary, the SDG links and the decisions) are added by the module, with the
 * tables {@link NetworkCodecs#summary}, {@link SdgCodecs#links} and
 * {@link EligibilityCodecs#decisions}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Registry {
  /** Every registered type, in registration order. */
  public static final List<Entry<?>> ENTRIES;
  /** Every type read as a map key. */
  public static final List<Key> KEYS;

  static {
    Builder registered = new Builder().build();
    ENTRIES = List.copyOf(registered.entries);
    KEYS = List.copyOf(registered.keys);
  }

  private Registry() {}

  /**
   * Registers every type afresh, as {@link #ENTRIES} holds them (for tests, which can run this
   * again where the static initializer runs once).
   *
   * @return the registered types, in registration order
   */
  public static List<Entry<?>> entries() {
    return List.copyOf(new Builder().build().entries);
  }

  /**
   * Registers every type read as a map key afresh, as {@link #KEYS} holds them.
   *
   * @return the types read as map keys, in registration order
   */
  public static List<Key> keys() {
    return List.copyOf(new Builder().build().keys);
  }

  /**
   * A registered type: its codec, the name of a value of the type in messages when it is the root,
   * and whether it is written (otherwise it is only read).
   *
   * @param <T>  the type
   * @param type  the type
   * @param codec  its codec
   * @param field  the name of a root value in messages
   * @param writes  whether the module writes it
   */
  public record Entry<T>(Class<T> type, Codec<T> codec, String field, boolean writes) {
    /** Registers a table. */
    public static <T> Entry<T> of(ObjectCodec<T> codec) {
      return new Entry<>(codec.type(), codec, codec.field(), true);
    }
  }

  /**
   * A type read as a map key, written as canonical text.
   *
   * @param type  the type
   * @param field  the name of a key in messages
   * @param parse  parses a key, throwing a {@link GnlcException} for a bad one
   */
  public record Key(Class<?> type, String field, Function<String, Object> parse) {
    /**
     * Parses a key; a bad key is reported through the reader as a weird key.
     *
     * @param p  the read in progress
     * @param key  the key
     * @return the value, or a problem handler's replacement
     */
    public Object read(TokenReader p, String key) {
      try {
        return parse.apply(key);
      } catch (GnlcException e) {
        return Problems.weirdKey(p, type, key, Read.relabel(e, field), e);
      }
    }
  }

  private static final class Builder {
    final List<Entry<?>> entries = new ArrayList<>();
    final List<Key> keys = new ArrayList<>();

    Builder build() {
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
      // sdg
      add(SdgGoal.class, Read.SDG_GOAL, "goal");
      key(SdgGoal.class, "goal", SdgGoal::parse);
      add(SdgTarget.class, Read.SDG_TARGET, "target");
      key(SdgTarget.class, "target", SdgTarget::parse);
      codes(Codes.LINK_SUBJECT_KINDS);
      add(SdgCodecs.LINK_SUBJECT);
      add(SdgCodecs.LINK);
      add(SdgCodecs.CATALOGUE);
      // eligibility
      codes(Codes.APPLICATION_KINDS);
      codes(Codes.SIGNATORY_ROLES);
      codes(Codes.VERIFICATIONS);
      codes(Codes.OUTCOMES);
      codes(Codes.VERDICTS);
      codes(Codes.FACTS);
      add(EligibilityCodecs.APPLICATION);
      readOnly(MembershipApplication.class,
          EligibilityCodecs.only(MembershipApplication.class, ApplicationKind.MEMBERSHIP), "application");
      readOnly(AwardNomination.class,
          EligibilityCodecs.only(AwardNomination.class, ApplicationKind.AWARD), "application");
      add(ApplicationBatch.class, EligibilityCodecs.BATCH, "applications");
      add(Condition.class, ConditionCodec.CONDITION, "condition");
      add(EligibilityCodecs.RULE);
      add(EligibilityCodecs.QUOTA);
      add(EligibilityCodecs.CALL);
      add(EligibilityCodecs.RULE_SET);
      add(EligibilityCodecs.RULE_SET_CATALOGUE);
      add(EligibilityCodecs.FINDING);
      add(EligibilityCodecs.DECISION);
      return this;
    }

    private <T> void add(ObjectCodec<T> codec) {
      entries.add(Entry.of(codec));
    }

    private <T> void add(Class<T> type, Codec<T> codec, String field) {
      entries.add(new Entry<>(type, codec, field, true));
    }

    private <T> void readOnly(Class<T> type, Codec<T> codec, String field) {
      entries.add(new Entry<>(type, codec, field, false));
    }

    private <E extends Enum<E>> void codes(Codes<E> codes) {
      add(codes.type(), codes, codes.field());
    }

    private void key(Class<?> type, String field, Function<String, Object> parse) {
      keys.add(new Key(type, field, parse));
    }
  }
}
