package io.github.learningcities.gnlc.json.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.learningcities.gnlc.framework.BuildingBlock;
import io.github.learningcities.gnlc.framework.FundamentalCondition;
import io.github.learningcities.gnlc.framework.GuidingDocument;
import io.github.learningcities.gnlc.framework.WiderBenefit;
import io.github.learningcities.gnlc.eligibility.Application;
import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.eligibility.RuleSet;
import io.github.learningcities.gnlc.json.GnlcJson;
import io.github.learningcities.gnlc.json.NetworkSummary;
import io.github.learningcities.gnlc.network.CallWindow;
import io.github.learningcities.gnlc.network.City;
import io.github.learningcities.gnlc.network.CityId;
import io.github.learningcities.gnlc.network.Cohort;
import io.github.learningcities.gnlc.network.Coverage;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.network.NetworkStatistics;
import io.github.learningcities.gnlc.network.ReportedTotal;
import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.place.UnescoRegion;
import io.github.learningcities.gnlc.sdg.LinkSubject;
import io.github.learningcities.gnlc.sdg.SdgCatalogue;
import io.github.learningcities.gnlc.sdg.SdgGoal;
import io.github.learningcities.gnlc.sdg.SdgLink;
import io.github.learningcities.gnlc.sdg.SdgTarget;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Fuzz targets of the JSON readers (issue 7): one {@code @FuzzTest} per reader, each over its own
 * seed folder {@code src/test/resources/io/github/learningcities/gnlc/json/reliability/
 * JsonReadersFuzzTestInputs/<method>/}. What a finding is: see {@link Fuzzing}.
 *
 * <p>Later readers (applications, rule sets, decisions) add a method here, or in a class of their
 * own with its own {@code <Class>Inputs} folder, following {@link #readNetwork}.
 */
class JsonReadersFuzzTest {
  /**
   * The types {@link #readValue} reads, picked by the input's first byte (modulo the size); the
   * seeds depend on this order, so only append.
   */
  static final List<Class<?>> VALUE_TYPES = List.of(
      CountryCode.class, UnescoRegion.class, CityId.class, BuildingBlock.class,
      WiderBenefit.class, FundamentalCondition.class, GuidingDocument.class, SdgGoal.class,
      SdgTarget.class, LinkSubject.class, SdgLink.class, CallWindow.class, Cohort.class,
      ReportedTotal.class, Coverage.class, NetworkStatistics.class, SdgCatalogue.class);

  @FuzzTest
  void readNetwork(byte[] input) {
    Network read = Fuzzing.read(input, GnlcJson::readNetwork);
    Fuzzing.roundTrip(input, read, GnlcJson::writeNetwork, GnlcJson::readNetwork);
  }

  @FuzzTest
  void readCity(byte[] input) {
    City read = Fuzzing.readText(input, json -> GnlcJson.read(json, City.class));
    Fuzzing.roundTrip(input, read, GnlcJson::write, json -> GnlcJson.read(json, City.class));
  }

  @FuzzTest
  void readSdgLinks(byte[] input) {
    List<SdgLink> read = Fuzzing.read(input, GnlcJson::readSdgLinks);
    Fuzzing.roundTrip(input, read, GnlcJson::writeSdgLinks, GnlcJson::readSdgLinks);
  }

  @FuzzTest
  void readApplications(byte[] input) {
    List<Application> read = Fuzzing.read(input, GnlcJson::readApplications);
    Fuzzing.roundTrip(input, read, GnlcJson::writeApplications, GnlcJson::readApplications);
  }

  @FuzzTest
  void readRuleSet(byte[] input) {
    RuleSet read = Fuzzing.readText(input, json -> GnlcJson.read(json, RuleSet.class));
    Fuzzing.roundTrip(input, read, GnlcJson::write, json -> GnlcJson.read(json, RuleSet.class));
  }

  @FuzzTest
  void readDecisions(byte[] input) {
    List<Decision> read = Fuzzing.read(input, GnlcJson::readDecisions);
    Fuzzing.roundTrip(
        input, read, decisions -> GnlcJson.writeDecisions(decisions, Locale.FRENCH),
        GnlcJson::readDecisions);
  }

  @FuzzTest
  void readNetworkSummary(byte[] input) {
    NetworkSummary read =
        Fuzzing.readText(input, json -> GnlcJson.read(json, NetworkSummary.class));
    Fuzzing.roundTrip(
        input, read, GnlcJson::write, json -> GnlcJson.read(json, NetworkSummary.class));
  }

  /** Every other value type: the first byte picks one of {@link #VALUE_TYPES}, the rest is JSON. */
  @FuzzTest
  void readValue(byte[] input) {
    if (input.length == 0) {
      return;
    }
    Class<?> type = VALUE_TYPES.get((input[0] & 0xff) % VALUE_TYPES.size());
    byte[] json = Arrays.copyOfRange(input, 1, input.length);
    Object read = Fuzzing.read(json, in -> GnlcJson.read(in, type));
    Fuzzing.roundTrip(input, read, GnlcJson::write, text -> GnlcJson.read(text, type));
  }
}
