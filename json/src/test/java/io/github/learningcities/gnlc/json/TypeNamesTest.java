package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/** The closed registry of type names, on a toy family of shapes. */
class TypeNamesTest {
  interface Shape {}

  record Circle() implements Shape {}

  record Square() implements Shape {}

  enum Kind { CIRCLE, SQUARE, TRIANGLE }

  private static final TypeNames<Kind> NAMES =
      TypeNames.<Kind>builder(Shape.class, "type")
          .add("circle", Kind.CIRCLE)
          .add("square", Kind.SQUARE)
          .build();

  /** Reads {@code "circle"} or {@code "square"} through the registry. */
  static final class ShapeDeserializer extends ValueDeserializer<Shape> {
    @Override
    public Shape deserialize(JsonParser p, DeserializationContext ctxt) {
      String name = Read.string(p, ctxt, "type");
      return NAMES.key(ctxt, name) == Kind.CIRCLE ? new Circle() : new Square();
    }
  }

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .addModule(new SimpleModule().addDeserializer(Shape.class, new ShapeDeserializer()))
          .build();

  @Test
  void readsAKnownName() {
    assertThat(MAPPER.readValue("\"square\"", Shape.class)).isEqualTo(new Square());
  }

  @Test
  void rejectsAnUnknownNameListingTheKnownOnes() {
    Throwable e = catchThrowable(() -> MAPPER.readValue("\"triangle\"", Shape.class));
    assertThat(e)
        .isInstanceOf(InvalidTypeIdException.class)
        .hasMessageContaining("type: \"triangle\" is not a known type")
        .hasMessageContaining("known: circle, square");
    assertThat(((InvalidTypeIdException) e).getTypeId()).isEqualTo("triangle");
  }

  @Test
  void namesVariants() {
    assertThat(NAMES.nameOf(Kind.CIRCLE)).contains("circle");
    assertThat(NAMES.nameOf(Kind.TRIANGLE)).isEqualTo(Optional.empty());
    assertThat(NAMES.names()).containsExactly("circle", "square");
    assertThat(NAMES.property()).isEqualTo("type");
  }

  @Test
  void refusesANameOrVariantTwice() {
    assertThatThrownBy(
            () -> TypeNames.<Kind>builder(Shape.class, "type")
                .add("circle", Kind.CIRCLE)
                .add("circle", Kind.SQUARE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> TypeNames.<Kind>builder(Shape.class, "type")
                .add("circle", Kind.CIRCLE)
                .add("round", Kind.CIRCLE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
