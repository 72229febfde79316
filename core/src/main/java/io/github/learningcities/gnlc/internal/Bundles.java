package io.github.learningcities.gnlc.internal;

import io.github.learningcities.gnlc.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * Loads gnlc's UTF-8 message bundles explicitly, one file per {@link Language}, through the class
 * that owns them, so that they load on the module path as on the class path; never through
 * {@link ResourceBundle#getBundle}, whose default fallback goes to the JVM's default locale.
 */
public final class Bundles {
  private Bundles() {}

  /**
   * Loads the bundle of a language: the file {@code <baseName>_<code>.properties} beside the
   * owner class, whose missing keys are looked up in the parent.
   *
   * @param owner  the class the file lies beside, not null
   * @param baseName  the base name, such as {@code Messages}, not null
   * @param language  the language, not null
   * @param parent  the bundle missing keys come from (English), or null for none
   * @return the bundle, never null
   * @throws NullPointerException if the file does not exist
   * @throws UncheckedIOException if it cannot be read
   */
  public static ResourceBundle load(
      Class<?> owner, String baseName, Language language, @Nullable ResourceBundle parent) {
    String file = baseName + "_" + language.code() + ".properties";
    try (InputStream in = owner.getResourceAsStream(file)) {
      Objects.requireNonNull(in, file);
      return new Bundle(new InputStreamReader(in, StandardCharsets.UTF_8), parent);
    } catch (IOException e) {
      throw new UncheckedIOException(file, e);
    }
  }

  /** A properties bundle with a parent chosen by gnlc, not by {@code ResourceBundle.Control}. */
  private static final class Bundle extends PropertyResourceBundle {
    Bundle(Reader reader, @Nullable ResourceBundle parent) throws IOException {
      super(reader);
      if (parent != null) {
        setParent(parent);
      }
    }
  }
}
