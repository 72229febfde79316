package org.example.consumer2;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.learningcities.gnlc.eligibility.Application;
import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.eligibility.EvaluationContext;
import io.github.learningcities.gnlc.eligibility.RuleSetCatalogue;
import io.github.learningcities.gnlc.json.jackson2.GnlcJackson2;
import io.github.learningcities.gnlc.json.jackson2.GnlcJackson2Module;
import io.github.learningcities.gnlc.network.Network;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Reads the application file named on the command line with the user's own Jackson 2 mapper
 * (which finds gnlc's module through the ServiceLoader), prints its decision, and checks that the
 * facade writes the same document.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws IOException {
    LocalDate asOf = LocalDate.parse(args[1]);
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    if (!mapper.getRegisteredModuleIds().contains(GnlcJackson2Module.class.getName())) {
      throw new IllegalStateException("the ServiceLoader did not find GnlcJackson2Module");
    }
    Application application;
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      application = mapper.readValue(in, Application.class);
    }
    Decision decision =
        RuleSetCatalogue.standard()
            .inForce(application.kind(), asOf)
            .orElseThrow()
            .evaluate(application, EvaluationContext.of(asOf, Network.embedded()));
    String json = mapper.writeValueAsString(decision);
    if (!json.equals(GnlcJackson2.write(decision))) {
      throw new IllegalStateException("the user's mapper and the facade write different documents");
    }
    System.out.println("module: " + Main.class.getModule().getName());
    decision.explain(Locale.ENGLISH).forEach(System.out::println);
  }
}
