package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Validates JSON against the schemas shipped in the jar, resolved from the class path. */
final class Schemas {
  static final String BASE = "https://learningcities.github.io/gnlc/schema/1/";
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder
                  .schemaRegistryConfig(
                      SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                  .schemaIdResolvers(
                      resolvers ->
                          resolvers.mapPrefix(BASE, "classpath:" + GnlcJson.SCHEMA_DIRECTORY)));
  private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

  private Schemas() {}

  /**
   * Returns the schema errors of a JSON text.
   *
   * @param ref  a schema file and optional fragment, such as {@code network.schema.json} or
   *     {@code network.schema.json#/$defs/city}
   */
  static List<String> errors(String ref, String json) {
    Schema schema =
        CACHE.computeIfAbsent(ref, r -> REGISTRY.getSchema(SchemaLocation.of(BASE + r)));
    List<Error> errors = schema.validate(json, InputFormat.JSON);
    return errors.stream().map(Error::toString).collect(Collectors.toList());
  }

  static void assertValid(String ref, String json) {
    assertThat(errors(ref, json)).as("schema errors of %s against %s", json, ref).isEmpty();
  }

  static void assertInvalid(String ref, String json) {
    assertThat(errors(ref, json)).as("schema errors of %s against %s", json, ref).isNotEmpty();
  }
}
