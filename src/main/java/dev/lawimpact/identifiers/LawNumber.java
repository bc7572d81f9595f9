package dev.lawimpact.identifiers;

import dev.lawimpact.numerals.Numerals;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A law number (法令番号) such as 平成十一年法律第百二十八号: era, year, kind (法律, 政令, 総務省令 …) and
 * number. number is 0 for numberless instruments (昭和二十一年憲法). Parses e-Gov's AmendLawNum
 * spelling too (平成一三年一一月一六日法律第一二一号: positional digits and a promulgation date).
 */
public record LawNumber(Era era, int year, String kind, int number) {

  private static final Pattern FORM = Pattern.compile(
      "^(明治|大正|昭和|平成|令和)([〇一二三四五六七八九十百千0-9０-９]+|元)年"
          + "(?:[〇一二三四五六七八九十百千0-9０-９元]+月[〇一二三四五六七八九十百千0-9０-９]+日)?"
          + "(.+?)(?:第([〇一二三四五六七八九十百千万0-9０-９]+)号)?$"); // 万: format() writes numbers up to MAX_KANJI

  public LawNumber {
    if (era == null || kind == null || kind.isBlank()) throw new IllegalArgumentException("era and kind required");
    // An era year has two digits (as in the law id); the number must be writable in kanji.
    if (year < 1 || year > 99 || number < 0 || number > Numerals.MAX_KANJI) {
      throw new IllegalArgumentException("bad year/number: " + year + "/" + number);
    }
  }

  public static Optional<LawNumber> parse(String text) {
    if (text == null) return Optional.empty();
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) return Optional.empty();
    Era era = Era.fromKanji(m.group(1)).orElseThrow();
    OptionalInt year = "元".equals(m.group(2)) ? OptionalInt.of(1) : Numerals.parse(m.group(2));
    String kind = m.group(3);
    OptionalInt num = m.group(4) == null ? OptionalInt.of(0) : Numerals.parse(m.group(4));
    if (year.isEmpty() || num.isEmpty() || year.getAsInt() < 1 || year.getAsInt() > 99
        || num.getAsInt() > Numerals.MAX_KANJI || !kind.matches("[^0-9０-９第号□]+")) {
      return Optional.empty();
    }
    if (num.getAsInt() == 0 && m.group(4) != null) return Optional.empty();
    return Optional.of(new LawNumber(era, year.getAsInt(), kind, num.getAsInt()));
  }

  /** Canonical spelling, as in {@code <LawNum>}: 平成十一年法律第百二十八号, 令和元年法律第一号. */
  public String format() {
    String y = year == 1 ? "元" : Numerals.toKanji(year); // statutes write 平成元年, 令和元年
    return era.kanji + y + "年" + kind + (number > 0 ? "第" + Numerals.toKanji(number) + "号" : "");
  }

  /**
   * A short ASCII key for URLs and provision paths: era letter, year, kind code, number
   * (H11L128 = 平成十一年法律第百二十八号). Ministerial ordinances share "M" and rules "R", so two
   * ministries' ordinances of the same year and number collide; callers disambiguate.
   */
  public String key() {
    return "" + era.letter + year + kindCode() + number;
  }

  private String kindCode() {
    return switch (kind) {
      case "法律" -> "L";
      case "政令" -> "C";
      case "勅令" -> "I";
      case "憲法" -> "K";
      default -> kind.endsWith("省令") || kind.endsWith("府令") ? "M" : kind.endsWith("規則") ? "R" : "O";
    };
  }

  @Override
  public String toString() {
    return format();
  }
}
