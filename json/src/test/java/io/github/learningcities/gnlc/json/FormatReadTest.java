package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.learningcities.gnlc.eligibility.Condition;
import io.github.learningcities.gnlc.json.format.Codec;
import io.github.learningcities.gnlc.json.format.In;
import io.github.learningcities.gnlc.json.format.MapCodec;
import io.github.learningcities.gnlc.json.format.NetworkCodecs;
import io.github.learningcities.gnlc.place.UnescoRegion;
import java.util.Map;
import io.github.learningcities.gnlc.json.format.ListCodec;
import io.github.learningcities.gnlc.json.format.Problems;
import io.github.learningcities.gnlc.json.format.Read;
import io.github.learningcities.gnlc.json.format.Settings;
import io.github.learningcities.gnlc.json.format.TokenReader;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * json-format's readers called directly on a Jackson parser (through this module's
 * {@link JacksonReader}): the values of the slow paths, the replacements problem handlers give,
 * and the values handlers are told.
 */
class FormatReadTest {
  /** What a probe read returns. */
  record Box(@Nullable Object value) {}

  /** Reads a document with a reader function, through a mapper with an optional handler. */
  private static @Nullable Object probe(String json, Function<TokenReader, ?> read,
      @Nullable DeserializationProblemHandler handler) {
    JsonMapper.Builder builder = JsonMapper.builder()
        .addModule(new SimpleModule().addDeserializer(Box.class, new ValueDeserializer<Box>() {
          @Override
          public Box deserialize(JsonParser p, DeserializationContext ctxt) {
            return new Box(read.apply(new JacksonReader(p, ctxt)));
          }
        }));
    if (handler != null) {
      builder.addHandler(handler);
    }
    return builder.build().readValue(json, Box.class).value();
  }

  private static @Nullable Object probe(String json, Function<TokenReader, ?> read) {
    return probe(json, read, null);
  }

  private static MismatchedInputException failure(String json, Function<TokenReader, ?> read) {
    return catchThrowableOfType(MismatchedInputException.class, () -> probe(json, read));
  }

  /** Replaces every wrong token with a value, and records the numbers handlers are told. */
  private static final class Replacing extends DeserializationProblemHandler {
    final Object replacement;
    final List<Number> numbers = new ArrayList<>();

    Replacing(Object replacement) {
      this.replacement = replacement;
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType,
        JsonToken t, JsonParser p, String failureMsg) {
      return replacement;
    }

    @Override
    public Object handleWeirdNumberValue(
        DeserializationContext ctxt, Class<?> targetType, Number value, String failureMsg) {
      numbers.add(value);
      return replacement;
    }
  }

  @Test
  void wholeNumbersInAnyNotationReadAsCountsAndYears() {
    assertThat(probe("7.0", p -> Read.count(p, "n"))).isEqualTo(7);
    assertThat(probe("0.0", p -> Read.count(p, "n"))).isEqualTo(0);
    assertThat(probe("2147483647.0", p -> Read.count(p, "n"))).isEqualTo(Integer.MAX_VALUE);
    assertThat(probe("7.0", p -> Read.longCount(p, "n"))).isEqualTo(7L);
    assertThat(probe("2021.0", p -> Read.year(p, "y"))).isEqualTo(Year.of(2021));
    assertThat(probe("9999", p -> Read.year(p, "y"))).isEqualTo(Year.of(9999));
    assertThat(failure("2147483648.0", p -> Read.count(p, "n")))
        .hasMessageContaining("n: 2147483648.0 is too large (at most 2147483647)");
  }

  @Test
  void handlersAreToldTheNumberUpToTenToTheThirtieth() {
    BigInteger ten = BigInteger.TEN;
    for (String text : List.of("1e29", "1e30", "1e31", "-1e31")) {
      Replacing handler = new Replacing(5);
      assertThat(probe(text, p -> Read.count(p, "n"), handler)).as(text).isEqualTo(5);
      assertThat(handler.numbers).as(text).hasSize(1);
      BigInteger told = (BigInteger) handler.numbers.get(0);
      BigInteger expected = switch (text) {
        case "1e29" -> ten.pow(29);
        case "-1e31" -> ten.pow(30).negate();
        default -> ten.pow(30);
      };
      assertThat(told).as(text).isEqualTo(expected);
    }
  }

