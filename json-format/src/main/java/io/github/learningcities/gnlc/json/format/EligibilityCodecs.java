package io.github.learningcities.gnlc.json.format;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.eligibility.Application;
import io.github.learningcities.gnlc.eligibility.ApplicationKind;
import io.github.learningcities.gnlc.eligibility.AwardNomination;
import io.github.learningcities.gnlc.eligibility.Call;
import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.eligibility.Fact;
import io.github.learningcities.gnlc.eligibility.Finding;
import io.github.learningcities.gnlc.eligibility.MembershipApplication;
import io.github.learningcities.gnlc.eligibility.MessageTemplates;
import io.github.learningcities.gnlc.eligibility.Quota;
import io.github.learningcities.gnlc.eligibility.Rule;
import io.github.learningcities.gnlc.eligibility.RuleSet;
import io.github.learningcities.gnlc.eligibility.RuleSetCatalogue;
import io.github.learningcities.gnlc.eligibility.Verdict;
import io.github.learningcities.gnlc.framework.BuildingBlock;
import io.github.learningcities.gnlc.framework.GuidingDocument;
import io.github.learningcities.gnlc.network.MemberListBasis;
import io.github.learningcities.gnlc.network.NetworkSource;
import java.net.URI;
import java.time.Year;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The tables of the values and documents of core's {@code eligibility} package. */
public final class EligibilityCodecs {
  private static final ListCodec<URI> SOURCES = ListCodec.of(Read.URI_REFERENCE);

  /**
   * An application: {@code kind} ({@code MEMBERSHIP} or {@code AWARD}, anywhere in the object)
   * selects the facts allowed; every fact is optional, and an absent fact is unknown. Written in
   * one order for both kinds, sets in a stable order: pledges and building blocks in enum order,
   * years ascending.
   */
  public static final ObjectCodec<Application> APPLICATION =
      ObjectCodec.<Application, Void>of(Application.class, "application")
          .req("formatVersion", Read.FORMAT_VERSION, a -> Limits.FORMAT_VERSION, null)
          .discriminator("kind", Application::kind)
          .opt("cityName", Read.LINE, Application::cityName, null)
          .opt("country", Read.COUNTRY, Application::country, null)
          .opt("population", Read.LARGE_COUNT, Application::population, null)
          .opt("reference", Read.LINE, Application::reference, null)
          .opt("signatoryName", Read.LINE, a -> membership(a).signatoryName(), null)
          .opt("signatoryRole", Codes.SIGNATORY_ROLES, a -> a instanceof MembershipApplication
              ? membership(a).signatoryRole() : award(a).signatoryRole(), null)
          .opt("endorsedOn", Read.DATE, a -> membership(a).endorsedOn(), null)
          .opt("pledges", ListCodec.of(Codes.GUIDING_DOCUMENTS)
                  .distinct(d -> d, null, d -> GnlcException.quote(d.name())),
              a -> membership(a).pledges().map(p -> p.stream().sorted().collect(Collectors.toList())),
              null)
          .opt("consentSigned", Read.BOOL, a -> award(a).consentSigned(), null)
          .opt("governedByElectedBody", Read.BOOL, a -> award(a).governedByElectedBody(), null)
          .opt("submittedOn", Read.DATE, a -> a instanceof MembershipApplication
              ? membership(a).submittedOn() : award(a).submittedOn(), null)
          .opt("buildingBlocks", new MapCodec<>(BuildingBlock.class, Codes.BUILDING_BLOCKS::parse,
                  BuildingBlock::code, Read.STRING, "omit the key instead"),
              a -> membership(a).buildingBlocks().map(TreeMap::new), null)
          .opt("language", Read.LANGUAGE, a -> membership(a).language(), null)
          .opt("memberSince", Read.DATE, a -> award(a).memberSince(), null)
          .opt("pastAwardYears", ListCodec.of(Read.YEAR).distinct(y -> y, null, Year::toString),
              a -> award(a).pastAwardYears().map(y -> List.copyOf(new TreeSet<>(y))), null)
          .opt("nominatedOn", Read.DATE, a -> award(a).nominatedOn(), null)
          .variant(ApplicationKind.MEMBERSHIP, "signatoryName? signatoryRole? endorsedOn? pledges? "
              + "submittedOn? buildingBlocks? language?", v -> MembershipApplication.builder()
                  .cityName(v.<String>opt("cityName"))
                  .country(v.opt("country"))
                  .population(v.optLong("population"))
                  .reference(v.<String>opt("reference"))
                  .signatoryName(v.<String>opt("signatoryName"))
                  .signatoryRole(v.opt("signatoryRole"))
                  .endorsedOn(v.opt("endorsedOn"))
                  .pledges(v.<List<GuidingDocument>>opt("pledges").map(Set::copyOf))
                  .submittedOn(v.opt("submittedOn"))
                  .buildingBlocks(v.<Map<BuildingBlock, String>>opt("buildingBlocks")
                      .map(EligibilityCodecs::evidence))
                  .language(v.opt("language"))
                  .build())
          .variant(ApplicationKind.AWARD, "signatoryRole? consentSigned? governedByElectedBody? "
              + "submittedOn? memberSince? pastAwardYears? nominatedOn?", v -> AwardNomination.builder()
                  .cityName(v.<String>opt("cityName"))
                  .country(v.opt("country"))
                  .population(v.optLong("population"))
                  .reference(v.<String>opt("reference"))
                  .signatoryRole(v.opt("signatoryRole"))
                  .consentSigned(v.opt("consentSigned"))
                  .governedByElectedBody(v.opt("governedByElectedBody"))
                  .submittedOn(v.opt("submittedOn"))
                  .memberSince(v.opt("memberSince"))
                  .pastAwardYears(v.<List<Year>>opt("pastAwardYears").map(LinkedHashSet::new))
                  .nominatedOn(v.opt("nominatedOn"))
                  .build())
          .build();

