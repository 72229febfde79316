package io.github.learningcities.gnlc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.Language;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Bundles are read as UTF-8 and fall back to the parent gnlc chooses, nothing else. */
class BundlesTest {
  @Test
  void aKeyMissingInALanguageComesFromItsParent() {
    ResourceBundle english = Bundles.load(BundlesTest.class, "Fallback", Language.ENGLISH, null);
    ResourceBundle spanish =
        Bundles.load(BundlesTest.class, "Fallback", Language.SPANISH, english);
    assertThat(spanish.getString("greeting")).isEqualTo("¡Hola!");
    assertThat(spanish.getString("only.english")).isEqualTo("Only in English");
    assertThat(spanish.containsKey("only.english")).isTrue();
  }

  @Test
  void aBundleWithoutParentHasOnlyItsOwnKeys() {
    ResourceBundle spanish = Bundles.load(BundlesTest.class, "Fallback", Language.SPANISH, null);
    assertThat(spanish.keySet()).containsExactly("greeting");
    assertThatThrownBy(() -> spanish.getString("only.english"))
        .isInstanceOf(MissingResourceException.class);
  }

  @Test
  void aMissingFileIsNamed() {
    assertThatThrownBy(() -> Bundles.load(BundlesTest.class, "Fallback", Language.RUSSIAN, null))
        .isInstanceOf(NullPointerException.class).hasMessage("Fallback_ru.properties");
  }
}