  @Test
  void handlersReplaceWrongTokens() {
    assertThat(probe("1", p -> Read.string(p, "s"), new Replacing("replaced"))).isEqualTo("replaced");
    assertThat(probe("1", p -> Read.bool(p, "b"), new Replacing(Boolean.TRUE))).isEqualTo(true);
    assertThat(probe("1", p -> Read.bool(p, "b"), new Replacing(Boolean.FALSE))).isEqualTo(false);
    assertThat(probe("\"x\"", p -> Read.count(p, "n"), new Replacing(7))).isEqualTo(7);
    assertThat(probe("\"x\"", p -> Read.longCount(p, "n"), new Replacing(7L))).isEqualTo(7L);
    assertThat(probe("-3", p -> Read.longCount(p, "n"), new Replacing(8L))).isEqualTo(8L);
    assertThat(probe("\"x\"", p -> Read.formatVersion(p, "formatVersion"), new Replacing(1)))
        .isEqualTo(1);
    assertThat(probe("2", p -> Read.formatVersion(p, "formatVersion"), new Replacing(1)))
        .isEqualTo(1);
    assertThat(probe("1", p -> Read.formatVersion(p, "formatVersion"))).isEqualTo(1);
    assertThat(probe("1", p -> ListCodec.of(Read.STRING).read(new In(p, Settings.DEFAULT), "l"),
        new Replacing(List.of("a")))).isEqualTo(List.of("a"));
    Codec<?> perRegion = NetworkCodecs.STATISTICS.codecs().get("citiesPerRegion");
    assertThat(perRegion).isInstanceOf(MapCodec.class);
    assertThat(perRegion.expected()).isEqualTo("an object");
    assertThat(probe("1", p -> perRegion.read(new In(p, Settings.DEFAULT), "citiesPerRegion"),
        new Replacing(Map.of(UnescoRegion.AFRICA, 1)))).isEqualTo(Map.of(UnescoRegion.AFRICA, 1));
  }

  @Test
  void aHandlerCanReplaceACountGivenAsAString() {
    // a count read through a handler's Integer: was a ClassCastException (Integer to Long)
    JsonMapper lenient = GnlcJson.mapperBuilder().addHandler(new Replacing(1)).build();
    Condition read = lenient.readValue("{\"type\":\"AT_LEAST_OF\",\"count\":\"one\","
        + "\"children\":[{\"type\":\"MEMBER\"}]}", Condition.class);
    assertThat(read).isEqualTo(Condition.atLeastOf(1, List.of(Condition.member())));
  }

  @Test
  void aReplacementOfAPrimitiveTypeMayBeItsWrapper() {
    assertThat(probe("\"x\"", p -> Problems.<Integer>wrongToken(p, int.class, "n", "a number"),
        new Replacing(3))).isEqualTo(3);
    assertThat(probe("\"x\"", p -> Problems.<Long>wrongToken(p, long.class, "n", "a number"),
        new Replacing(3L))).isEqualTo(3L);
    assertThat(probe("\"x\"", p -> Problems.<Boolean>wrongToken(p, boolean.class, "b", "a flag"),
        new Replacing(true))).isEqualTo(true);
  }

  @Test
  void datesAreDigitsInIsoForm() {
    assertThat(probe("\"2024-02-29\"", p -> Read.date(p, "d"))).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(probe("\"0000-01-01\"", p -> Read.date(p, "d"))).isEqualTo(LocalDate.of(0, 1, 1));
    for (String bad : List.of("2024-00-01", "2024-01-00", "2023-02-29")) {
      assertThat(failure("\"" + bad + "\"", p -> Read.date(p, "d")))
          .as(bad)
          .hasMessageContaining("d: \"" + bad + "\" is not a date in ISO-8601 form yyyy-mm-dd")
          .hasCauseInstanceOf(DateTimeException.class);
    }
    for (String bad : List.of("9+99-01-01", "2a20-01-01", "2020-1a-01", "2020-01-1/")) {
      assertThat(failure("\"" + bad + "\"", p -> Read.date(p, "d")))
          .as(bad)
          .hasMessageContaining("d: \"" + bad + "\" is not a date in ISO-8601 form yyyy-mm-dd")
          .hasNoCause();
    }
  }

  @Test
  void describesEveryToken() {
    JsonMapper mapper = JsonMapper.builder().build();
    List<String> described = new ArrayList<>();
    probe("0", p -> {
      try (JsonParser other = mapper.createParser("{\"a\":[null,true,false,\"s\",1,2.5,{}]}")) {
        JacksonReader reader = new JacksonReader(other, null);
        assertThat(reader.currentToken()).isNull();
        described.add(Problems.describe(reader));
        while (reader.nextToken() != null) {
          described.add(Problems.describe(reader));
        }
      }
      return null;
    });
    assertThat(described).containsExactly("the end of the input", "an object",
        "the property \"a\"", "an array", "null", "true", "false", "the string \"s\"",
        "the number 1", "the number 2.5", "an object", "the end of an object or array",
        "the end of an object or array", "the end of an object or array");
  }
}
