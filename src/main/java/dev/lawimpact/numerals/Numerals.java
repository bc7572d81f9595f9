package dev.lawimpact.numerals;

import java.util.OptionalInt;

/**
 * The one place for the numerals that Japanese statutes use: kanji numbers (百二十八, and the
 * positional form 一二一 found in e-Gov's AmendLawNum attributes), full-width and ASCII digits,
 * iroha letters for 号 subdivisions, and branch numbers (第六条の二 = "6_2" in e-Gov's Num).
 */
public final class Numerals {

  private static final String DIGITS = "〇一二三四五六七八九";
  /** Traditional iroha order, as used for Subitem1 (イ, ロ, ハ …). */
  private static final String IROHA =
      "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス";

  private Numerals() {}

  /** The largest value {@link #toKanji} writes: 9999万9999 (statutes never need 億). */
  public static final int MAX_KANJI = 99_999_999;

  /** Kanji for 0..99,999,999 in statute style: 十, 百, 千 without a leading 一; 一万 with it. */
  public static String toKanji(int value) {
    if (value < 0 || value > MAX_KANJI) throw new IllegalArgumentException("out of range for kanji numerals: " + value);
    if (value == 0) return "〇";
    StringBuilder sb = new StringBuilder();
    int man = value / 10_000;
    int rest = value % 10_000;
    if (man > 0) {
      sb.append(below10000(man)).append('万');
    }
    sb.append(below10000(rest));
    return sb.toString();
  }

  private static String below10000(int v) {
    StringBuilder sb = new StringBuilder();
    int[] units = {1000, 100, 10};
    char[] names = {'千', '百', '十'};
    for (int i = 0; i < units.length; i++) {
      int d = v / units[i];
      v %= units[i];
      if (d == 0) continue;
      if (d > 1) sb.append(DIGITS.charAt(d));
      sb.append(names[i]);
    }
    if (v > 0) sb.append(DIGITS.charAt(v));
    return sb.toString();
  }

  /**
   * Parses kanji (百二十八, 千九百, 一万二千), positional kanji (一二一, 二〇), full-width or ASCII digits.
   * Returns empty for anything else, including an empty string, units out of order or repeated
   * (十十, 十百, 一万一万), and digits of different scripts mixed in one number (1２, 十2).
   */
  public static OptionalInt parse(String s) {
    if (s == null || s.isEmpty()) return OptionalInt.empty();
    for (int i = 0; i < s.length(); i++) {
      if ("十百千万".indexOf(s.charAt(i)) >= 0) return parseWithUnits(s);
    }
    return parsePositional(s);
  }