  /** One application document, or an array of them; written, always the array. */
  public static final Codec<ApplicationBatch> BATCH = new Codec<>() {
    private final ListCodec<Application> list = ListCodec.of(APPLICATION);

    @Override
    public ApplicationBatch read(In in, String field) {
      if (in.p.currentToken() == Token.START_ARRAY) {
        return new ApplicationBatch(list.read(in, field));
      }
      if (in.p.currentToken() == Token.START_OBJECT) {
        return new ApplicationBatch(List.of(APPLICATION.read(in, "application")));
      }
      return Problems.wrongToken(in.p, ApplicationBatch.class, field, expected());
    }

    @Override
    public void write(ApplicationBatch batch, Out out) {
      list.write(batch.applications(), out);
    }

    @Override
    public String expected() {
      return "an application document or an array of application documents";
    }
  };

  public static final ObjectCodec<Call> CALL = ObjectCodec.<Call, Call.Builder>of(Call.class, "call")
      .req("opens", Read.DATE, Call::opens, Call.Builder::opens)
      .req("closes", Read.DATE, Call::closes, Call.Builder::closes)
      .opt("extendedDeadlines", ListCodec.of(Read.DATE), Call::extendedDeadlines,
          Call.Builder::addAllExtendedDeadlines)
      .req("sources", SOURCES, Call::sources, Call.Builder::addAllSources)
      .build(v -> v.into(Call.builder()).build());

  /** A rule's own messages in one language, one per outcome. */
  public static final ObjectCodec<MessageTemplates> TEMPLATES =
      ObjectCodec.<MessageTemplates, Void>of(MessageTemplates.class, "messages")
          .req("MET", Read.NON_BLANK, MessageTemplates::met, null)
          .req("NOT_MET", Read.NON_BLANK, MessageTemplates::notMet, null)
          .req("UNKNOWN", Read.NON_BLANK, MessageTemplates::unknown, null)
          .build(v -> MessageTemplates.of(v.get("MET"), v.get("NOT_MET"), v.get("UNKNOWN")));

