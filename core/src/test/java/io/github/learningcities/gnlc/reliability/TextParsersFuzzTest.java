package io.github.learningcities.gnlc.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.Language;
import io.github.learningcities.gnlc.internal.Tsv;
import io.github.learningcities.gnlc.network.CityId;
import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.place.UnescoRegion;
import io.github.learningcities.gnlc.sdg.SdgGoal;
import io.github.learningcities.gnlc.sdg.SdgTarget;
import java.io.ByteArrayInputStream;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fuzz targets of core's text parsers (issue 7). Each documents one exception, {@link
 * GnlcException}; a parsed value must print back to the text it came from and parse to itself.
 *
 * <p>Seeds: {@code src/test/resources/io/github/learningcities/gnlc/reliability/
 * TextParsersFuzzTestInputs/<method>/}. Fuzz one target: {@code scripts/fuzz.sh 60 core
 * TextParsersFuzzTest#cityIdOf}.
 */
class TextParsersFuzzTest {
  /** The columns of the TSV target: one per cell parser of {@link Tsv.Row}. */
  static final String[] TSV_HEADER = {"text", "date", "year", "count", "url"};

  /** The countries, indexed by the first byte of a {@link #cityIdOf} input. */
  private static final List<CountryCode> COUNTRIES = countries();

  private static List<CountryCode> countries() {
    List<CountryCode> countries = new ArrayList<>();
    for (String iso : Locale.getISOCountries()) {
      countries.add(CountryCode.of(iso));
    }
    return List.copyOf(countries);
  }

  @FuzzTest
  void countryCodeOf(byte[] input) {
    String text = Fuzzing.text(input);
    CountryCode code = Fuzzing.check(input, () -> CountryCode.of(text), GnlcException.class);
    if (code != null) {
      Fuzzing.law(code.code().equalsIgnoreCase(text), "of(text).code() equals text, ignoring case", input);
    }
  }

  @FuzzTest
  void countryCodeParse(byte[] input) {
    String text = Fuzzing.text(input);
    CountryCode code = Fuzzing.check(input, () -> CountryCode.parse(text), GnlcException.class);
    if (code != null) {
      Fuzzing.law(code.toString().equals(text), "parse(text).toString() equals text", input);
      Fuzzing.law(CountryCode.isValid(text), "isValid(text) after parse(text)", input);
    } else {
      Fuzzing.law(!CountryCode.isValid(text), "!isValid(text) when parse(text) fails", input);
    }
  }

  @FuzzTest
  void sdgTargetParse(byte[] input) {
    String text = Fuzzing.text(input);
    SdgTarget target = Fuzzing.check(input, () -> SdgTarget.parse(text), GnlcException.class);
    if (target != null) {
      Fuzzing.law(target.toString().equals(text), "parse(text).toString() equals text", input);
      Fuzzing.law(target.goal().targets().contains(target), "a target is one of its goal's", input);
    }
  }

  @FuzzTest
  void sdgGoalParse(byte[] input) {
    String text = Fuzzing.text(input);
    SdgGoal goal = Fuzzing.check(input, () -> SdgGoal.parse(text), GnlcException.class);
    if (goal != null) {
      Fuzzing.law(goal.toString().equals(text), "parse(text).toString() equals text", input);
    }
  }

  @FuzzTest
  void cityIdParse(byte[] input) {
    String text = Fuzzing.text(input);
    CityId id = Fuzzing.check(input, () -> CityId.parse(text), GnlcException.class);
    if (id != null) {
      Fuzzing.law(id.toString().equals(text), "parse(text).toString() equals text", input);
      Fuzzing.law(id.country().code().equalsIgnoreCase(text.substring(0, 2)), "country()", input);
    }
  }

  /** The first byte picks a country; the rest is the name, in UTF-8. */
  @FuzzTest
  void cityIdOf(byte[] input) {
    if (input.length == 0) {
      return;
    }
    CountryCode country = COUNTRIES.get((input[0] & 0xff) % COUNTRIES.size());
    String name = new String(input, 1, input.length - 1, java.nio.charset.StandardCharsets.UTF_8);
    CityId id = Fuzzing.check(input, () -> CityId.of(country, name), GnlcException.class);
    if (id != null) {
      CityId reparsed = Fuzzing.check(input, () -> CityId.parse(id.toString()));
      Fuzzing.law(id.equals(reparsed), "parse(of(country, name).toString()) equals the id", input);
      Fuzzing.law(id.country().equals(country), "of(country, name).country() is country", input);
      Fuzzing.law(id.equals(CityId.of(country, name)), "of(country, name) is stable", input);
    }
  }

  @FuzzTest
  void unescoRegionParse(byte[] input) {
    String text = Fuzzing.text(input);
    UnescoRegion region = Fuzzing.check(input, () -> UnescoRegion.parse(text), GnlcException.class);
    if (region != null) {
      Fuzzing.law(region.name().equals(text) || region.displayName().equals(text),
          "parse(text) is the region of that name", input);
    }
  }

  /** An Accept-Language header never fails, and a language gnlc parses prints back to itself. */
  @FuzzTest
  void languageNegotiateAndParse(byte[] input) {
    String text = Fuzzing.text(input);
    Language negotiated = Fuzzing.check(input, () -> Language.negotiate(text));
    Fuzzing.law(negotiated != null, "negotiate(text) always answers", input);
    Language parsed = Fuzzing.check(input, () -> Language.parse(text), GnlcException.class);
    if (parsed != null) {
      Fuzzing.law(parsed.code().equals(text) || parsed.name().equals(text),
          "parse(text) is the language of that code or name", input);
      Fuzzing.law(Language.negotiate(parsed.code()) == parsed, "negotiate(code) is parse(code)",
          input);
    }
  }

  /**
   * The embedded-data reader on arbitrary bytes, then every cell parser (dates, years, counts,
   * addresses) on every row it accepted. {@code Tsv.read} documents {@link GnlcException} (its
   * {@code DataFileException}) and, for bytes that are not UTF-8, the decoder's
   * {@link CharacterCodingException}.
   */
  @FuzzTest
  void tsvRead(byte[] input) {
    Tsv tsv = Fuzzing.check(input,
        () -> Tsv.read("fuzz.tsv", new ByteArrayInputStream(input), TSV_HEADER),
        GnlcException.class, CharacterCodingException.class);
    if (tsv == null) {
      return;
    }
    for (Tsv.Row row : tsv.rows()) {
      Fuzzing.check(input, () -> row.optional("text"), GnlcException.class);
      Fuzzing.check(input, () -> row.date("date"), GnlcException.class);
      Fuzzing.check(input, () -> row.year("year"), GnlcException.class);
      Fuzzing.check(input, () -> row.count("count"), GnlcException.class);
      Fuzzing.check(input, () -> row.optionalCount("count"), GnlcException.class);
      Fuzzing.check(input, () -> row.url("url"), GnlcException.class);
    }
  }
}
