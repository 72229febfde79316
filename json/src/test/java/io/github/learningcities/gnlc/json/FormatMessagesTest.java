package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.eligibility.ApplicationKind;
import io.github.learningcities.gnlc.eligibility.AwardNomination;
import io.github.learningcities.gnlc.eligibility.Condition;
import io.github.learningcities.gnlc.eligibility.MembershipApplication;
import io.github.learningcities.gnlc.eligibility.Outcome;
import io.github.learningcities.gnlc.eligibility.Application;
import io.github.learningcities.gnlc.json.format.Codec;
import io.github.learningcities.gnlc.json.format.Codes;
import io.github.learningcities.gnlc.json.format.ConditionCodec;
import io.github.learningcities.gnlc.json.format.EligibilityCodecs;
import io.github.learningcities.gnlc.json.format.In;
import io.github.learningcities.gnlc.json.format.ListCodec;
import io.github.learningcities.gnlc.json.format.Out;
import io.github.learningcities.gnlc.json.format.Problems;
import io.github.learningcities.gnlc.json.format.Read;
import io.github.learningcities.gnlc.json.format.Settings;
import io.github.learningcities.gnlc.network.City;
import io.github.learningcities.gnlc.network.Cohort;
import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.place.UnescoRegion;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The messages of json-format: Jackson's own cut to their reason, core's relabelled, what each
 * codec says it expects, and the coordinates a module reads of itself.
 */
class FormatMessagesTest {
  @Test
  void aMissingOrEmptyMessageSaysTheInputCouldNotBeRead() {
    assertThat(Problems.problem(null, true, null, false, 0, 0)).isEqualTo("the input could not be read");
    assertThat(Problems.problem("", true, null, false, 0, 0)).isEqualTo("the input could not be read");
  }

  @Test
  void jacksonsMessagesAreCutToTheirReasonWithTheirLocation() {
    assertThat(Problems.problem("No content to map\n at [Source: x]", true, null, false, 2, 3))
        .isEqualTo("No content to map (line 2, column 3)");
    assertThat(Problems.problem("Trailing token (of type NUMBER) found", true, null, false, 1, 3))
        .isEqualTo("unexpected content after the document (line 1, column 3)");
    assertThat(Problems.problem("Cannot deserialize value of type `X`: bad value\nmore", true,
        null, false, 1, 1)).isEqualTo("bad value (line 1, column 1)");
    assertThat(Problems.problem("Could not resolve `X`: not here", true, null, false, 1, 1))
        .isEqualTo("not here (line 1, column 1)");
    assertThat(Problems.problem("Unrecognized field \"y\" (class X), not marked as ignorable",
        true, "y", false, 4, 5)).isEqualTo("Unrecognized field \"y\" (line 4, column 5)");
    assertThat(Problems.problem("Unexpected token `X`: not cut", false, null, true, 1, 1))
        .isEqualTo("Unexpected token: not cut (line 1, column 1)");
    assertThat(Problems.problem(" (class X) at the start", false, null, true, 1, 1))
        .isEqualTo(" (class X) at the start (line 1, column 1)");
  }

  @Test
  void theModulesOwnMessagesStayAsTheyAreAndGetALocationOnlyWithoutAPath() {
    String unknown = Problems.unknownPropertyMessage("y");
    assertThat(Problems.problem(unknown, true, "y", false, 4, 5)).isEqualTo(unknown);
    assertThat(Problems.problem("name: \"\" must not be blank", true, null, false, 1, 2))
        .isEqualTo("name: \"\" must not be blank");
    assertThat(Problems.problem("name: \"\" must not be blank", true, null, true, 1, 2))
        .isEqualTo("name: \"\" must not be blank (line 1, column 2)");
    assertThat(Problems.problem("name: \"\" must not be blank", true, null, true, 0, 2))
        .isEqualTo("name: \"\" must not be blank");
    assertThat(Problems.problem("name: \"\" must not be blank", true, null, true, 1, 0))
        .isEqualTo("name: \"\" must not be blank");
  }

