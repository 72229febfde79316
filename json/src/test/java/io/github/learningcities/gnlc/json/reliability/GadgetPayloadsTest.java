package io.github.learningcities.gnlc.json.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.learningcities.gnlc.eligibility.Application;
import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.eligibility.RuleSet;
import io.github.learningcities.gnlc.eligibility.RuleSetCatalogue;
import io.github.learningcities.gnlc.json.GnlcJson;
import io.github.learningcities.gnlc.json.NetworkSummary;
import io.github.learningcities.gnlc.network.City;
import io.github.learningcities.gnlc.network.Cohort;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.sdg.LinkSubject;
import io.github.learningcities.gnlc.sdg.SdgCatalogue;
import io.github.learningcities.gnlc.sdg.SdgLink;
import io.github.learningcities.gnlc.sdg.SdgLinks;
import io.github.learningcities.gnlc.json.SdgLinksDocument;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;

/**
 * Issue 7, security: known Jackson gadget payloads and polymorphic tricks are refused cleanly by
 * every reader (a {@link DatabindException}, nothing instantiated), and no written document names
 * a Java class.
 */
class GadgetPayloadsTest {
  private static final String GADGET = Gadget.class.getName();
  private static final String CITY =
      "\"name\":\"X\",\"country\":\"IN\",\"joinedIn\":2022,\"source\":\"https://example.org/\"";
  private static final String SUBJECT = "\"subject\":{\"kind\":\"CITY\",\"id\":\"in:x\"}";

  /** Payloads that try to make a reader name, load or build a class. */
  static List<String> payloads(String className) {
    List<String> p = new ArrayList<>();
    // class-name properties of the common type-id conventions, alone and beside valid content
    for (String property : List.of("@class", "@c", "@type", "$type", "type", "@id", "@ref",
        "__type", "_class", "class", "javaClass")) {
      p.add("{\"" + property + "\":\"" + className + "\"}");
      p.add("{\"" + property + "\":\"" + className + "\",\"formatVersion\":1}");
      p.add("{\"formatVersion\":1,\"" + property + "\":\"" + className + "\"}");
      p.add("{\"" + property + "\":\"" + className + "\"," + CITY + "}");
      p.add("{" + CITY + ",\"" + property + "\":\"" + className + "\"}");
    }
    // default typing as WRAPPER_ARRAY and WRAPPER_OBJECT
    p.add("[\"" + className + "\",{\"command\":\"touch /tmp/pwned\"}]");
    p.add("[\"java.util.HashMap\",{\"formatVersion\":1}]");
    p.add("{\"" + className + "\":{\"command\":\"touch /tmp/pwned\"}}");
    // known gadgets
    p.add("{\"@class\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":"
        + "\"ldap://127.0.0.1:1389/Exploit\",\"autoCommit\":true}");
    p.add("[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://127.0.0.1/x\","
        + "\"autoCommit\":true}]");
    p.add("[\"org.springframework.context.support.ClassPathXmlApplicationContext\","
        + "\"http://127.0.0.1/spel.xml\"]");
    p.add("{\"@type\":\"java.lang.Runtime\"}");
    p.add("[\"java.lang.ProcessBuilder\",[\"touch\",\"/tmp/pwned\"]]");
    p.add("{\"object\":[\"ch.qos.logback.core.db.DriverManagerConnectionSource\","
        + "{\"url\":\"jdbc:h2:mem:\"}]}");
    // class names where gnlc reads values, keys and the "kind" of a link subject
    p.add("{\"formatVersion\":1,\"cities\":[[\"" + className + "\",{}]]}");
    p.add("{\"formatVersion\":1,\"cities\":[{\"@class\":\"" + className + "\"," + CITY + "}]}");
    p.add("{\"formatVersion\":1,\"cities\":{\"@class\":\"java.util.ArrayList\"}}");
    p.add("{\"formatVersion\":1,\"links\":[{\"subject\":{\"kind\":\"" + className
        + "\",\"id\":\"x\"},\"targets\":[\"4.3\"],\"rationale\":\"r\"}]}");
    p.add("{\"formatVersion\":1,\"links\":[{\"subject\":{\"kind\":\"java.lang.Runtime\",\"id\":\"x\"},"
        + "\"targets\":[\"4.3\"],\"rationale\":\"r\"}]}");
    p.add("{\"formatVersion\":1,\"links\":[{\"subject\":[\"" + className + "\",{}],"
        + "\"targets\":[\"4.3\"],\"rationale\":\"r\"}]}");
    p.add("{\"formatVersion\":1,\"links\":[{" + SUBJECT + ",\"targets\":[\"" + className
        + "\"],\"rationale\":\"r\"}]}");
    p.add("{\"kind\":\"" + className + "\",\"id\":\"x\"}");
    p.add("{\"kind\":{\"@class\":\"" + className + "\"},\"id\":\"x\"}");
    p.add("{\"name\":{\"@class\":\"" + className + "\"},\"country\":\"IN\"}");
    p.add("{\"country\":[\"" + className + "\",\"IN\"]," + "\"name\":\"X\"}");
    p.add("{\"formatVersion\":1,\"statistics\":{\"citiesPerRegion\":{\"" + className + "\":1}}}");
    p.add("{\"formatVersion\":1,\"statistics\":{\"citiesPerYearJoined\":{\"" + className + "\":1}}}");
    p.add("{\"formatVersion\":[\"java.lang.Integer\",1]}");
    p.add("{\"formatVersion\":{\"@class\":\"java.lang.Integer\",\"value\":1}}");
    p.add("\"" + className + "\"");
    return p;
  }

