package dev.lawimpact.identifiers;

import java.util.Optional;

/** Japanese eras used in law numbers and e-Gov law ids (digit = the law id's first character). */
public enum Era {
  MEIJI(1, "明治", "Meiji", 'M'),
  TAISHO(2, "大正", "Taisho", 'T'),
  SHOWA(3, "昭和", "Showa", 'S'),
  HEISEI(4, "平成", "Heisei", 'H'),
  REIWA(5, "令和", "Reiwa", 'R');

  public final int digit;
  public final String kanji;
  /** The value of e-Gov's {@code <Law Era="…">} attribute. */
  public final String egovName;
  public final char letter;

  Era(int digit, String kanji, String egovName, char letter) {
    this.digit = digit;
    this.kanji = kanji;
    this.egovName = egovName;
    this.letter = letter;
  }

  public static Optional<Era> fromKanji(String s) {
    for (Era e : values()) if (e.kanji.equals(s)) return Optional.of(e);
    return Optional.empty();
  }

  public static Optional<Era> fromEgovName(String s) {
    for (Era e : values()) if (e.egovName.equalsIgnoreCase(s)) return Optional.of(e);
    return Optional.empty();
  }

  public static Optional<Era> fromDigit(int d) {
    for (Era e : values()) if (e.digit == d) return Optional.of(e);
    return Optional.empty();
  }

  public static Optional<Era> fromLetter(char c) {
    for (Era e : values()) if (e.letter == c) return Optional.of(e);
    return Optional.empty();
  }
}
