package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.json.format.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.core.JsonParser;

/** The engine of the codec tables on a toy polymorphic family of shapes. */
class ObjectCodecTest {
  interface Shape {
    Kind kind();
  }

  record Circle(int radius) implements Shape {
    @Override
    public Kind kind() {
      return Kind.CIRCLE;
    }
  }

  record Square(int side) implements Shape {
    @Override
    public Kind kind() {
      return Kind.SQUARE;
    }
  }

  enum Kind { CIRCLE, SQUARE, TRIANGLE }

  private static final ObjectCodec<Shape> SHAPE = ObjectCodec.<Shape, Void>of(Shape.class, "shape")
      .discriminator("type", Shape::kind)
      .opt("radius", Read.COUNT, s -> ((Circle) s).radius(), null)
      .opt("side", Read.COUNT, s -> ((Square) s).side(), null)
      .opt("label", Read.STRING, s -> null, null)
      .variant(Kind.CIRCLE, "radius", v -> new Circle(v.<Integer>get("radius")))
      .variant(Kind.SQUARE, "side?", v -> new Square(v.<Integer>opt("side").orElse(1)))
      .build();

  private static final Settings SETTINGS = new Settings(true, 256, 64);

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .addModule(new SimpleModule().addDeserializer(Shape.class, new ValueDeserializer<Shape>() {
        @Override
        public Shape deserialize(JsonParser p, DeserializationContext ctxt) {
          return SHAPE.read(new In(new JacksonReader(p, ctxt), SETTINGS), "shape");
        }
      }).addSerializer(Shape.class, Adapter.serializer(Shape.class, SHAPE, SETTINGS)))
      .build();

  @Test
  void readsAKnownNameAnywhereInTheObject() {
    assertThat(MAPPER.readValue("{\"type\":\"SQUARE\",\"side\":3}", Shape.class))
        .isEqualTo(new Square(3));
    assertThat(MAPPER.readValue("{\"radius\":2,\"label\":\"x\",\"type\":\"CIRCLE\"}", Shape.class))
        .isEqualTo(new Circle(2));
  }

  @Test
  void rejectsAnUnknownNameListingTheKnownOnes() {
    Throwable e = catchThrowable(() -> MAPPER.readValue("{\"type\":\"TRIANGLE\"}", Shape.class));
    assertThat(e)
        .isInstanceOf(InvalidTypeIdException.class)
        .hasMessageContaining("type: \"TRIANGLE\" is not a known type")
        .hasMessageContaining("known: CIRCLE, SQUARE");
    assertThat(((InvalidTypeIdException) e).getTypeId()).isEqualTo("TRIANGLE");
  }

  @Test
  void writesTheVariantsNameFirstAndOnlyItsProperties() {
    assertThat(MAPPER.writeValueAsString(new Circle(2))).isEqualTo("{\"type\":\"CIRCLE\",\"radius\":2}");
    assertThat(MAPPER.writeValueAsString(new Square(3))).isEqualTo("{\"type\":\"SQUARE\",\"side\":3}");
    assertThat(SHAPE.allowedIn(Kind.CIRCLE)).containsExactly("type", "radius", "label");
    assertThat(SHAPE.requiredIn(Kind.CIRCLE)).containsExactly("type", "radius");
    assertThat(SHAPE.requiredIn(Kind.SQUARE)).containsExactly("type");
  }