  /** Every reader of the module, by the name of the type it reads. */
  static final List<Class<?>> READ_AS = List.of(Network.class, City.class, Cohort.class,
      NetworkSummary.class, SdgLinksDocument.class, SdgLink.class, LinkSubject.class,
      SdgCatalogue.class, Application.class, RuleSet.class, RuleSetCatalogue.class,
      Decision.class, io.github.learningcities.gnlc.json.DecisionsDocument.class);

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (Class<?> type : READ_AS) {
      for (String payload : payloads(GADGET)) {
        cases.add(Arguments.of(type.getSimpleName(), payload, type));
      }
    }
    return cases.stream();
  }

  static int tried;

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void isRefusedCleanly(String name, String payload, Class<?> type) {
    tried++;
    Throwable thrown = catchThrowable(() -> GnlcJson.read(payload, type));
    assertThat(thrown).as(payload).isInstanceOf(DatabindException.class);
    StringWriter trace = new StringWriter();
    thrown.printStackTrace(new PrintWriter(trace));
    // the cause chain holds only Jackson's and gnlc's own exceptions
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      assertThat(t.getClass().getName()).as(payload)
          .matches("(tools\\.jackson|io\\.github\\.learningcities\\.gnlc)\\..*");
    }
    assertThat(Gadget.Witness.INITIALISED).as("a payload initialised the gadget").hasValue(0);
  }

  @Test
  void theSharedMapperHasNoDefaultTypingForUntypedReads() {
    Object read = GnlcJson.mapper().readValue(
        "[\"" + GADGET + "\",{\"command\":\"x\"}]", Object.class);
    assertThat(read).isInstanceOf(List.class);
    Object map = GnlcJson.mapper().readValue("{\"@class\":\"" + GADGET + "\"}", Object.class);
    assertThat(map).isInstanceOf(java.util.Map.class);
    assertThat(Gadget.Witness.INITIALISED).hasValue(0);
  }

  @Test
  void noWrittenDocumentNamesAJavaClass() {
    Network network = Network.embedded();
    List<String> documents = List.of(
        GnlcJson.writeNetwork(network),
        GnlcJson.writeNetworkSummary(network),
        GnlcJson.writeSdgLinks(SdgLinks.defaults()),
        GnlcJson.writeSdgCatalogue(SdgCatalogue.standard()),
        GnlcJson.write(network.cities().get(0)),
        GnlcJson.write(network.cohorts().get(0)),
        GnlcJson.write(network.statistics()),
        GnlcJson.write(network.countries()),
        GnlcJson.write(SdgLinks.defaults()));
    for (String document : documents) {
      String lower = document.toLowerCase(Locale.ROOT);
      assertThat(lower).doesNotContain("io.github", "java.", "javax.", "tools.jackson",
          "com.fasterxml", "@class", "@type", "$type", "\"class\"", "immutable");
    }
  }

  @AfterAll
  static void gadgetWasNeverInitialised() {
    assertThat(Gadget.Witness.INITIALISED).hasValue(0);
    assertThat(tried).isGreaterThan(400);
  }
}
