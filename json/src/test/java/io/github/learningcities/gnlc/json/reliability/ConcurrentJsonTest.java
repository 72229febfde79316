package io.github.learningcities.gnlc.json.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.eligibility.EvaluationContext;
import io.github.learningcities.gnlc.eligibility.MembershipApplication;
import io.github.learningcities.gnlc.eligibility.RuleSet;
import io.github.learningcities.gnlc.eligibility.RuleSetCatalogue;
import io.github.learningcities.gnlc.json.GnlcJson;
import io.github.learningcities.gnlc.json.NetworkSummary;
import io.github.learningcities.gnlc.network.City;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.sdg.SdgCatalogue;
import io.github.learningcities.gnlc.sdg.SdgLink;
import io.github.learningcities.gnlc.sdg.SdgLinks;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, concurrency: 16 threads sharing the mapper, the embedded network, the SDG links and the
 * standard rule sets read, write and evaluate exactly as one thread does.
 */
class ConcurrentJsonTest {
  private static final int THREADS = 16;
  private static final int ROUNDS = 4;

  /** What one thread computes; equal for every thread. */
  private static List<Object> work(Network shared, List<SdgLink> links,
      RuleSetCatalogue catalogue, List<MembershipApplication> batch) {
    List<Object> results = new ArrayList<>();
    String network = GnlcJson.writeNetwork(shared);
    results.add(network);
    Network read = GnlcJson.readNetwork(network);
    results.add(read);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GnlcJson.writeNetwork(shared, out);
    results.add(GnlcJson.readNetwork(new ByteArrayInputStream(out.toByteArray())));
    results.add(new String(out.toByteArray(), StandardCharsets.UTF_8));
    String summary = GnlcJson.writeNetworkSummary(shared);
    results.add(summary);
    results.add(GnlcJson.read(summary, NetworkSummary.class));
    String sdgLinks = GnlcJson.writeSdgLinks(links);
    results.add(sdgLinks);
    results.add(GnlcJson.readSdgLinks(sdgLinks));
    results.add(GnlcJson.writeSdgCatalogue(SdgCatalogue.standard()));
    for (City city : read.cities().subList(0, 20)) {
      results.add(GnlcJson.read(GnlcJson.write(city), City.class));
    }
    // the rule sets judge against the network this thread has just read
    for (RuleSet ruleSet : catalogue.ruleSets()) {
      if (ruleSet.kind() == io.github.learningcities.gnlc.eligibility.ApplicationKind.MEMBERSHIP) {
        List<Decision> decisions =
            ruleSet.evaluateAll(batch, EvaluationContext.of(LocalDate.of(2025, 6, 1), read));
        results.add(decisions);
        List<String> explained = new ArrayList<>();
        decisions.forEach(d -> explained.add(String.join("\n", d.explain())));
        results.add(explained);
        // decisions, applications and rule sets on the wire
        String written = GnlcJson.writeDecisions(decisions, java.util.Locale.FRENCH);
        results.add(written);
        results.add(GnlcJson.readDecisions(written));
        String applications = GnlcJson.writeApplications(batch);
        results.add(applications);
        results.add(GnlcJson.readApplications(applications));
        String rules = GnlcJson.write(ruleSet);
        results.add(rules);
        results.add(GnlcJson.read(rules, RuleSet.class));
      }
    }
    String catalogueJson = GnlcJson.writeRuleSetCatalogue(catalogue);
    results.add(catalogueJson);
    results.add(GnlcJson.readRuleSetCatalogue(catalogueJson).ruleSets());
    return results;
  }

  @Test
  void sixteenThreadsReadWriteAndEvaluateAsOneThread() throws Exception {
    Network shared = Network.embedded();
    List<SdgLink> links = SdgLinks.defaults();
    RuleSetCatalogue catalogue = RuleSetCatalogue.standard();
    List<MembershipApplication> batch = new ArrayList<>();
    for (City city : shared.cities().subList(0, 100)) {
      batch.add(MembershipApplication.builder().cityName(city.name()).country(city.country())
          .submittedOn(LocalDate.of(2025, 5, 20)).build());
    }
    List<Object> expected = work(shared, links, catalogue, batch);

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Callable<List<String>> task = () -> {
          start.await();
          List<String> differences = new ArrayList<>();
          for (int round = 0; round < ROUNDS; round++) {
            List<Object> results = work(shared, links, catalogue, batch);
            for (int i = 0; i < expected.size(); i++) {
              if (!results.get(i).equals(expected.get(i))) {
                differences.add("result " + i + " differs in round " + round);
              }
            }
          }
          return differences;
        };
        futures.add(pool.submit(task));
      }
      start.countDown();
      for (Future<List<String>> future : futures) {
        assertThat(future.get(3, TimeUnit.MINUTES)).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(expected.get(1)).isEqualTo(shared);
  }
}
