package org.example.consumer;

import io.github.learningcities.gnlc.eligibility.Application;
import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.eligibility.EvaluationContext;
import io.github.learningcities.gnlc.eligibility.RuleSetCatalogue;
import io.github.learningcities.gnlc.json.GnlcJson;
import io.github.learningcities.gnlc.network.Network;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/** Reads the application file named on the command line and prints its decision. */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws IOException {
    LocalDate asOf = LocalDate.parse(args[1]);
    Application application;
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      application = GnlcJson.readApplication(in);
    }
    Decision decision =
        RuleSetCatalogue.standard()
            .inForce(application.kind(), asOf)
            .orElseThrow()
            .evaluate(application, EvaluationContext.of(asOf, Network.embedded()));
    System.out.println("module: " + Main.class.getModule().getName());
    decision.explain(Locale.ENGLISH).forEach(System.out::println);
  }
}
