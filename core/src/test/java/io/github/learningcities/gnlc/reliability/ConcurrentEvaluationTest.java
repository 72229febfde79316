package io.github.learningcities.gnlc.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.eligibility.Application;
import io.github.learningcities.gnlc.eligibility.ApplicationKind;
import io.github.learningcities.gnlc.eligibility.AwardNomination;
import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.eligibility.EvaluationContext;
import io.github.learningcities.gnlc.eligibility.MembershipApplication;
import io.github.learningcities.gnlc.eligibility.RuleSet;
import io.github.learningcities.gnlc.eligibility.RuleSetCatalogue;
import io.github.learningcities.gnlc.eligibility.SignatoryRole;
import io.github.learningcities.gnlc.framework.GuidingDocument;
import io.github.learningcities.gnlc.network.City;
import io.github.learningcities.gnlc.network.Network;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, concurrency: 16 threads evaluating every standard rule set over one shared batch (and
 * querying the shared embedded network) decide exactly as one thread does.
 */
class ConcurrentEvaluationTest {
  static final int THREADS = 16;
  private static final int ROUNDS = 3;
  private static final LocalDate[] AS_OF = {
    LocalDate.of(2019, 6, 1), LocalDate.of(2021, 10, 15), LocalDate.of(2024, 3, 1),
    LocalDate.of(2025, 6, 1)
  };

  /** A fixed, varied batch: known and unknown cities, missing facts, every signatory role. */
  static List<Application> batch(Network network, int size, long seed) {
    Random random = new Random(seed);
    List<City> cities = network.cities();
    List<Application> batch = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      City city = cities.get(random.nextInt(cities.size()));
      String name = random.nextInt(5) == 0 ? "Placeholder City " + i : city.name();
      LocalDate day = LocalDate.of(2016 + random.nextInt(10), 1 + random.nextInt(12), 1);
      if (i % 3 == 0) {
        AwardNomination.Builder award = AwardNomination.builder().cityName(name);
        if (random.nextBoolean()) {
          award.country(city.country());
        }
        if (random.nextBoolean()) {
          award.memberSince(LocalDate.of(city.start().year().orElse(Year.of(2020)).getValue(), 9, 1));
        }
        if (random.nextBoolean()) {
          award.pastAwardYears(Set.of(Year.of(2017 + random.nextInt(8))));
        }
        if (random.nextInt(4) != 0) {
          award.nominatedOn(day);
        }
        batch.add(award.build());
      } else {
        MembershipApplication.Builder membership = MembershipApplication.builder();
        if (random.nextInt(10) != 0) {
          membership.cityName(name);
        }
        if (random.nextInt(10) != 0) {
          membership.country(city.country());
        }
        if (random.nextBoolean()) {
          membership.signatoryRole(SignatoryRole.values()[random.nextInt(SignatoryRole.values().length)]);
        }
        if (random.nextBoolean()) {
          membership.endorsedOn(day.minusDays(random.nextInt(60)));
        }
        if (random.nextInt(4) != 0) {
          membership.pledges(random.nextBoolean()
              ? EnumSet.allOf(GuidingDocument.class) : Set.of(GuidingDocument.KEY_FEATURES));
        }
        if (random.nextBoolean()) {
          membership.language(random.nextBoolean() ? Locale.ENGLISH : Locale.FRENCH);
        }
        if (random.nextInt(4) != 0) {
          membership.submittedOn(day);
        }
        if (random.nextBoolean()) {
          membership.population(1_000L + random.nextInt(10_000_000));
        }
        batch.add(membership.build());
      }
    }
    return List.copyOf(batch);
  }

  /** Every standard rule set on the batch's applications of its kind, on each as-of date. */
  static Map<String, List<Decision>> decide(
      RuleSetCatalogue catalogue, List<Application> batch, Network network) {
    Map<String, List<Decision>> decisions = new LinkedHashMap<>();
    for (RuleSet ruleSet : catalogue.ruleSets()) {
      List<Application> ofKind = new ArrayList<>();
      for (Application application : batch) {
        if (application.kind() == ruleSet.kind()) {
          ofKind.add(application);
        }
      }
      for (LocalDate asOf : AS_OF) {
        decisions.put(ruleSet.id() + "@" + asOf,
            ruleSet.evaluateAll(ofKind, EvaluationContext.of(asOf, network)));
      }
    }
    return decisions;
  }

  @Test
  void sixteenThreadsSharingRuleSetsAndABatchDecideAsOneThread() throws Exception {
    Network network = Network.embedded();
    RuleSetCatalogue catalogue = RuleSetCatalogue.standard();
    List<Application> batch = batch(network, 120, 7L);
    assertThat(batch).extracting(Application::kind)
        .contains(ApplicationKind.MEMBERSHIP, ApplicationKind.AWARD);
    Map<String, List<Decision>> expected = decide(catalogue, batch, network);
    Map<String, List<String>> explained = explain(expected);
    int expectedCities = network.cities().size();

    List<String> differences = onThreads(() -> {
      List<String> found = new ArrayList<>();
      for (int round = 0; round < ROUNDS; round++) {
        Map<String, List<Decision>> decisions = decide(catalogue, batch, network);
        if (!decisions.equals(expected)) {
          found.add("decisions differ in round " + round);
        }
        if (!explain(decisions).equals(explained)) {
          found.add("explanations differ in round " + round);
        }
        if (network.cities().size() != expectedCities || network.statistics().cities() != expectedCities) {
          found.add("network statistics differ in round " + round);
        }
      }
      return found;
    });
    assertThat(differences).isEmpty();
    assertThat(expected.values().stream().mapToInt(List::size).sum()).isGreaterThan(400);
  }

  private static Map<String, List<String>> explain(Map<String, List<Decision>> decisions) {
    Map<String, List<String>> explained = new LinkedHashMap<>();
    decisions.forEach((key, list) -> {
      List<String> texts = new ArrayList<>();
      for (Decision decision : list) {
        texts.add(String.join("\n", decision.explain()));
      }
      explained.put(key, texts);
    });
    return explained;
  }

  /** Runs the task on {@link #THREADS} threads released at once; returns all they reported. */
  static List<String> onThreads(Callable<List<String>> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        futures.add(pool.submit(() -> {
          start.await();
          return task.call();
        }));
      }
      start.countDown();
      List<String> all = new ArrayList<>();
      for (Future<List<String>> future : futures) {
        all.addAll(future.get(2, TimeUnit.MINUTES));
      }
      return all;
    } finally {
      pool.shutdownNow();
    }
  }
}
