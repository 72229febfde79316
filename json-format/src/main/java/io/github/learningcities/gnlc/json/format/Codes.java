package io.github.learningcities.gnlc.json.format;

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

/**
 * The closed set of codes an enum is written as on the wire: its constant name (such as
 * {@code ARAB_STATES}) or a short code (such as {@code B3}). Reading is exact: letter case matters
 * and no other spelling is accepted.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <E>  the enum
 */
public final class Codes<E extends Enum<E>> implements Codec<E> {
  public static final Codes<UnescoRegion> REGIONS =
      new Codes<>(UnescoRegion.class, Enum::name, "region", "one of the five UNESCO regions");
  public static final Codes<RegionBasis> REGION_BASES =
      new Codes<>(RegionBasis.class, Enum::name, "regionBasis", "a region basis");
  public static final Codes<DatePrecision> DATE_PRECISIONS =
      new Codes<>(DatePrecision.class, Enum::name, "precision", "a date precision");
  public static final Codes<CountQualifier> COUNT_QUALIFIERS =
      new Codes<>(CountQualifier.class, Enum::name, "citiesQualifier", "a count qualifier");
  public static final Codes<MembershipStatus> MEMBERSHIP_STATUSES =
      new Codes<>(MembershipStatus.class, Enum::name, "membership", "a membership status");
  public static final Codes<GuidingDocument> GUIDING_DOCUMENTS =
      new Codes<>(GuidingDocument.class, Enum::name, "guidingDocument", "a guiding document");
  public static final Codes<LinkSubject.Kind> LINK_SUBJECT_KINDS =
      new Codes<>(LinkSubject.Kind.class, Enum::name, "kind", "a link subject kind");
  public static final Codes<BuildingBlock> BUILDING_BLOCKS =
      new Codes<>(BuildingBlock.class, BuildingBlock::code, "buildingBlock", "a building block code");
  public static final Codes<WiderBenefit> WIDER_BENEFITS =
      new Codes<>(WiderBenefit.class, WiderBenefit::code, "widerBenefit", "a wider benefit code");
  public static final Codes<FundamentalCondition> FUNDAMENTAL_CONDITIONS = new Codes<>(
      FundamentalCondition.class, FundamentalCondition::code, "fundamentalCondition",
      "a fundamental condition code");
  public static final Codes<ApplicationKind> APPLICATION_KINDS =
      new Codes<>(ApplicationKind.class, Enum::name, "kind", "an application kind");
  public static final Codes<SignatoryRole> SIGNATORY_ROLES =
      new Codes<>(SignatoryRole.class, Enum::name, "signatoryRole", "a signatory role");
  public static final Codes<Verification> VERIFICATIONS =
      new Codes<>(Verification.class, Enum::name, "verification", "a verification");
  public static final Codes<Outcome> OUTCOMES = new Codes<>(Outcome.class, Enum::name, "outcome", "an outcome");
  public static final Codes<Verdict> VERDICTS = new Codes<>(Verdict.class, Enum::name, "verdict", "a verdict");
  public static final Codes<Fact> FACTS = new Codes<>(Fact.class, Fact::id, "fact", "a fact id");

  private final Class<E> type;
  private final Function<E, String> code;
  private final Map<String, E> byCode = new LinkedHashMap<>();
  private final String[] byOrdinal;
  private final String field;
  private final String description;

  private Codes(Class<E> type, Function<E, String> code, String field, String description) {
    this.type = type;
    this.code = code;
    this.field = field;
    for (E value : type.getEnumConstants()) {
      byCode.put(code.apply(value), value);
    }
    this.byOrdinal = byCode.keySet().toArray(new String[0]);
    this.description = description + " (" + String.join(", ", byCode.keySet()) + ")";
  }

  public Class<E> type() {
    return type;
  }

  /** Returns the field name used in messages for a value that is not a property. */
  public String field() {
    return field;
  }

  /** Returns the codes, in enum order. */
  public List<String> codes() {
    return List.copyOf(byCode.keySet());
  }

  /** Returns the code of a value, as written. */
  public String code(E value) {
    return code.apply(value);
  }

  @Override
  public E read(In in, String field) {
    String text = Read.string(in.p, field);
    try {
      return parse(text, field);
    } catch (GnlcException e) {
      return Read.rejected(in.p, type, text, field, e);
    }
  }

  @Override
  public void write(E value, Out out) {
    out.gen.writeString(byOrdinal[value.ordinal()]);
  }

  @Override
  public String expected() {
    return "a string";
  }

  /**
   * Returns the value of a code, exactly as written.
   *
   * @throws GnlcException if the text is not one of the codes
   */
  public E parse(String text, String field) {
    E value = byCode.get(text);
    if (value == null) {
      throw new GnlcException(type == UnescoRegion.class ? ErrorCode.INVALID_REGION
          : ErrorCode.INVALID_VALUE, field, text, "is not " + description);
    }
    return value;
  }
}
