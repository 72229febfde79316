package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.json.format.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
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
}
