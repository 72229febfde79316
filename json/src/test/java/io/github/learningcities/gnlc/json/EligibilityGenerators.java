package io.github.learningcities.gnlc.json;

import static org.quicktheories.generators.SourceDSL.longs;

import io.github.learningcities.gnlc.eligibility.Application;
import io.github.learningcities.gnlc.eligibility.ApplicationKind;
import io.github.learningcities.gnlc.eligibility.AwardNomination;
import io.github.learningcities.gnlc.eligibility.Call;
import io.github.learningcities.gnlc.eligibility.Condition;
import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.eligibility.EvaluationContext;
import io.github.learningcities.gnlc.eligibility.Fact;
import io.github.learningcities.gnlc.eligibility.FactType;
import io.github.learningcities.gnlc.eligibility.MembershipApplication;
import io.github.learningcities.gnlc.eligibility.Quota;
import io.github.learningcities.gnlc.eligibility.Rule;
import io.github.learningcities.gnlc.eligibility.RuleSet;
import io.github.learningcities.gnlc.eligibility.RuleSetCatalogue;
import io.github.learningcities.gnlc.eligibility.SignatoryRole;
import io.github.learningcities.gnlc.eligibility.Verification;
import io.github.learningcities.gnlc.framework.BuildingBlock;
import io.github.learningcities.gnlc.framework.GuidingDocument;
import io.github.learningcities.gnlc.network.City;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.place.CountryCode;
import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of eligibility values. The values have many optional parts, so each is
 * built from a random seed (the seed is what QuickTheories shrinks and reports).
 */
