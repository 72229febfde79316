package io.github.learningcities.gnlc.benchmarks.eligibility;

import io.github.learningcities.gnlc.eligibility.EvaluationContext;
import io.github.learningcities.gnlc.eligibility.MembershipApplication;
import io.github.learningcities.gnlc.eligibility.RuleSet;
import io.github.learningcities.gnlc.eligibility.RuleSetCatalogue;
import io.github.learningcities.gnlc.eligibility.SignatoryRole;
import io.github.learningcities.gnlc.framework.GuidingDocument;
import io.github.learningcities.gnlc.network.City;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.place.CountryCode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A fixed batch of varied membership applications for the 2025 rule set, built deterministically
 * from a seed: real cities of the embedded network (members, which fail "not already a member",
 * and the 2025 cohort, not yet members during the call), placeholder names the partial network
 * does not list (unknown membership), names with no Latin letter (no city id, unknown too) and
 * applications without a city or country. Every other fact is given, missing, or given with a
 * failing value, so that the batch mixes all three verdicts. Each application carries its own
 * as-of date, from 15 May to 30 June 2025, and shares one {@link EvaluationContext} per date.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Batch {
  /** The size of the standard batch. */
  public static final int SIZE = 1024;
  /** The seed of the standard batch. */
  public static final long SEED = 2025L;
  /** The rule set the batch is judged by. */
  public static final String RULE_SET = "gnlc.membership.2025";

  private static final LocalDate FIRST_AS_OF = LocalDate.of(2025, 5, 15);
  private static final int AS_OF_DAYS = 47; // 15 May to 30 June 2025

  private final Network network;
  private final RuleSet ruleSet;
  private final List<MembershipApplication> applications;
  private final List<EvaluationContext> contexts;

  private Batch(Network network, RuleSet ruleSet, List<MembershipApplication> applications,
      List<EvaluationContext> contexts) {
    this.network = network;
    this.ruleSet = ruleSet;
    this.applications = applications;
    this.contexts = contexts;
  }

  /**
   * Returns the standard batch: {@value #SIZE} applications from seed {@value #SEED}.
   *
   * @return the batch
   */
  public static Batch standard() {
    return of(SIZE, SEED);
  }

  /**
   * Builds a batch.
   *
   * @param size  the number of applications
   * @param seed  the seed
   * @return the batch
   */
  public static Batch of(int size, long seed) {
    Network network = Network.embedded();
    RuleSet ruleSet = RuleSetCatalogue.standard().get(RULE_SET);
    List<City> members = new ArrayList<>();
    List<City> newcomers = new ArrayList<>();
    for (City city : network.cities()) {
      if (city.start().joinedIn().equals(java.util.Optional.of(Year.of(2025)))) {
        newcomers.add(city);
      } else {
        members.add(city);
      }
    }
    List<CountryCode> countries = new ArrayList<>(network.countries());
    countries.sort((a, b) -> a.code().compareTo(b.code()));
    Map<LocalDate, EvaluationContext> byDate = new HashMap<>();
    Random random = new Random(seed);
    List<MembershipApplication> applications = new ArrayList<>(size);
    List<EvaluationContext> contexts = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      MembershipApplication.Builder builder = MembershipApplication.builder();
      city(builder, random, members, newcomers, countries, i);
      int role = random.nextInt(100);
      if (role < 70) {
        builder.signatoryRole(SignatoryRole.MAYOR);
      } else if (role < 78) {
        builder.signatoryRole(SignatoryRole.ENDORSED_LOCAL_LEADER);
      } else if (role < 88) {
        builder.signatoryRole(SignatoryRole.OTHER);
      }
      LocalDate asOf = FIRST_AS_OF.plusDays(random.nextInt(AS_OF_DAYS));
      if (random.nextInt(100) < 88) {
        builder.endorsedOn(asOf.minusDays(random.nextInt(40) - 5));
      }
      int pledges = random.nextInt(100);
      if (pledges < 80) {
        builder.pledges(EnumSet.allOf(GuidingDocument.class));
      } else if (pledges < 88) {
        builder.pledges(Set.of(GuidingDocument.values()[random.nextInt(2)]));
      } else if (pledges < 90) {
        builder.pledges(Set.of());
      }
      int language = random.nextInt(100);
      if (language < 50) {
        builder.language(Locale.ENGLISH);
      } else if (language < 80) {
        builder.language(Locale.FRENCH);
      } else if (language < 88) {
        builder.language(Locale.forLanguageTag("es"));
      }
      if (random.nextInt(100) < 90) {
        builder.submittedOn(LocalDate.of(2025, 5, 10).plusDays(random.nextInt(42)));
      }
      if (random.nextInt(100) < 60) {
        builder.population(10_000L + random.nextInt(5_000_000));
      }
      applications.add(builder.build());
      contexts.add(byDate.computeIfAbsent(asOf, date -> EvaluationContext.of(date, network)));
    }
    return new Batch(network, ruleSet, List.copyOf(applications), List.copyOf(contexts));
  }

  private static void city(MembershipApplication.Builder builder, Random random, List<City> members,
      List<City> newcomers, List<CountryCode> countries, int index) {
    int kind = random.nextInt(100);
    if (kind < 35) {
      City city = newcomers.get(random.nextInt(newcomers.size()));
      builder.cityName(city.name()).country(city.country());
    } else if (kind < 60) {
      City city = members.get(random.nextInt(members.size()));
      builder.cityName(city.name()).country(city.country());
    } else if (kind < 88) {
      builder.cityName("Placeholder City " + index)
          .country(countries.get(random.nextInt(countries.size())));
    } else if (kind < 90) {
      builder.cityName("Πόλη " + index).country(CountryCode.of("GR"));
    } else if (kind < 95) {
      builder.country(countries.get(random.nextInt(countries.size())));
    } else {
      builder.cityName("Placeholder Town " + index);
    }
  }

  /**
   * Returns the network every side looks membership up in: {@link Network#embedded()}.
   *
   * @return the network
   */
  public Network network() {
    return network;
  }

  /**
   * Returns the 2025 membership rule set.
   *
   * @return the rule set
   */
  public RuleSet ruleSet() {
    return ruleSet;
  }

  /**
   * Returns the applications.
   *
   * @return the applications, unmodifiable
   */
  public List<MembershipApplication> applications() {
    return applications;
  }

  /**
   * Returns the context of each application: its as-of date and the network.
   *
   * @return one context per application, unmodifiable
   */
  public List<EvaluationContext> contexts() {
    return contexts;
  }

  /**
   * Returns the number of applications.
   *
   * @return the size
   */
  public int size() {
    return applications.size();
  }
}