  public static final ObjectCodec<Rule> RULE = ObjectCodec.<Rule, Rule.Builder>of(Rule.class, "rule")
      .req("id", Read.STRING, Rule::id, Rule.Builder::id)
      .req("title", Read.NON_BLANK, Rule::title, Rule.Builder::title)
      .req("text", Read.NON_BLANK, Rule::text, Rule.Builder::text)
      .req("sources", SOURCES, Rule::sources, Rule.Builder::addAllSources)
      .req("verification", Codes.VERIFICATIONS, Rule::verification, Rule.Builder::verification)
      .req("messageKey", Read.STRING, Rule::messageKey, Rule.Builder::messageKey)
      .opt("messages", new MapCodec<>(String.class, (key, f) -> key, key -> key, TEMPLATES,
              "omit the language instead"),
          r -> r.messages().isEmpty() ? null : new TreeMap<>(r.messages()), Rule.Builder::messages)
      .req("condition", ConditionCodec.CONDITION, Rule::condition, Rule.Builder::condition)
      .build(v -> v.into(Rule.builder()).build());

  public static final ObjectCodec<Quota> QUOTA = ObjectCodec.<Quota, Quota.Builder>of(Quota.class, "quota")
      .req("id", Read.STRING, Quota::id, Quota.Builder::id)
      .req("title", Read.NON_BLANK, Quota::title, Quota.Builder::title)
      .req("text", Read.NON_BLANK, Quota::text, Quota.Builder::text)
      .req("sources", SOURCES, Quota::sources, Quota.Builder::addAllSources)
      .req("verification", Codes.VERIFICATIONS, Quota::verification, Quota.Builder::verification)
      .req("messageKey", Read.STRING, Quota::messageKey, Quota.Builder::messageKey)
      .req("maximum", Read.COUNT, Quota::maximum, Quota.Builder::maximum)
      .opt("unresolvedMaximum", Read.COUNT, Quota::unresolvedMaximum, Quota.Builder::unresolvedMaximum)
      .build(v -> v.into(Quota.builder()).build());

  public static final ObjectCodec<RuleSet> RULE_SET = ObjectCodec.<RuleSet, RuleSet.Builder>of(RuleSet.class, "ruleSet")
      .req("formatVersion", Read.FORMAT_VERSION, r -> Limits.FORMAT_VERSION, null)
      .req("id", Read.STRING, RuleSet::id, RuleSet.Builder::id)
      .req("version", Read.NON_BLANK, RuleSet::version, RuleSet.Builder::version)
      .req("kind", Codes.APPLICATION_KINDS, RuleSet::kind, RuleSet.Builder::kind)
      .req("title", Read.NON_BLANK, RuleSet::title, RuleSet.Builder::title)
      .opt("description", Read.NON_BLANK, RuleSet::description, RuleSet.Builder::description)
      .req("inForceFrom", Read.DATE, RuleSet::inForceFrom, RuleSet.Builder::inForceFrom)
      .opt("inForceUntil", Read.DATE, RuleSet::inForceUntil, RuleSet.Builder::inForceUntil)
      .opt("call", CALL, RuleSet::call, RuleSet.Builder::call)
      .req("rules", ListCodec.of(RULE).distinct(Rule::id, "id", id -> "the rule id " + GnlcException.quote(id)),
          RuleSet::rules, RuleSet.Builder::addAllRules)
      .opt("quotas", ListCodec.of(QUOTA).distinct(Quota::id, "id", id -> "the quota id " + GnlcException.quote(id)),
          RuleSet::quotas, RuleSet.Builder::addAllQuotas)
      .build(v -> v.into(RuleSet.builder()).build());

  public static final ObjectCodec<RuleSetCatalogue> RULE_SET_CATALOGUE =
      ObjectCodec.<RuleSetCatalogue, Void>of(RuleSetCatalogue.class, "ruleSetCatalogue")
          .req("formatVersion", Read.FORMAT_VERSION, c -> Limits.FORMAT_VERSION, null)
          .opt("ruleSets", ListCodec.of(RULE_SET)
                  .distinct(RuleSet::id, "id", id -> "the rule set id " + GnlcException.quote(id)),
              RuleSetCatalogue::ruleSets, null)
          .build(v -> RuleSetCatalogue.of(v.<List<RuleSet>>opt("ruleSets").orElse(List.of())));

