package io.github.learningcities.gnlc.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class XmlTextTest {
  @Test
  void escapesTheFiveSpecialCharacters() {
    assertThat(XmlText.escape("a < b & c > \"d\" 'e'"))
        .isEqualTo("a &lt; b &amp; c &gt; &quot;d&quot; &#39;e&#39;");
  }

  @Test
  void keepsTextAndSupplementaryCharacters() {
    assertThat(XmlText.escape("Réseau l’UNESCO \t\n 😀")).isEqualTo("Réseau l’UNESCO \t\n 😀");
  }

  @Test
  void replacesWhatXmlCannotHold() {
    assertThat(XmlText.escape("a\u0000b\u001bc\uFFFEd\uD800e\uDC00"))
        .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFD");
  }

  @Test
  void markupEscapesAttributesAndText() {
    Markup m = new Markup().element("a", "x < y", "href", "https://e.org/?a=1&b=\"2\"");
    assertThat(m.toString())
        .isEqualTo("<a href=\"https://e.org/?a=1&amp;b=&quot;2&quot;\">x &lt; y</a>");
  }

  @Test
  void aStyleSheetMayHoldNeitherLessThanSignsNorAmpersands() {
    assertThat(new Markup().style("a > b { color: red }").toString())
        .isEqualTo("<style>a > b { color: red }</style>");
    assertThatThrownBy(() -> new Markup().style("a::after { content: \"&\" }"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Markup().style("a { } ]]> b { }"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Markup().style("</style><script>"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void coordinatesHaveAtMostOneDecimalInEveryLocale() {
    assertThat(Markup.num(12)).isEqualTo("12");
    assertThat(Markup.num(12.04)).isEqualTo("12");
    assertThat(Markup.num(12.25)).isEqualTo("12.3");
    assertThat(Markup.num(-0.5)).isEqualTo("-0.5");
    assertThat(Markup.num(1e-9)).isEqualTo("0");
  }
}