  @Test
  void relabelsACoreMessageWithoutAField() {
    GnlcException e = new GnlcException(ErrorCode.INVALID_VALUE, "", "x", "is bad");
    assertThat(e.getMessage()).isEqualTo(": \"x\" is bad");
    assertThat(Problems.relabel(e, "", null)).isEqualTo(": \"x\" is bad");
    assertThat(Problems.relabel(e, "name", null)).isEqualTo("name: : \"x\" is bad");
    assertThat(Problems.notBuilt("city")).isEqualTo("city: the value could not be built");
  }

  @Test
  void aCoreRejectionOfANumberOrAYearPrintsItBare() {
    assertThat(Failures.readFailure("{\"name\": \"Warangal\", \"country\": \"IN\", \"joinedIn\": 2014,"
        + " \"source\": \"https://example.org/a\"}", City.class).getOriginalMessage())
        .isEqualTo("joinedIn: 2014 is before membership opened in 2015");
    assertThat(Failures.readFailure("{\"year\": 2022, \"announcedOn\": \"2022-02-21\", \"newCities\": 77,"
        + " \"newCountries\": 78, \"source\": \"https://example.org/c\"}", Cohort.class)
        .getOriginalMessage()).isEqualTo("newCountries: 78 exceeds newCities 77");
  }

  @Test
  void aNullDocumentSaysWhatWasExpected() {
    assertThat(Failures.readFailure("null", CountryCode.class).getOriginalMessage())
        .isEqualTo("country: expected a string but got null");
    assertThat(Failures.readFailure("null", UnescoRegion.class).getOriginalMessage())
        .isEqualTo("region: expected a string but got null");
    assertThat(Failures.readFailure("null", Condition.class).getOriginalMessage())
        .isEqualTo("condition: expected an object but got null");
    assertThat(Failures.readFailure("null", MembershipApplication.class).getOriginalMessage())
        .isEqualTo("application: expected an object but got null");
  }

  @Test
  void everyCodecSaysWhatItExpects() {
    assertThat(ListCodec.of(Read.STRING).expected()).isEqualTo("an array");
    assertThat(Codes.REGIONS.expected()).isEqualTo("a string");
    assertThat(ConditionCodec.CONDITION.expected()).isEqualTo("an object");
    assertThat(Read.LANGUAGE.expected()).isEqualTo("a language tag");
    assertThat(EligibilityCodecs.BATCH.expected()).isEqualTo("an application document or an array of application documents");
    Codec<String> plain = new Codec<>() {
      @Override
      public String read(In in, String field) {
        return Read.string(in.p, field);
      }

      @Override
      public void write(String value, Out out) {
        out.gen.writeString(value);
      }
    };
    assertThat(plain.expected()).isEqualTo("a value");
    assertThat(plain.checks()).isFalse();
  }

  @Test
  void readingOneKindOfApplicationRefusesTheOther() {
    DatabindException e = Failures.readFailure(
        "{\"formatVersion\":1,\"kind\":\"AWARD\",\"cityName\":\"Warangal\"}", MembershipApplication.class);
    assertThat(e.getOriginalMessage())
        .isEqualTo("kind: \"AWARD\" is not MEMBERSHIP (reading a membership application)");
    assertThat(GnlcJson.jsonPointer(e)).isEqualTo("/kind");
  }

  @Test
  void anApplicationOfOneKindIsWrittenAsAnApplication() {
    Codec<AwardNomination> awards = EligibilityCodecs.only(AwardNomination.class, ApplicationKind.AWARD);
    JsonMapper mapper = GnlcJson.mapperBuilder().addModule(new SimpleModule()
        .addSerializer(AwardNomination.class,
            Adapter.serializer(AwardNomination.class, awards, Settings.DEFAULT))).build();
    Application award = GnlcJson.readApplication(EligibilityFixtures.NOMINATION_JSON);
    assertThat(mapper.writeValueAsString(award)).isEqualTo(GnlcJson.write(award));
  }

