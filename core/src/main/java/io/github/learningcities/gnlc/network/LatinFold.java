package io.github.learningcities.gnlc.network;

import org.jspecify.annotations.Nullable;

/**
 * Folds names written in the Latin-1 Supplement and Latin Extended-A and -B blocks (U+0080 to
 * U+024F) for {@link CityId} without the JDK's Unicode normaliser, whose first use costs a
 * start-up several milliseconds: each character stands for what {@link CityId} keeps of its
 * compatibility decomposition (NFKD), after the replacements {@code CityId} makes first (such as
 * {@code ø} by {@code o}): its ASCII letters and digits, combining marks dropped and anything else
 * a space. {@code LatinFoldTest} checks every entry against {@link java.text.Normalizer}.
 */
final class LatinFold {
  /** The first code point past the table. */
  static final char END = '\u0250';

  /** What each character from U+0080 folds to. */
  private static final String[] FOLD = {
      " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ",
      " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ",
      " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", "a", " ", " ", " ", " ", " ",
      " ", " ", "2", "3", " ", " ", " ", " ", " ", "1", "o", " ", "1 4", "1 2", "3 4", " ",
      "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I", "I",
      " ", "N", "O", "O", "O", "O", "O", " ", "O", "U", "U", "U", "U", "Y", " ", "ss",
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
      " ", "n", "o", "o", "o", "o", "o", " ", "o", "u", "u", "u", "u", "y", " ", "y",
      "A", "a", "A", "a", "A", "a", "C", "c", "C", "c", "C", "c", "C", "c", "D", "d",
      "D", "d", "E", "e", "E", "e", "E", "e", "E", "e", "E", "e", "G", "g", "G", "g",
      "G", "g", "G", "g", "H", "h", " ", " ", "I", "i", "I", "i", "I", "i", "I", "i",
      "I", "i", "IJ", "ij", "J", "j", "K", "k", " ", "L", "l", "L", "l", "L", "l", "L ",
      "l ", "L", "l", "N", "n", "N", "n", "N", "n", " n", " ", " ", "O", "o", "O", "o",
      "O", "o", " ", " ", "R", "r", "R", "r", "R", "r", "S", "s", "S", "s", "S", "s",
      "S", "s", "T", "t", "T", "t", " ", " ", "U", "u", "U", "u", "U", "u", "U", "u",
      "U", "u", "U", "u", "W", "w", "Y", "y", "Y", "Z", "z", "Z", "z", "Z", "z", "s",
      " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ",
      " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ",
      "O", "o", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", "U",
      "u", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ",
      " ", " ", " ", " ", "DZ", "Dz", "dz", "LJ", "Lj", "lj", "NJ", "Nj", "nj", "A", "a", "I",
      "i", "O", "o", "U", "u", "U", "u", "U", "u", "U", "u", "U", "u", " ", "A", "a",
      "A", "a", " ", " ", " ", " ", "G", "g", "K", "k", "O", "o", "O", "o", " ", " ",
      "j", "DZ", "Dz", "dz", "G", "g", " ", " ", "N", "n", "A", "a", " ", " ", " ", " ",
      "A", "a", "A", "a", "E", "e", "E", "e", "I", "i", "I", "i", "O", "o", "O", "o",
      "R", "r", "R", "r", "U", "u", "U", "u", "S", "s", "T", "t", " ", " ", "H", "h",
      " ", " ", " ", " ", " ", " ", "A", "a", "E", "e", "O", "o", "O", "o", "O", "o",
      "O", "o", "Y", "y", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ",
      " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " "
  };

  private LatinFold() {}

  /**
   * Folds a name, its ASCII characters as they are.
   *
   * @param name  the name
   * @return the folded name, or null when it holds a character from U+0250 on
   */
  static @Nullable String fold(String name) {
    StringBuilder folded = new StringBuilder(name.length() + 8);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x80) {
        folded.append(c);
      } else if (c < END) {
        folded.append(FOLD[c - 0x80]);
      } else {
        return null;
      }
    }
    return folded.toString();
  }
}
