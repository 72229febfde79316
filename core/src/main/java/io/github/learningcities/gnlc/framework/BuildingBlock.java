package io.github.learningcities.gnlc.framework;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.Language;
import java.util.Locale;

/**
 * The six major building blocks of the Key Features of Learning Cities: the columns of the
 * framework, modelled on the UNESCO logo.
 *
 * <p>The codes {@code B1} to {@code B6} are defined by this project, not by UNESCO, which publishes
 * no codes for the areas of focus. Source: http://learningcities.uil.unesco.org/key-features/key-features-of-learning-cities
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum BuildingBlock {
  /** Inclusive learning in the education system. */
  INCLUSIVE_LEARNING_IN_THE_EDUCATION_SYSTEM("B1", "Inclusive learning in the education system"),
  /** Re-vitalised learning in families and communities. */
  LEARNING_IN_FAMILIES_AND_COMMUNITIES("B2", "Re-vitalised learning in families and communities"),
  /** Effective learning for and in the workplace. */
  LEARNING_FOR_AND_IN_THE_WORKPLACE("B3", "Effective learning for and in the workplace"),
  /** Extended use of modern learning technologies. */
  MODERN_LEARNING_TECHNOLOGIES("B4", "Extended use of modern learning technologies"),
  /** Enhanced quality in learning. */
  QUALITY_IN_LEARNING("B5", "Enhanced quality in learning"),
  /** A vibrant culture of learning throughout life. */
  CULTURE_OF_LEARNING_THROUGHOUT_LIFE("B6", "Vibrant culture of learning throughout life");

  private final String code;
  private final String title;

  BuildingBlock(String code, String title) {
    this.code = code;
    this.title = title;
  }

  /**
   * Returns the project-defined code, {@code B1} to {@code B6}.
   *
   * @return the code, never null
   */
  public String code() {
    return code;
  }

  /**
   * Returns the title as the Key Features write it.
   *
   * @return the title, never null
   */
  public String title() {
    return title;
  }

  /**
   * Returns the title in the language gnlc speaks for a locale ({@link Language#from(Locale)}):
   * UNESCO's own wording where it was found in that language, gnlc's own translation otherwise
   * (each bundle's header says which), and the English {@link #title()} for English and for a
   * language gnlc does not speak. In Spanish, for example:
   * "Aprendizaje inclusivo en el sistema educativo".
   *
   * @param locale  the language, not null
   * @return the title, never null
   * @throws NullPointerException if the locale is null
   */
  public String title(Locale locale) {
    return Titles.title(locale, code, title);
  }

  /**
   * Parses a building block from its code ({@code B3}) or its constant name.
   *
   * @param text  the text, not null
   * @return the building block, never null
   * @throws NullPointerException if the text is null
   * @throws GnlcException with {@link ErrorCode#INVALID_VALUE} if it names no building block
   */
  public static BuildingBlock parse(CharSequence text) {
    if (text == null) {
      throw new NullPointerException("buildingBlock");
    }
    String value = text.toString();
    for (BuildingBlock block : values()) {
      if (block.code.equals(value) || block.name().equals(value)) {
        return block;
      }
    }
    throw new GnlcException(
        ErrorCode.INVALID_VALUE, "buildingBlock", value, "is not a building block code (B1 to B6)");
  }
}