final class EligibilityGenerators {
  private static final Network NETWORK = Network.embedded();
  private static final List<String> CITY_NAMES =
      List.of("Warangal", "Câmara de Lobos", "Example City", "São Paulo", "x\"y\\z");
  private static final List<String> COUNTRIES = List.of("IN", "PT", "FR", "BR", "UA", "KE");
  private static final List<Locale> LANGUAGES =
      List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("pt-BR"),
          Locale.forLanguageTag("de"), Locale.forLanguageTag("zh-Hant-TW"));

  private EligibilityGenerators() {}

  private static <T> Gen<T> seeded(java.util.function.Function<Random, T> make) {
    return longs().all().map(seed -> make.apply(new Random(seed)));
  }

  private static <T> T pick(Random r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }

  private static LocalDate date(Random r) {
    return LocalDate.of(2015, 1, 1).plusDays(r.nextInt(365 * 12));
  }

  static Gen<Application> applications() {
    return seeded(EligibilityGenerators::application);
  }

  static Application application(Random r) {
    return r.nextBoolean() ? membership(r) : award(r);
  }

  static MembershipApplication membership(Random r) {
    MembershipApplication.Builder b = MembershipApplication.builder();
    if (r.nextInt(4) > 0) {
      b.cityName(pick(r, CITY_NAMES));
    }
    if (r.nextInt(4) > 0) {
      b.country(CountryCode.parse(pick(r, COUNTRIES)));
    }
    if (r.nextBoolean()) {
      b.population(r.nextInt(10_000_000));
    }
    if (r.nextBoolean()) {
      b.signatoryName("Signatory " + r.nextInt(100));
    }
    if (r.nextInt(4) > 0) {
      b.signatoryRole(pick(r, Arrays.asList(SignatoryRole.values())));
    }
    if (r.nextInt(4) > 0) {
      b.endorsedOn(date(r));
    }
    if (r.nextInt(4) > 0) {
      Set<GuidingDocument> pledges = new HashSet<>();
      for (GuidingDocument document : GuidingDocument.values()) {
        if (r.nextInt(3) > 0) {
          pledges.add(document);
        }
      }
      b.pledges(pledges);
    }
    if (r.nextInt(4) > 0) {
      b.submittedOn(date(r));
    }
    if (r.nextBoolean()) {
      Map<BuildingBlock, String> blocks = new EnumMap<>(BuildingBlock.class);
      for (BuildingBlock block : BuildingBlock.values()) {
        if (r.nextBoolean()) {
          blocks.put(block, "Evidence for " + block.code() + " \u00e9\t" + r.nextInt(9));
        }
      }
      b.buildingBlocks(blocks);
    }
    if (r.nextInt(4) > 0) {
      b.language(pick(r, LANGUAGES));
    }
    return b.build();
  }

  static AwardNomination award(Random r) {
    AwardNomination.Builder b = AwardNomination.builder();
    if (r.nextInt(4) > 0) {
      if (r.nextBoolean()) {
        City city = pick(r, NETWORK.cities());
        b.cityName(city.name()).country(city.country());
      } else {
        b.cityName(pick(r, CITY_NAMES)).country(CountryCode.parse(pick(r, COUNTRIES)));
      }
    }
    if (r.nextBoolean()) {
      b.population(r.nextInt(10_000_000));
    }
    if (r.nextInt(4) > 0) {
      b.memberSince(date(r));
    }
    if (r.nextInt(4) > 0) {
      Set<Year> years = new HashSet<>();
      for (int i = r.nextInt(3); i > 0; i--) {
        years.add(Year.of(2015 + r.nextInt(10)));
      }
      b.pastAwardYears(years);
    }
    if (r.nextInt(4) > 0) {
      b.nominatedOn(date(r));
    }
    if (r.nextBoolean()) {
      b.signatoryRole(pick(r, List.of(SignatoryRole.values())));
    }
    if (r.nextBoolean()) {
      b.consentSigned(r.nextBoolean());
    }
    if (r.nextBoolean()) {
      b.governedByElectedBody(r.nextBoolean());
    }
    if (r.nextBoolean()) {
      b.submittedOn(date(r));
    }
    return b.build();
  }

  // ---------------------------------------------------------------- conditions and rules

  static Gen<Condition> conditions() {
    return seeded(r -> condition(r, r.nextBoolean() ? ApplicationKind.MEMBERSHIP
        : ApplicationKind.AWARD, 4));
  }

  private static List<Fact> facts(ApplicationKind kind, FactType... types) {
    List<FactType> wanted = Arrays.asList(types);
    return Arrays.stream(Fact.values())
        .filter(f -> f.appliesTo(kind) && wanted.contains(f.type()))
        .collect(Collectors.toList());
  }

  static Condition condition(Random r, ApplicationKind kind, int depth) {
    int choice = r.nextInt(depth > 1 ? 14 : 10);
    switch (choice) {
      case 0:
        return Condition.present(pick(r, facts(kind, FactType.values())));
      case 1: {
        if (kind == ApplicationKind.AWARD && r.nextInt(3) == 0) {
          Fact yesOrNo = pick(r, facts(kind, FactType.BOOLEAN));
          return Condition.oneOf(yesOrNo, List.of(r.nextBoolean() ? "true" : "false"));
        }
        Fact fact = pick(r, facts(kind, FactType.TEXT));
        List<String> all = textValues(fact);
        List<String> shuffled = new ArrayList<>(all);
        java.util.Collections.shuffle(shuffled, r);
        int accepted = 1 + r.nextInt(shuffled.size());
        int unresolved = r.nextInt(shuffled.size() - accepted + 1);
        return Condition.oneOf(fact, shuffled.subList(0, accepted),
            shuffled.subList(accepted, accepted + unresolved));
      }
      case 2: {
        List<Fact> sets = facts(kind, FactType.SET, FactType.YEARS);
        Fact fact = pick(r, sets);
        List<String> all = setValues(fact);
        List<String> shuffled = new ArrayList<>(all);
        java.util.Collections.shuffle(shuffled, r);
        return Condition.containsAll(fact, shuffled.subList(0, 1 + r.nextInt(shuffled.size())));
      }
      case 3: {
        LocalDate from = date(r);
        LocalDate to = from.plusDays(r.nextInt(400));
        if (r.nextBoolean()) {
          return Condition.dateBetween(pick(r, facts(kind, FactType.DATE)), from, to);
        }
        LocalDate unresolvedFrom = to.plusDays(1 + r.nextInt(30));
        return Condition.dateBetween(pick(r, facts(kind, FactType.DATE)), from, to,
            unresolvedFrom, unresolvedFrom.plusDays(r.nextInt(120)));
      }
      case 4:
        return Condition.dateNotAfterAsOf(pick(r, facts(kind, FactType.DATE)));
      case 5:
        return Condition.atLeast(
            pick(r, facts(kind, FactType.NUMBER, FactType.SET, FactType.YEARS)),
            r.nextInt(20_000));
      case 6:
        if (r.nextBoolean()) {
          return Condition.monthsBefore(pick(r, facts(kind, FactType.DATE)), r.nextInt(48), date(r));
        }
        return Condition.monthsBeforeAsOf(pick(r, facts(kind, FactType.DATE)), r.nextInt(48));
      case 7:
        if (kind == ApplicationKind.AWARD) {
          int year = 2010 + r.nextInt(15);
          if (r.nextBoolean()) {
            return Condition.noYearAfter(Fact.PAST_AWARD_YEARS, Year.of(year),
                List.of(Year.of(year + 1 + r.nextInt(3))));
          }
          return Condition.noYearAfter(Fact.PAST_AWARD_YEARS, Year.of(year));
        }
        return Condition.present(Fact.LANGUAGE);
      case 8:
        return r.nextBoolean() ? Condition.member() : Condition.memberState();
      case 9:
        return Condition.notMember();
      case 10:
        return Condition.all(children(r, kind, depth));
      case 11:
        return Condition.any(children(r, kind, depth));
      case 12:
        return Condition.not(condition(r, kind, depth - 1));
      default: {
        List<Condition> children = children(r, kind, depth);
        return Condition.atLeastOf(r.nextInt(children.size() + 1), children);
      }
    }
  }

  private static List<Condition> children(Random r, ApplicationKind kind, int depth) {
    List<Condition> children = new ArrayList<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      children.add(condition(r, kind, depth - 1));
    }
    return children;
  }

  private static List<String> textValues(Fact fact) {
    switch (fact) {
      case SIGNATORY_ROLE:
        return Arrays.stream(SignatoryRole.values()).map(Enum::name).collect(Collectors.toList());
      case LANGUAGE:
        return List.of("en", "fr", "pt", "de");
      case COUNTRY:
        return COUNTRIES;
      default:
        return CITY_NAMES;
    }
  }

  private static List<String> setValues(Fact fact) {
    switch (fact) {
      case PLEDGES:
        return Arrays.stream(GuidingDocument.values()).map(Enum::name).collect(Collectors.toList());
      case BUILDING_BLOCKS:
        return Arrays.stream(BuildingBlock.values()).map(Enum::name).collect(Collectors.toList());
      default:
        return List.of("2016", "2019", "2021", "2024");
    }
  }

  static Gen<Rule> rules() {
    return seeded(r -> rule(r, r.nextBoolean() ? ApplicationKind.MEMBERSHIP
        : ApplicationKind.AWARD, "rule.r" + r.nextInt(100)));
  }

  static Rule rule(Random r, ApplicationKind kind, String id) {
    Rule.Builder b = Rule.builder()
        .id(id)
        .title("Title " + r.nextInt(100))
        .text("Text \"quoted\"\n" + r.nextInt(100))
        .verification(pick(r, Arrays.asList(Verification.values())))
        .messageKey(id + (r.nextBoolean() ? "" : "-X_1"))
        .condition(condition(r, kind, 4));
    for (int i = 1 + r.nextInt(2); i > 0; i--) {
      b.addSources(URI.create("https://example.org/s/" + r.nextInt(1000)));
    }
    return b.build();
  }

  static Gen<RuleSet> ruleSets() {
    return seeded(EligibilityGenerators::ruleSet);
  }

  static RuleSet ruleSet(Random r) {
    ApplicationKind kind = r.nextBoolean() ? ApplicationKind.MEMBERSHIP : ApplicationKind.AWARD;
    LocalDate from = date(r);
    RuleSet.Builder b = RuleSet.builder()
        .id("test.rules-" + r.nextInt(1000))
        .version(Integer.toString(1 + r.nextInt(5)))
        .kind(kind)
        .title("Rule set " + r.nextInt(100))
        .inForceFrom(from);
    if (r.nextBoolean()) {
      b.description("Description " + r.nextInt(100));
    }
    if (r.nextBoolean()) {
      b.inForceUntil(from.plusDays(r.nextInt(1000)));
    }
    if (r.nextBoolean()) {
      LocalDate closes = from.plusDays(r.nextInt(60));
      Call.Builder call = Call.builder().opens(from).closes(closes)
          .addSources(URI.create("https://example.org/call"));
      if (r.nextBoolean()) {
        call.addExtendedDeadlines(closes.plusDays(1 + r.nextInt(30)));
      }
      b.call(call.build());
    }
    for (int i = r.nextInt(5); i > 0; i--) {
      b.addRules(rule(r, kind, "rule.r" + i));
    }
    if (r.nextBoolean()) {
      int maximum = r.nextInt(5);
      Quota.Builder quota = Quota.builder().id("rule.quota").title("Quota").text("At most so many")
          .addSources(URI.create("https://example.org/q")).verification(Verification.INFERRED)
          .messageKey("rule.quota").maximum(maximum);
      if (r.nextBoolean()) {
        quota.unresolvedMaximum(maximum + 1 + r.nextInt(3));
      }
      b.addQuotas(quota.build());
    }
    return b.build();
  }

  // ---------------------------------------------------------------- decisions

  /** Decisions of generated applications by the standard rule sets, in batches (quotas apply). */
  static Gen<List<Decision>> decisionBatches() {
    return seeded(EligibilityGenerators::decisionBatch);
  }

  static Gen<Decision> decisions() {
    return seeded(r -> {
      List<Decision> batch = decisionBatch(r);
      return batch.get(r.nextInt(batch.size()));
    });
  }

  static List<Decision> decisionBatch(Random r) {
    RuleSet ruleSet = pick(r, RuleSetCatalogue.standard().ruleSets());
    List<Application> batch = new ArrayList<>();
    for (int i = 1 + r.nextInt(5); i > 0; i--) {
      batch.add(ruleSet.kind() == ApplicationKind.MEMBERSHIP ? membership(r) : award(r));
    }
    LocalDate asOf = ruleSet.inForceFrom().plusDays(r.nextInt(400));
    return ruleSet.evaluateAll(batch, EvaluationContext.of(asOf, NETWORK));
  }
}
