package dev.lawimpact.identifiers;

import dev.lawimpact.numerals.Numerals;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The address of one node of a law: law id plus segments such as {@code a6_2-p2-i3-s1}
 * (第六条の二第二項第三号イ). It is the Lucene document id, the URL segment, the citation target and
 * the comparison key, so its string form must round-trip exactly: {@link #parse(String)} of
 * {@link #toString()} gives back an equal path.
 *
 * <p>Segment numbers follow e-Gov's Num attribute: {@code 6_2} for a branch number (の二),
 * {@code 10:11} for an article range (削除 ranges), and an optional {@code .n} suffix that the
 * reader adds when a Num repeats among siblings. Supplementary provisions are keyed by their
 * amending law ({@code spH13L121}); the original enactment's 附則 is plain {@code sp}.
 */
public record ProvisionPath(LawId lawId, List<Segment> segments) {

  /** Kinds of addressable nodes, each with its segment prefix (lower-case letters only). */
  public enum Kind {
    PREAMBLE("pr"),
    SUPPL("sp"),
    ARTICLE("a"),
    PARAGRAPH("p"),
    ITEM("i"),
    /** Subitem1 … Subitem10; the level is the count of consecutive SUBITEM segments. */
    SUBITEM("s"),
    APPDX_TABLE("at"),
    APPDX_NOTE("an"),
    APPDX_STYLE("as"),
    APPDX_FORMAT("afm"),
    APPDX_FIG("af"),
    APPDX("ap");

    public final String prefix;

    Kind(String prefix) {
      this.prefix = prefix;
    }

    static Optional<Kind> fromPrefix(String p) {
      for (Kind k : values()) if (k.prefix.equals(p)) return Optional.of(k);
      return Optional.empty();
    }
  }

  // Number parts have at most eight digits, the most a label can spell in kanji (9999万9999).
  private static final String NUMBER = "[0-9]{1,8}(?:_[0-9]{1,8})*(?::[0-9]{1,8}(?:_[0-9]{1,8})*)?";
  private static final Pattern BARE_NUM = Pattern.compile(NUMBER);
  private static final Pattern NUM = Pattern.compile("(?:" + NUMBER + ")?(?:\\.[0-9]{1,8})?");
  private static final Pattern SUPPL_KEY = Pattern.compile("(?:[MTSHR][0-9]{1,2}[A-Z][0-9]{1,8})?(?:\\.[0-9]{1,8})?");
  private static final Pattern SEGMENT = Pattern.compile("([a-z]+)(.*)");

  /** One step of a path: its kind and number (may be empty, e.g. the single 別表 or original 附則). */
  public record Segment(Kind kind, String num) {
    public Segment {
      if (kind == null || num == null) throw new IllegalArgumentException("kind and num required");
      Pattern p = kind == Kind.SUPPL ? SUPPL_KEY : NUM;
      if (!p.matcher(num).matches()) throw new IllegalArgumentException("bad " + kind + " number: " + num);
    }

    @Override
    public String toString() {
      return kind.prefix + num;
    }
  }

  public ProvisionPath {
    if (lawId == null) throw new IllegalArgumentException("law id required");
    segments = List.copyOf(segments);
  }

  /**
   * True for a number in e-Gov Num form that a segment accepts without its {@code .n} suffix:
   * {@code 6}, {@code 6_2}, {@code 10:11}, each part at most eight digits. Readers check a Num
   * with this before making a segment of it.
   */
  public static boolean isNum(String num) {
    return num != null && BARE_NUM.matcher(num).matches();
  }

  public static ProvisionPath of(LawId lawId) {
    return new ProvisionPath(lawId, List.of());
  }

  public ProvisionPath child(Kind kind, String num) {
    List<Segment> s = new ArrayList<>(segments.size() + 1);
    s.addAll(segments);
    s.add(new Segment(kind, num));
    return new ProvisionPath(lawId, s);
  }

  public Optional<ProvisionPath> parent() {
    return segments.isEmpty()
        ? Optional.empty()
        : Optional.of(new ProvisionPath(lawId, segments.subList(0, segments.size() - 1)));
  }

  public boolean isWholeLaw() {
    return segments.isEmpty();
  }

  public Optional<Segment> last() {
    return segments.isEmpty() ? Optional.empty() : Optional.of(segments.get(segments.size() - 1));
  }

  /** The first segment of the given kind, e.g. the article of a paragraph path. */
  public Optional<Segment> find(Kind kind) {
    return segments.stream().filter(s -> s.kind == kind).findFirst();
  }

  /** True when this path equals {@code other} or lies inside it. */
  public boolean isWithin(ProvisionPath other) {
    return lawId.equals(other.lawId)
        && segments.size() >= other.segments.size()
        && segments.subList(0, other.segments.size()).equals(other.segments);
  }

  /** The in-law part: {@code a4-p1}; empty for the whole law. */
  public String local() {
    StringBuilder sb = new StringBuilder();
    for (Segment s : segments) {
      if (!sb.isEmpty()) sb.append('-');
      sb.append(s);
    }
    return sb.toString();
  }

  /** {@code 359AC0000000086/a4-p1}, or just the law id for the whole law. */
  @Override
  public String toString() {
    return segments.isEmpty() ? lawId.value() : lawId.value() + "/" + local();
  }

  public static ProvisionPath parse(String s) {
    if (s == null || s.isEmpty()) throw new IllegalArgumentException("empty provision path");
    int slash = s.indexOf('/');
    LawId law = new LawId(slash < 0 ? s : s.substring(0, slash));
    if (slash < 0) return of(law);
    // The whole law is written without a slash; accepting "id/" too would give one path two spellings.
    if (slash == s.length() - 1) throw new IllegalArgumentException("nothing after '/' in provision path " + s);
    return parseLocal(law, s.substring(slash + 1));
  }

  /** Parses the in-law part ({@code a4-p1}); throws IllegalArgumentException saying what is wrong. */
  public static ProvisionPath parseLocal(LawId law, String local) {
    if (local == null || local.isEmpty()) return of(law);
    List<Segment> segs = new ArrayList<>();
    for (String part : local.split("-", -1)) {
      Matcher m = SEGMENT.matcher(part);
      if (!m.matches()) throw new IllegalArgumentException("bad path segment '" + part + "' in " + local);
      Kind k = Kind.fromPrefix(m.group(1))
          .orElseThrow(() -> new IllegalArgumentException("unknown segment kind '" + m.group(1) + "' in " + local));
      try {
        segs.add(new Segment(k, m.group(2)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("bad path segment '" + part + "' in " + local + ": " + e.getMessage(), e);
      }
    }
    return new ProvisionPath(law, segs);
  }

  /**
   * The Japanese citation of the in-law part: 第六条の二第二項第三号イ, 附則第二条, 別表第一.
   * For amending 附則 with non-法律 amending instruments the kind is not recoverable from the key,
   * so callers with the tree at hand should prefer the node's own label.
   */
  public String label() {
    StringBuilder sb = new StringBuilder();
    int subLevel = 0;
    for (Segment s : segments) {
      String n = stripDup(s.num);
      subLevel = s.kind == Kind.SUBITEM ? subLevel + 1 : 0;
      switch (s.kind) {
        case PREAMBLE -> sb.append("前文");
        case SUPPL -> sb.append("附則").append(n.isEmpty() ? "" : "（" + supplKeyLabel(n) + "）");
        case ARTICLE -> sb.append(unitLabel(n, "条"));
        case PARAGRAPH -> sb.append(unitLabel(n, "項"));
        case ITEM -> sb.append(unitLabel(n, "号"));
        case SUBITEM -> sb.append(subitemLabel(subLevel, n));
        case APPDX_TABLE -> sb.append(appendixLabel("別表", n));
        case APPDX_NOTE -> sb.append(appendixLabel("別記", n));
        case APPDX_STYLE -> sb.append(appendixLabel("様式", n));
        case APPDX_FORMAT -> sb.append(appendixLabel("書式", n));
        case APPDX_FIG -> sb.append(appendixLabel("別図", n));
        case APPDX -> sb.append(appendixLabel("付録", n));
      }
    }
    return sb.toString();
  }

  private static String stripDup(String num) {
    int dot = num.indexOf('.');
    return dot < 0 ? num : num.substring(0, dot);
  }

  /** 第六条の二, 第三号の二; a range as 第十条から第十一条まで; the bare unit when there is no number. */
  static String unitLabel(String num, String unit) {
    if (num.isEmpty()) return unit;
    int colon = num.indexOf(':');
    if (colon >= 0) {
      return unitLabel(num.substring(0, colon), unit) + "から" + unitLabel(num.substring(colon + 1), unit) + "まで";
    }
    String[] parts = num.split("_", 2); // the branch follows the unit: 第六条の二, not 第六の二条
    return "第" + Numerals.toKanji(Integer.parseInt(parts[0])) + unit
        + (parts.length > 1 ? "の" + Numerals.branchToKanji(parts[1]) : "");
  }

  /** 別表第一, 別表第一の二; a range as 別表第一から別表第三まで; 別表 alone when unnumbered. */
  private static String appendixLabel(String name, String num) {
    if (num.isEmpty()) return name;
    int colon = num.indexOf(':');
    if (colon >= 0) {
      return appendixLabel(name, num.substring(0, colon)) + "から" + appendixLabel(name, num.substring(colon + 1)) + "まで";
    }
    return name + "第" + Numerals.branchToKanji(num);
  }

  /** イ, （１）, （ｉ） by level; a range as イからホまで. */
  private static String subitemLabel(int level, String num) {
    if (num.isEmpty()) return "";
    int colon = num.indexOf(':');
    if (colon >= 0) {
      return subitemLabel(level, num.substring(0, colon)) + "から" + subitemLabel(level, num.substring(colon + 1)) + "まで";
    }
    String[] parts = num.split("_", 2);
    int n = Integer.parseInt(parts[0]);
    String head = switch (level) {
      case 1 -> n == 0 ? "〇" : Numerals.toIroha(n);
      case 3 -> "（" + roman(n) + "）";
      default -> "（" + Numerals.toFullWidth(n) + "）";
    };
    return parts.length > 1 ? head + "の" + Numerals.branchToKanji(parts[1]) : head;
  }

  /** Lower-case full-width roman numerals, the e-Gov style for Subitem3 (（ｉ）, （ｉｉ） …). */
  private static String roman(int n) {
    String[] r = {"ｉ", "ｉｉ", "ｉｉｉ", "ｉｖ", "ｖ", "ｖｉ", "ｖｉｉ", "ｖｉｉｉ", "ｉｘ", "ｘ"};
    return n >= 1 && n <= r.length ? r[n - 1] : Numerals.toFullWidth(n);
  }

  private static final Pattern SUPPL_KEY_PARTS = Pattern.compile("([MTSHR])([0-9]+)([A-Z])([0-9]+)");

  private static String supplKeyLabel(String key) {
    Matcher m = SUPPL_KEY_PARTS.matcher(key);
    if (!m.matches()) return key;
    Era era = Era.fromLetter(m.group(1).charAt(0)).orElseThrow();
    String kind = switch (m.group(3)) {
      case "L" -> "法律";
      case "C" -> "政令";
      case "I" -> "勅令";
      case "K" -> "憲法";
      default -> ""; // M, R, O: which ministry's ordinance or whose rule is not in the key
    };
    int year = Integer.parseInt(m.group(2));
    int number = Integer.parseInt(m.group(4));
    return era.kanji + (year == 1 ? "元" : Numerals.toKanji(year)) + "年" + kind
        + (number > 0 ? "第" + Numerals.toKanji(number) + "号" : ""); // 0: numberless, e.g. 昭和二十一年憲法
  }
}