  /**
   * A finding; its rendered {@code message}, written on request in a language, is read (it must
   * be a string) and dropped: it is derived text, rendered again on demand.
   */
  public static final ObjectCodec<Finding> FINDING = ObjectCodec.<Finding, Finding.Builder>of(Finding.class, "finding")
      .req("ruleId", Read.STRING, Finding::ruleId, Finding.Builder::ruleId)
      .req("outcome", Codes.OUTCOMES, Finding::outcome, Finding.Builder::outcome)
      .opt("observed", Read.STRING, Finding::observed, Finding.Builder::observed)
      .req("expected", Read.STRING, Finding::expected, Finding.Builder::expected)
      .req("messageKey", Read.STRING, Finding::messageKey, Finding.Builder::messageKey)
      .opt("arguments", ListCodec.of(Read.STRING), Finding::arguments, Finding.Builder::addAllArguments)
      .opt("missingFacts", ListCodec.of(Codes.FACTS), Finding::missingFacts,
          Finding.Builder::addAllMissingFacts)
      .req("verification", Codes.VERIFICATIONS, Finding::verification, Finding.Builder::verification)
      .opt("templates", new MapCodec<>(String.class, (key, f) -> key, key -> key, Read.NON_BLANK,
              "omit the language instead"),
          f -> f.templates().isEmpty() ? null : new TreeMap<>(f.templates()),
          Finding.Builder::templates)
      .opt("doubtfulCity", Read.LINE, Finding::doubtfulCity, Finding.Builder::doubtfulCity)
      .opt("doubt", Read.LINE, Finding::doubt, Finding.Builder::doubt)
      .derived("message", Read.STRING, (f, out) -> out.locale == null ? null : f.message(out.locale))
      .build(v -> v.into(Finding.builder()).build());

  /** Where a member list comes from: a name, and the version and SHA-256 of its data. */
  public static final ObjectCodec<NetworkSource> SOURCE =
      ObjectCodec.<NetworkSource, NetworkSource.Builder>of(NetworkSource.class, "source")
          .req("name", Read.LINE, NetworkSource::name, NetworkSource.Builder::name)
          .opt("version", Read.DATE, NetworkSource::version, NetworkSource.Builder::version)
          .opt("sha256", Read.STRING, NetworkSource::sha256, NetworkSource.Builder::sha256)
          .build(v -> v.into(NetworkSource.builder()).build());

  /** The member list a decision was judged against. */
  public static final ObjectCodec<MemberListBasis> MEMBER_LIST =
      ObjectCodec.<MemberListBasis, MemberListBasis.Builder>of(MemberListBasis.class, "memberList")
          .req("source", SOURCE, MemberListBasis::source, MemberListBasis.Builder::source)
          .req("listedCities", Read.COUNT, MemberListBasis::listedCities,
              MemberListBasis.Builder::listedCities)
          .opt("complete", Read.BOOL, MemberListBasis::complete, MemberListBasis.Builder::complete)
          .opt("completeCountries", ListCodec.of(Read.COUNTRY)
                  .distinct(c -> c, null, c -> GnlcException.quote(c.code())),
              m -> m.completeCountries().isEmpty() ? null : List.copyOf(m.completeCountries()),
              MemberListBasis.Builder::addAllCompleteCountries)
          .build(v -> v.into(MemberListBasis.builder()).build());