  @Test
  void refusesAPropertyOfAnotherVariantBeforeOrAfterTheName() {
    assertThatThrownBy(() -> MAPPER.readValue("{\"side\":1,\"type\":\"CIRCLE\",\"radius\":1}", Shape.class))
        .isInstanceOf(UnrecognizedPropertyException.class).hasMessageContaining("\"side\"");
    assertThatThrownBy(() -> MAPPER.readValue("{\"type\":\"CIRCLE\",\"side\":1}", Shape.class))
        .isInstanceOf(UnrecognizedPropertyException.class).hasMessageContaining("\"side\"");
    assertThatThrownBy(() -> MAPPER.readValue("{\"type\":\"CIRCLE\"}", Shape.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("radius: a value is required but the property is missing");
  }

  @Test
  void refusesAVariantTwiceOrAPropertyNoRowHas() {
    assertThatThrownBy(() -> ObjectCodec.<Shape, Void>of(Shape.class, "shape")
            .discriminator("type", Shape::kind)
            .variant(Kind.CIRCLE, "", v -> new Circle(1))
            .variant(Kind.CIRCLE, "", v -> new Circle(2)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ObjectCodec.<Shape, Void>of(Shape.class, "shape")
            .discriminator("type", Shape::kind)
            .variant(Kind.CIRCLE, "diameter", v -> new Circle(1))
            .build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("diameter");
  }
  // The tables above are static constants, built once per JVM; the tests below build theirs
  // afresh, so that what the constructor computes (the masks of the variants) is tested too.

  /** A codec that checks: it refuses to write a negative number, or fails on -99. */
  private static final Codec<Integer> CHECKED = new Codec<>() {
    @Override
    public Integer read(In in, String field) {
      if (in.p.currentToken() == Token.VALUE_STRING) {
        throw new IllegalStateException("strings break this codec");
      }
      return Read.count(in.p, field);
    }

    @Override
    public void write(Integer value, Out out) {
      out.gen.writeNumber(value);
    }

    @Override
    public boolean checks() {
      return true;
    }

    @Override
    public void check(Integer value, Out out) {
      if (value == -99) {
        throw new IllegalStateException("-99 breaks this codec");
      }
      if (value < 0) {
        throw out.gen.failure("negative: " + value);
      }
    }
  };

  private static ObjectCodec<Shape> freshShapes() {
    return ObjectCodec.<Shape, Void>of(Shape.class, "shape")
        .discriminator("type", Shape::kind)
        .opt("radius", CHECKED, s -> ((Circle) s).radius(), null)
        .opt("side", CHECKED, s -> ((Square) s).side(), null)
        .opt("label", Read.STRING, s -> null, null)
        .variant(Kind.CIRCLE, "radius", v -> {
          if (v.<Integer>get("radius") == 13) {
            throw new GnlcException(ErrorCode.INVALID_VALUE, "side", 13, "is unlucky");
          }
          if (v.<Integer>get("radius") == 14) {
            throw v.invalidAt("radius", "radius: 14 is too round");
          }
          if (v.<Integer>get("radius") == 15) {
            throw new IllegalStateException("15 breaks the builder");
          }
          return new Circle(v.<Integer>get("radius"));
        })
        .variant(Kind.SQUARE, "side?", v -> new Square(v.<Integer>opt("side").orElse(1)))
        .variant(Kind.TRIANGLE, "", v -> new Square(3))
        .build();
  }

  private static JsonMapper mapper(ObjectCodec<Shape> codec, Settings settings) {
    return JsonMapper.builder()
        .addModule(new SimpleModule().addDeserializer(Shape.class, new ValueDeserializer<Shape>() {
          @Override
          public Shape deserialize(JsonParser p, DeserializationContext ctxt) {
            JacksonReader reader = new JacksonReader(p, ctxt);
            if (p.currentName() != null && p.currentName().equals("at")) {
              reader.nextToken(); // start at the first property name, as after a buffered type id
            }
            return codec.read(new In(reader, settings), "shape");
          }
        }).addSerializer(Shape.class, Adapter.serializer(Shape.class, codec, settings)))
        .build();
  }

  record Holder(Shape at) {}

  @Test
  void aFreshTableAllowsAndRequiresWhatItsVariantsName() {
    ObjectCodec<Shape> shapes = freshShapes();
    assertThat(shapes.variants()).containsExactly(Kind.CIRCLE, Kind.SQUARE, Kind.TRIANGLE);
    assertThat(shapes.allowedIn(Kind.CIRCLE)).containsExactly("type", "radius", "label");
    assertThat(shapes.allowedIn(Kind.SQUARE)).containsExactly("type", "side", "label");
    assertThat(shapes.allowedIn(Kind.TRIANGLE)).containsExactly("type", "label");
    assertThat(shapes.requiredIn(Kind.CIRCLE)).containsExactly("type", "radius");
    assertThat(shapes.requiredIn(Kind.SQUARE)).containsExactly("type");
    assertThat(shapes.requiredIn(Kind.TRIANGLE)).containsExactly("type");
    assertThat(shapes.field()).isEqualTo("shape");
    assertThat(shapes.type()).isEqualTo(Shape.class);
    assertThat(shapes.checks()).isTrue();
    assertThat(shapes.expected()).isEqualTo("an object");
  }

  @Test
  void aFreshTableWithoutVariantsAllowsEveryPropertyAndChecksOnlyWhatItsCodecsCheck() {
    ObjectCodec<Circle> circles = ObjectCodec.<Circle, Void>of(Circle.class, "circle")
        .req("radius", Read.COUNT, Circle::radius, null)
        .opt("label", Read.STRING, c -> null, null)
        .build(v -> new Circle(v.<Integer>get("radius")));
    assertThat(circles.variants()).isEmpty();
    assertThat(circles.allowedIn(null)).containsExactly("radius", "label");
    assertThat(circles.requiredIn(null)).containsExactly("radius");
    assertThat(circles.checks()).isFalse();
    assertThat(ListCodec.of(Read.STRING).checks()).isFalse();
    assertThat(ListCodec.of(CHECKED).checks()).isTrue();
    assertThat(Read.STRING.checks()).isFalse();
    assertThat(ObjectCodec.<Circle, Void>of(Circle.class, "circle")
        .opt("radii", ListCodec.of(CHECKED), c -> null, null)
        .build(v -> new Circle(1)).checks()).isTrue();
  }

  @Test
  void aTableOfSixtyFourPropertiesRequiresOnlyItsRequiredOnes() {
    ObjectCodec.Table<Circle, Void> table = ObjectCodec.of(Circle.class, "circle");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      names.add("p" + i);
      if (i == 0) {
        table.req("p0", Read.COUNT, Circle::radius, null);
      } else {
        table.opt("p" + i, Read.COUNT, c -> null, null);
      }
    }
    ObjectCodec<Circle> wide = table.build(v -> new Circle(v.<Integer>get("p0")));
    assertThat(wide.requiredIn(null)).containsExactly("p0");
    assertThat(wide.allowedIn(null)).isEqualTo(names);
  }

  @Test
  void aFreshTableReadsAndWritesItsVariants() {
    JsonMapper mapper = mapper(freshShapes(), SETTINGS);
    assertThat(mapper.readValue("{\"type\":\"CIRCLE\",\"radius\":2,\"label\":\"x\"}", Shape.class))
        .isEqualTo(new Circle(2));
    assertThat(mapper.readValue("{\"side\":4,\"type\":\"SQUARE\"}", Shape.class))
        .isEqualTo(new Square(4));
    assertThat(mapper.writeValueAsString(new Circle(2))).isEqualTo("{\"type\":\"CIRCLE\",\"radius\":2}");
    assertThat(mapper.writeValueAsString(new Square(3))).isEqualTo("{\"type\":\"SQUARE\",\"side\":3}");
    assertThatThrownBy(() -> mapper.readValue("{\"type\":\"CIRCLE\"}", Shape.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("radius: a value is required but the property is missing");
    assertThatThrownBy(() -> mapper.readValue("{\"type\":\"CIRCLE\",\"side\":1}", Shape.class))
        .isInstanceOf(UnrecognizedPropertyException.class).hasMessageContaining("\"side\"");
    assertThatThrownBy(() -> mapper.readValue("{\"side\":1,\"type\":\"CIRCLE\"}", Shape.class))
        .isInstanceOf(UnrecognizedPropertyException.class).hasMessageContaining("\"side\"");
  }

  @Test
  void readsFromTheFirstPropertyName() {
    JsonMapper mapper = mapper(freshShapes(), SETTINGS);
    assertThat(mapper.readValue("{\"at\":{\"type\":\"SQUARE\",\"side\":5}}", Holder.class))
        .isEqualTo(new Holder(new Square(5)));
  }

  @Test
  void aCoreRejectionPointsAtAPropertyOnlyWhereTheVariantAllowsIt() {
    JsonMapper mapper = mapper(freshShapes(), SETTINGS);
    DatabindException e = catchThrowableOfType(DatabindException.class,
        () -> mapper.readValue("{\"type\":\"CIRCLE\",\"radius\":13}", Shape.class));
    assertThat(e).hasMessageContaining("side: \"13\" is unlucky");
    assertThat(GnlcJson.jsonPointer(e)).isEmpty();
  }

  @Test
  void aProblemTheBuilderReportsKeepsItsMessageAndPath() {
    JsonMapper mapper = mapper(freshShapes(), SETTINGS);
    MismatchedInputException e = catchThrowableOfType(MismatchedInputException.class,
        () -> mapper.readValue("{\"type\":\"CIRCLE\",\"radius\":14}", Shape.class));
    assertThat(e.getOriginalMessage()).isEqualTo("radius: 14 is too round");
    assertThat(GnlcJson.jsonPointer(e)).isEqualTo("/radius");
  }

  @Test
  void aBuilderOrCodecThatBreaksIsReportedAsNotBuilt() {
    JsonMapper mapper = mapper(freshShapes(), SETTINGS);
    DatabindException e = catchThrowableOfType(DatabindException.class,
        () -> mapper.readValue("{\"type\":\"CIRCLE\",\"radius\":15}", Shape.class));
    assertThat(e.getOriginalMessage()).isEqualTo("shape: the value could not be built");
    assertThat(e).hasRootCauseMessage("15 breaks the builder");
    DatabindException p = catchThrowableOfType(DatabindException.class,
        () -> mapper.readValue("{\"type\":\"CIRCLE\",\"radius\":\"x\"}", Shape.class));
    assertThat(p.getOriginalMessage()).isEqualTo("radius: the value could not be built");
    assertThat(p).hasRootCauseMessage("strings break this codec");
    assertThat(GnlcJson.jsonPointer(p)).isEqualTo("/radius");
  }

  @Test
  void checksOnlyThePropertiesOfTheValuesVariant() {
    JsonMapper mapper = mapper(freshShapes(), SETTINGS);
    DatabindException e = catchThrowableOfType(DatabindException.class,
        () -> mapper.writeValueAsString(new Square(-2)));
    assertThat(e.getOriginalMessage()).isEqualTo("negative: -2");
    assertThat(GnlcJson.jsonPointer(e)).isEqualTo("/side");
    // a failure that is not the writer's own passes through unchanged
    Throwable broken = catchThrowable(() -> mapper.writeValueAsString(new Circle(-99)));
    assertThat(broken).isInstanceOf(IllegalStateException.class)
        .hasMessage("-99 breaks this codec");
  }
}
