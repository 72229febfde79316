package io.github.learningcities.gnlc.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The titles of the Key Features and the Guiding Documents in every language gnlc speaks. */
class TitlesTest {
  private static List<String> keys() {
    List<String> keys = new ArrayList<>();
    for (WiderBenefit benefit : WiderBenefit.values()) {
      keys.add(benefit.code());
    }
    for (BuildingBlock block : BuildingBlock.values()) {
      keys.add(block.code());
    }
    for (FundamentalCondition condition : FundamentalCondition.values()) {
      keys.add(condition.code());
    }
    for (GuidingDocument document : GuidingDocument.values()) {
      keys.add(document.name());
    }
    return keys;
  }

  private static List<String> titles(Locale locale) {
    List<String> titles = new ArrayList<>();
    for (WiderBenefit benefit : WiderBenefit.values()) {
      titles.add(benefit.title(locale));
    }
    for (BuildingBlock block : BuildingBlock.values()) {
      titles.add(block.title(locale));
    }
    for (FundamentalCondition condition : FundamentalCondition.values()) {
      titles.add(condition.title(locale));
    }
    for (GuidingDocument document : GuidingDocument.values()) {
      titles.add(document.title(locale));
    }
    return titles;
  }

  @ParameterizedTest
  @EnumSource(value = Language.class, mode = EnumSource.Mode.EXCLUDE, names = "ENGLISH")
  void everyLanguageTitlesEveryAreaAndDocument(Language language) {
    ResourceBundle bundle = Titles.load(language);
    assertThat(new TreeSet<>(bundle.keySet())).isEqualTo(new TreeSet<>(keys()));
    List<String> english = titles(Locale.ENGLISH);
    List<String> translated = titles(language.locale());
    for (int i = 0; i < english.size(); i++) {
      assertThat(translated.get(i)).as(keys().get(i)).isNotBlank()
          .isNotEqualTo(english.get(i)).doesNotContain("'", "《", "«");
    }
    assertThat(translated).doesNotHaveDuplicates();
  }

  @Test
  void englishAndUnspokenLanguagesGetTheEnglishTitle() {
    assertThat(titles(Locale.ENGLISH)).isEqualTo(titles(Locale.forLanguageTag("pt-BR")))
        .isEqualTo(titles(Locale.ROOT));
    assertThat(BuildingBlock.QUALITY_IN_LEARNING.title(Locale.UK))
        .isEqualTo(BuildingBlock.QUALITY_IN_LEARNING.title());
  }

  @Test
  void titlesInTheLanguagesOfTheNetwork() {
    assertThat(GuidingDocument.KEY_FEATURES.title(Locale.FRENCH))
        .isEqualTo("Référentiel de la ville apprenante");
    assertThat(GuidingDocument.BEIJING_DECLARATION.title(Locale.forLanguageTag("es-AR")))
        .isEqualTo("Declaración de Beijing sobre la Creación de Ciudades del Aprendizaje");
    assertThat(GuidingDocument.KEY_FEATURES.title(new Locale("ar")))
        .isEqualTo("الملامح الرئيسية لمدن التعلّم");
    assertThat(GuidingDocument.BEIJING_DECLARATION.title(Locale.CHINA))
        .isEqualTo("建设学习型城市北京宣言");
    assertThat(WiderBenefit.SUSTAINABLE_DEVELOPMENT.title(new Locale("ru")))
        .isEqualTo("Устойчивое развитие");
  }

  @Test
  void aNullLocaleIsRefusedByName() {
    assertThatThrownBy(() -> WiderBenefit.SUSTAINABLE_DEVELOPMENT.title(null))
        .isInstanceOf(NullPointerException.class).hasMessage("locale");
  }
}