  /**
   * A decision. The derived {@code verdict} and {@code missingFacts} are always written, optional
   * on input and, when given, must match what the findings make of them; the rendered
   * {@code language} and {@code explanation}, written on request, are read for shape and dropped.
   */
  public static final ObjectCodec<Decision> DECISION = ObjectCodec.<Decision, Decision.Builder>of(Decision.class, "decision")
      .req("formatVersion", Read.FORMAT_VERSION, d -> Limits.FORMAT_VERSION, null)
      .req("ruleSetId", Read.STRING, Decision::ruleSetId, Decision.Builder::ruleSetId)
      .req("ruleSetVersion", Read.NON_BLANK, Decision::ruleSetVersion, Decision.Builder::ruleSetVersion)
      .req("asOf", Read.DATE, Decision::asOf, Decision.Builder::asOf)
      .opt("cityName", Read.LINE, Decision::cityName, Decision.Builder::cityName)
      .opt("country", Read.COUNTRY, Decision::country, Decision.Builder::country)
      .opt("reference", Read.LINE, Decision::reference, Decision.Builder::reference)
      .opt("memberList", MEMBER_LIST, Decision::memberList, Decision.Builder::memberList)
      .opt("verdict", Codes.VERDICTS, Decision::verdict, null)
      .req("findings", ListCodec.of(FINDING).distinct(Finding::ruleId, "ruleId",
              id -> "the rule id " + GnlcException.quote(id), "has two findings"),
          Decision::findings, Decision.Builder::addAllFindings)
      .opt("missingFacts", ListCodec.of(Codes.FACTS), Decision::missingFacts, null)
      .derived("language", Read.LANGUAGE,
          (d, out) -> out.locale == null ? null : Locale.forLanguageTag(out.language()))
      .derived("explanation", ListCodec.of(Read.STRING),
          (d, out) -> out.locale == null ? null : d.explain(out.locale))
      .build(v -> {
        Decision decision = v.into(Decision.builder()).build();
        Verdict verdict = v.get("verdict");
        if (verdict != null && verdict != decision.verdict()) {
          throw v.invalidAt("verdict", "verdict: \"" + verdict
              + "\" does not match the findings, which make the verdict " + decision.verdict());
        }
        List<Fact> missing = v.get("missingFacts");
        if (missing != null && !missing.equals(decision.missingFacts())) {
          throw v.invalidAt("missingFacts", "missingFacts: " + ids(missing)
              + " does not match the findings, which leave "
              + (decision.missingFacts().isEmpty() ? "none" : ids(decision.missingFacts()))
              + " missing (distinct, in fact order)");
        }
        return decision;
      });

  /**
   * The table of the decisions document, for the class a Jackson module publishes it as.
   *
   * @param type  the class of the document
   * @param decisions  its decisions
   * @param of  creates a document of decisions
   * @return the table
   */
  public static <D> ObjectCodec<D> decisions(
      Class<D> type, Function<D, List<Decision>> decisions, Function<List<Decision>, D> of) {
    return ObjectCodec.<D, Void>of(type, "decisions")
        .req("formatVersion", Read.FORMAT_VERSION, d -> Limits.FORMAT_VERSION, null)
        .opt("decisions", ListCodec.of(DECISION), decisions, null)
        .build(v -> of.apply(v.<List<Decision>>opt("decisions").orElse(List.of())));
  }

  private EligibilityCodecs() {}

  /**
   * Reads an application of one kind, as a {@code MembershipApplication} or an
   * {@code AwardNomination}: another kind is refused at {@code kind}.
   */
  public static <T extends Application> Codec<T> only(Class<T> type, ApplicationKind kind) {
    return new Codec<>() {
      @Override
      public T read(In in, String field) {
        Application application = APPLICATION.read(in, field);
        if (application.kind() != kind) {
          throw in.p.at(Problems.mismatch(in.p, type, "kind: \"" + application.kind() + "\" is not "
              + kind + " (reading " + (kind == ApplicationKind.MEMBERSHIP ? "a membership application"
                  : "an award nomination") + ")"), type, "kind");
        }
        return type.cast(application);
      }

      @Override
      public void write(T value, Out out) {
        APPLICATION.write(value, out);
      }

      @Override
      public String expected() {
        return "an object";
      }
    };
  }

  private static MembershipApplication membership(Application application) {
    return (MembershipApplication) application;
  }

  private static AwardNomination award(Application application) {
    return (AwardNomination) application;
  }

  /** Checks the evidence as core does, with the definition of blank of {@link Lexicon}. */
  private static Map<BuildingBlock, String> evidence(Map<BuildingBlock, String> blocks) {
    for (Map.Entry<BuildingBlock, String> entry : blocks.entrySet()) {
      if (Lexicon.isBlank(entry.getValue())) {
        throw new GnlcException(ErrorCode.INVALID_VALUE, "buildingBlocks", entry.getValue(),
            "is blank: give a short description of the evidence for " + entry.getKey().code());
      }
    }
    return blocks;
  }

  private static String ids(List<Fact> facts) {
    return facts.isEmpty() ? "empty"
        : facts.stream().map(Fact::id).collect(Collectors.joining(", ", "[", "]"));
  }
}