  @Test
  void evidenceThatIsBlankByTheFormatsDefinitionIsRefused() {
    DatabindException e = Failures.readFailure("{\"formatVersion\":1,\"kind\":\"MEMBERSHIP\","
        + "\"buildingBlocks\":{\"B1\":\"\\u00a0\\u3000\"}}", Application.class);
    assertThat(e.getOriginalMessage())
        .isEqualTo("buildingBlocks: \"\u00a0\u3000\" is blank: give a short description of the"
            + " evidence for B1");
    assertThat(GnlcJson.jsonPointer(e)).isEqualTo("/buildingBlocks");
  }

  @Test
  void checksTextsAndNamesAsCoreDoes() {
    assertThat(Read.checkText("note", "a\nb", false)).isEqualTo("a\nb");
    assertThatThrownBy(() -> Read.checkText("note", "a\nb", true))
        .isInstanceOf(GnlcException.class)
        .hasMessage("note: \"a\\u000ab\" must be one line, without line breaks or other control characters");
    assertThat(Read.checkText("note", "one line", true)).isEqualTo("one line");
    assertThatThrownBy(() -> Read.checkName("name", "a\u0001b"))
        .isInstanceOf(GnlcException.class).hasMessageEndingWith(" contains a control character");
    assertThatThrownBy(() -> Read.checkName("name", " a"))
        .isInstanceOf(GnlcException.class).hasMessageEndingWith(" has leading or trailing white space");
    assertThat(Read.checkName("name", "a b")).isEqualTo("a b");
  }

  @Test
  void aWriteFailureInTheFirstChildPointsAtIndexZero() {
    Condition custom = Condition.custom("mine", (application, context) -> Outcome.MET);
    DatabindException e = catchThrowableOfType(DatabindException.class,
        () -> GnlcJson.write(Condition.any(custom, Condition.member())));
    assertThat(GnlcJson.jsonPointer(e)).isEqualTo("/children/0");
    assertThat(GnlcJson.problem(e)).isEqualTo("children: the custom condition \"mine\" cannot be"
        + " serialized: custom rules are Java code and have no JSON form");
  }

  @Test
  void jacksonsUnknownPropertyIsCutToItsReason() {
    record Point(int x) {}
    DatabindException e = catchThrowableOfType(DatabindException.class,
        () -> GnlcJson.mapperBuilder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
            .readValue("{\"x\":1,\"y\":2}", Point.class));
    assertThat(GnlcJson.problem(e)).isEqualTo("Unrecognized property \"y\"");
  }

  @Test
  void jacksonsOwnUnknownPropertyMessageIsCutToo() {
    record Point(int x) {}
    DatabindException e = catchThrowableOfType(DatabindException.class,
        () -> JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
            .readValue("{\"x\":1,\"y\":2}", Point.class));
    assertThat(e.getOriginalMessage()).contains("not marked as ignorable");
    assertThat(GnlcJson.problem(e)).isEqualTo("Unrecognized property \"y\"");
  }

  @Test
  void aProblemWithoutALocationHasNone() {
    // an exception of the application's own, without a location
    DatabindException e = new DatabindException("x: \"\" must not be blank") {};
    assertThat(e.getLocation()).isNull();
    assertThat(GnlcJson.problem(e)).isEqualTo("x: \"\" must not be blank");
  }

  @Test
  void readsTheCoordinatesOfAModuleFromItsFilteredFile() {
    assertThat(Settings.coordinates(FormatMessagesTest.class, "coordinates/filtered.properties"))
        .containsExactly("1.2.3", "org.example", "example");
    assertThat(Settings.coordinates(FormatMessagesTest.class, "coordinates/unfiltered.properties"))
        .isNull();
    assertThat(Settings.coordinates(FormatMessagesTest.class, "coordinates/no-version.properties"))
        .isNull();
    assertThat(Settings.coordinates(FormatMessagesTest.class, "coordinates/missing.properties"))
        .isNull();
  }
}
