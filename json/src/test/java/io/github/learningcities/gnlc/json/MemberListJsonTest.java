package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.network.City;
import io.github.learningcities.gnlc.network.MembershipStart;
import io.github.learningcities.gnlc.network.MembershipStatus;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.place.CountryCode;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.DatabindException;

/**
 * A member list of one's own in the network document: every kind of membership start, doubts,
 * completeness per country, and the file it was read from.
 */
class MemberListJsonTest {
  @Test
  void writesAndReadsAMemberByStartAndADoubt() {
    String json = GnlcJson.write(Fixtures.LAUSANNE);
    assertThat(json).isEqualTo(Fixtures.LAUSANNE_JSON);
    Schemas.assertValid("network.schema.json#/$defs/city", json);
    assertThat(GnlcJson.read(json, City.class)).isEqualTo(Fixtures.LAUSANNE);
  }

  @Test
  void aCityWithoutAnyDateHasAnUnknownStart() {
    String json = "{\"name\":\"Viladecans\",\"country\":\"ES\",\"source\":\"https://example.org\"}";
    Schemas.assertValid("network.schema.json#/$defs/city", json);
    City city = GnlcJson.read(json, City.class);
    assertThat(city.start()).isEqualTo(MembershipStart.unknown());
    assertThat(GnlcJson.write(city)).doesNotContain("joinedIn").doesNotContain("memberBy");
  }

  @Test
  void aYearAloneIsAYearStartAndTheDayMakesItACohortStart() {
    String base = "{\"name\":\"Cork\",\"country\":\"IE\",\"source\":\"https://example.org\",";
    assertThat(GnlcJson.read(base + "\"joinedIn\":2016}", City.class).start().kind())
        .isEqualTo(MembershipStart.Kind.YEAR);
    assertThat(GnlcJson.read(base + "\"joinedOn\":\"2019-07-17\"}", City.class).start())
        .isEqualTo(MembershipStart.cohort(LocalDate.of(2019, 7, 17)));
  }

  @Test
  void theEmbeddedNetworkKeepsEveryStartAndDoubtOnTheWire() {
    Network embedded = Network.embedded();
    String json = GnlcJson.writeNetwork(embedded);
    Network back = GnlcJson.readNetwork(json);
    assertThat(back.cities()).extracting(City::start)
        .isEqualTo(embedded.cities().stream().map(City::start).toList());
    assertThat(back.cities()).extracting(City::doubt)
        .isEqualTo(embedded.cities().stream().map(City::doubt).toList());
    assertThat(back).isEqualTo(embedded);
  }

  @Test
  void completeCountriesTravelWithTheNetwork() {
    Network vietnam = Fixtures.NETWORK.withCompleteCountries(List.of(CountryCode.of("VN")));
    String json = GnlcJson.writeNetwork(vietnam);
    assertThat(json).contains("\"complete\":false,\"completeCountries\":[\"VN\"]");
    Schemas.assertValid("network.schema.json", json);
    Network back = GnlcJson.readNetwork(json);
    assertThat(back).isEqualTo(vietnam);
    assertThat(back.membership(CountryCode.of("VN"), "Hue", LocalDate.of(2024, 1, 1)))
        .isEqualTo(MembershipStatus.NOT_MEMBER);
    assertThat(GnlcJson.writeNetwork(Fixtures.NETWORK)).doesNotContain("completeCountries");
  }

  @Test
  void aNetworkReadFromAFileNamesTheFileAndItsSha256(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("members.json");
    Files.writeString(file, Fixtures.NETWORK_JSON);
    Network network = GnlcJson.readNetwork(file);
    assertThat(network).isEqualTo(Fixtures.NETWORK);
    String sha256 = HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    assertThat(network.source().name()).isEqualTo(file.toString());
    assertThat(network.source().sha256()).contains(sha256);
    assertThat(network.basis().source()).isEqualTo(network.source());
  }

  @Test
  void aBadFileFailsWithTheJsonPath(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("members.json");
    Files.writeString(file, "{\"formatVersion\":1,\"cities\":[{\"name\":\"Hue\",\"country\":\"XX\","
        + "\"source\":\"https://example.org\"}]}");
    assertThatThrownBy(() -> GnlcJson.readNetwork(file))
        .isInstanceOf(DatabindException.class)
        .satisfies(e -> assertThat(GnlcJson.jsonPointer((DatabindException) e))
            .isEqualTo("/cities/0/country"));
    assertThatThrownBy(() -> GnlcJson.readNetwork(folder.resolve("none.json")))
        .isInstanceOf(NoSuchFileException.class);
    assertThatThrownBy(() -> GnlcJson.readNetwork((Path) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("file");
  }
}
