package io.github.learningcities.gnlc.samples.boot3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.eligibility.EvaluationContext;
import io.github.learningcities.gnlc.eligibility.RuleSetCatalogue;
import io.github.learningcities.gnlc.json.jackson2.GnlcJackson2;
import io.github.learningcities.gnlc.json.jackson2.GnlcJackson2Module;
import io.github.learningcities.gnlc.network.Network;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** The service on a random port, called over HTTP as a client would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DecisionsServiceTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 20);

  @Value("${local.server.port}")
  private int port;

  @Autowired
  private ObjectMapper mapper;

  private HttpResponse<String> post(String body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/decisions?asOf=" + AS_OF))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String sample() throws Exception {
    Path dir = Path.of("").toAbsolutePath();
    while (!Files.exists(dir.resolve("examples/applications/sample-2025.json"))) {
      dir = dir.getParent();
    }
    return Files.readString(dir.resolve("examples/applications/sample-2025.json"));
  }

  @Test
  void bootsObjectMapperHasTheGnlcModule() {
    assertThat(mapper.getRegisteredModuleIds()).contains(GnlcJackson2Module.class.getName());
  }

  @Test
  void decidesAPostedApplicationAndAnswersTheDecisionDocument() throws Exception {
    HttpResponse<String> response = post(sample());

    Decision expected = RuleSetCatalogue.standard().evaluate(
        GnlcJackson2.readApplication(sample()), EvaluationContext.of(AS_OF, Network.embedded()));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/json"));
    assertThat(response.body()).isEqualTo(GnlcJackson2.write(expected));
    assertThat(GnlcJackson2.readDecision(response.body())).isEqualTo(expected);
  }

  @Test
  void answersABadDocumentWith400AndTheLibrarysMessage() throws Exception {
    HttpResponse<String> response =
        post("{\"formatVersion\":1,\"kind\":\"MEMBERSHIP\",\"country\":\"XX\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"pointer\":\"/country\"")
        .contains("country: \\\"XX\\\"");
  }

  @Test
  void answersAnUnknownPropertyWith400AndItsPath() throws Exception {
    HttpResponse<String> response = post(sample().replaceFirst("\\{", "{\"colour\":\"blue\","));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"error\":\"Unrecognized property \\\"colour\\\"\"")
        .contains("\"pointer\":\"/colour\"");
  }
}