  /** 一二一, 121, １２１: up to nine digits, all of one script. */
  private static OptionalInt parsePositional(String s) {
    if (s.length() > 9) return OptionalInt.empty();
    int script = script(s.charAt(0));
    int v = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (script(c) != script || script < 0) return OptionalInt.empty();
      v = v * 10 + digitValue(c);
    }
    return OptionalInt.of(v);
  }

  /** 0 ASCII, 1 full-width, 2 kanji (〇…九, 零), -1 not a digit. */
  private static int script(char c) {
    if (c >= '0' && c <= '9') return 0;
    if (c >= '０' && c <= '９') return 1;
    return c == '零' || DIGITS.indexOf(c) >= 0 ? 2 : -1;
  }

  /**
   * 百二十八, 一万二千: kanji digits 一…九 each followed by a unit, units strictly falling within
   * each 万 section, 万 at most once. 〇 and non-kanji digits do not belong in this notation.
   */
  private static OptionalInt parseWithUnits(String s) {
    int total = 0;
    int section = 0;
    int lastUnit = 10_000; // units inside a section must fall: 千 before 百 before 十
    int pending = -1;
    boolean man = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int d = DIGITS.indexOf(c);
      if (d >= 1) {
        if (pending >= 0) return OptionalInt.empty(); // two digits in a row inside unit notation
        pending = d;
        continue;
      }
      int unit = switch (c) {
        case '十' -> 10;
        case '百' -> 100;
        case '千' -> 1000;
        case '万' -> 10_000;
        default -> -1;
      };
      if (unit < 0) return OptionalInt.empty();
      if (unit == 10_000) {
        if (man) return OptionalInt.empty();
        man = true;
        if (pending >= 0) section += pending;
        if (section == 0) return OptionalInt.empty();
        total = section * 10_000;
        section = 0;
        lastUnit = 10_000;
      } else {
        if (unit >= lastUnit) return OptionalInt.empty();
        section += (pending < 0 ? 1 : pending) * unit;
        lastUnit = unit;
      }
      pending = -1;
    }
    if (pending >= 0) section += pending;
    return OptionalInt.of(total + section);
  }

  /** Value of one digit character in any of the three scripts, or -1. */
  public static int digitValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= '０' && c <= '９') return c - '０';
    if (c == '零') return 0;
    return DIGITS.indexOf(c);
  }

  /** True for characters that can appear inside a number written in any script. */
  public static boolean isNumeralChar(char c) {
    return digitValue(c) >= 0 || "十百千万".indexOf(c) >= 0;
  }

  /** Iroha letter for 1-based n (イ = 1); beyond the 47 letters e-Gov repeats (イイ …), not seen in practice. */
  public static String toIroha(int n) {
    if (n < 1) throw new IllegalArgumentException("iroha index must be positive: " + n);
    if (n <= IROHA.length()) return String.valueOf(IROHA.charAt(n - 1));
    return toIroha((n - 1) / IROHA.length()) + IROHA.charAt((n - 1) % IROHA.length());
  }

  /** 1-based index of an iroha letter (イ = 1), or empty. Accepts half-width-free katakana only. */
  public static OptionalInt parseIroha(String s) {
    if (s == null || s.isEmpty()) return OptionalInt.empty();
    int v = 0;
    for (int i = 0; i < s.length(); i++) {
      int idx = IROHA.indexOf(s.charAt(i));
      if (idx < 0 || v > MAX_KANJI) return OptionalInt.empty(); // the bound also keeps v from overflowing
      v = v * IROHA.length() + idx + 1;
    }
    return OptionalInt.of(v);
  }

  /** Full-width digits for n (used in （１） labels). */
  public static String toFullWidth(int n) {
    if (n < 0) throw new IllegalArgumentException("negative: " + n);
    String ascii = Integer.toString(n);
    StringBuilder sb = new StringBuilder(ascii.length());
    for (int i = 0; i < ascii.length(); i++) sb.append((char) ('０' + (ascii.charAt(i) - '0')));
    return sb.toString();
  }

  /**
   * A branch number in e-Gov Num form ("6", "6_2", "6_2_3") as kanji with の: 六, 六の二, 六の二の三.
   * Range forms ("10:11") are not branch numbers; callers format those separately.
   */
  public static String branchToKanji(String num) {
    if (num == null || !num.matches("[0-9]{1,8}(?:_[0-9]{1,8})*")) {
      throw new IllegalArgumentException("not a branch number: " + num);
    }
    String[] parts = num.split("_", -1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) sb.append('の');
      sb.append(toKanji(Integer.parseInt(parts[i])));
    }
    return sb.toString();
  }

  /**
   * Parses 六の二 / ６の２ / 6の2 / 6-2 / 6_2 (and the older 十一ノ二) into e-Gov Num form "6_2";
   * empty if not a number or a branch is 〇.
   */
  public static java.util.Optional<String> parseBranch(String s) {
    if (s == null || s.isEmpty()) return java.util.Optional.empty();
    String[] parts = s.split("[のノ之_\\-－‐]", -1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      OptionalInt v = parse(parts[i]);
      if (v.isEmpty() || v.getAsInt() > MAX_KANJI || (i > 0 && v.getAsInt() == 0)) return java.util.Optional.empty();
      if (i > 0) sb.append('_');
      sb.append(v.getAsInt());
    }
    return java.util.Optional.of(sb.toString());
  }
}
