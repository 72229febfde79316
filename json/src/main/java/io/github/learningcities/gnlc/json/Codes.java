package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.eligibility.ApplicationKind;
import io.github.learningcities.gnlc.eligibility.Fact;
import io.github.learningcities.gnlc.eligibility.Outcome;
import io.github.learningcities.gnlc.eligibility.SignatoryRole;
import io.github.learningcities.gnlc.eligibility.Verdict;
import io.github.learningcities.gnlc.eligibility.Verification;
import io.github.learningcities.gnlc.framework.BuildingBlock;
import io.github.learningcities.gnlc.framework.FundamentalCondition;
import io.github.learningcities.gnlc.framework.GuidingDocument;
import io.github.learningcities.gnlc.framework.WiderBenefit;
import io.github.learningcities.gnlc.network.CountQualifier;
import io.github.learningcities.gnlc.network.DatePrecision;
import io.github.learningcities.gnlc.network.MembershipStatus;
import io.github.learningcities.gnlc.network.RegionBasis;
import io.github.learningcities.gnlc.place.UnescoRegion;
import io.github.learningcities.gnlc.sdg.LinkSubject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;

/**
 * The closed set of codes an enum is written as on the wire: its constant name (such as
 * {@code ARAB_STATES}) or a short code (such as {@code B3}). Reading is exact: letter case matters
 * and no other spelling is accepted.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <E>  the enum
 */
final class Codes<E extends Enum<E>> implements ValueReader<E>, Codec<E> {
  static final Codes<UnescoRegion> REGIONS =
      byName(UnescoRegion.class, "region", ErrorCode.INVALID_REGION, "one of the five UNESCO regions");
  static final Codes<RegionBasis> REGION_BASES =
      byName(RegionBasis.class, "regionBasis", ErrorCode.INVALID_VALUE, "a region basis");
  static final Codes<DatePrecision> DATE_PRECISIONS =
      byName(DatePrecision.class, "precision", ErrorCode.INVALID_VALUE, "a date precision");
  static final Codes<CountQualifier> COUNT_QUALIFIERS =
      byName(CountQualifier.class, "citiesQualifier", ErrorCode.INVALID_VALUE, "a count qualifier");
  static final Codes<MembershipStatus> MEMBERSHIP_STATUSES =
      byName(MembershipStatus.class, "membership", ErrorCode.INVALID_VALUE, "a membership status");
  static final Codes<GuidingDocument> GUIDING_DOCUMENTS =
      byName(GuidingDocument.class, "guidingDocument", ErrorCode.INVALID_VALUE, "a guiding document");
  static final Codes<LinkSubject.Kind> LINK_SUBJECT_KINDS =
      byName(LinkSubject.Kind.class, "kind", ErrorCode.INVALID_VALUE, "a link subject kind");
  static final Codes<BuildingBlock> BUILDING_BLOCKS =
      new Codes<>(BuildingBlock.class, BuildingBlock::code, "buildingBlock",
          ErrorCode.INVALID_VALUE, "a building block code");
  static final Codes<WiderBenefit> WIDER_BENEFITS =
      new Codes<>(WiderBenefit.class, WiderBenefit::code, "widerBenefit",
          ErrorCode.INVALID_VALUE, "a wider benefit code");
  static final Codes<FundamentalCondition> FUNDAMENTAL_CONDITIONS =
      new Codes<>(FundamentalCondition.class, FundamentalCondition::code, "fundamentalCondition",
          ErrorCode.INVALID_VALUE, "a fundamental condition code");
  static final Codes<ApplicationKind> APPLICATION_KINDS =
      byName(ApplicationKind.class, "kind", ErrorCode.INVALID_VALUE, "an application kind");
  static final Codes<SignatoryRole> SIGNATORY_ROLES =
      byName(SignatoryRole.class, "signatoryRole", ErrorCode.INVALID_VALUE, "a signatory role");
  static final Codes<Verification> VERIFICATIONS =
      byName(Verification.class, "verification", ErrorCode.INVALID_VALUE, "a verification");
  static final Codes<Outcome> OUTCOMES =
      byName(Outcome.class, "outcome", ErrorCode.INVALID_VALUE, "an outcome");
  static final Codes<Verdict> VERDICTS =
      byName(Verdict.class, "verdict", ErrorCode.INVALID_VALUE, "a verdict");
  static final Codes<Fact> FACTS =
      new Codes<>(Fact.class, Fact::id, "fact", ErrorCode.INVALID_VALUE, "a fact id");

  private final Class<E> type;
  private final Function<E, String> code;
  private final Map<String, E> byCode = new LinkedHashMap<>();
  private final String field;
  private final ErrorCode errorCode;
  private final String description;

  private Codes(
      Class<E> type,
      Function<E, String> code,
      String field,
      ErrorCode errorCode,
      String description) {
    this.type = type;
    this.code = code;
    this.field = field;
    this.errorCode = errorCode;
    for (E value : type.getEnumConstants()) {
      byCode.put(code.apply(value), value);
    }
    this.description = description + " (" + String.join(", ", byCode.keySet()) + ")";
  }

  private static <E extends Enum<E>> Codes<E> byName(
      Class<E> type, String field, ErrorCode errorCode, String description) {
    return new Codes<>(type, Enum::name, field, errorCode, description);
  }

  Class<E> type() {
    return type;
  }

  /** Returns the default field name used in messages. */
  String field() {
    return field;
  }

  /** Returns the codes, in enum order. */
  List<String> codes() {
    return List.copyOf(byCode.keySet());
  }

  /** Returns the code of a value, as written. */
  String code(E value) {
    return code.apply(value);
  }

  @Override
  public E read(In in, String field) {
    return read(in.p, in.ctxt, field);
  }

  @Override
  public void write(E value, Out out) {
    out.gen.writeString(code.apply(value));
  }

  @Override
  public String expected() {
    return "a string";
  }

  @Override
  public E read(JsonParser p, DeserializationContext ctxt, String field) {
    String text = Read.string(p, ctxt, field);
    try {
      return parse(text, field);
    } catch (GnlcException e) {
      return Read.rejected(p, ctxt, type, text, field, e);
    }
  }

  /**
   * Returns the value of a code, exactly as written.
   *
   * @param text  the code
   * @param field  the field name for the message
   * @return the value, never null
   * @throws GnlcException if the text is not one of the codes
   */
  E parse(String text, String field) {
    E value = byCode.get(text);
    if (value == null) {
      throw new GnlcException(errorCode, field, text, "is not " + description);
    }
    return value;
  }
}
