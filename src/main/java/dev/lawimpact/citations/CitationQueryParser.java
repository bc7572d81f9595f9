package dev.lawimpact.citations;

import dev.lawimpact.identifiers.LawId;
import dev.lawimpact.identifiers.ProvisionPath.Kind;
import dev.lawimpact.identifiers.ProvisionPath.Segment;
import dev.lawimpact.numerals.Numerals;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a search query that is a citation — a law name, optionally followed by a provision — into
 * a {@link CitationQuery}. Japanese (電気通信事業法第四条第一項, 憲法21条2項, 附則第二条, 別表第一) and
 * English (Article 21(2) of the Constitution, Radio Act Article 59) forms are read. The whole query
 * must be the citation, apart from trailing words that do not move the target (の規定, ただし書,
 * 前段 …, recorded in {@link CitationQuery#ignored()}); anything else means free text and gives empty.
 *
 * <p>A name matched only by the unique-ending rule (憲法) counts as a citation only when a provision
 * follows: on its own such a word (司法, 罰則) is far more often a free-text search.
 */
public final class CitationQueryParser {

  /** Trailing words that qualify a provision without changing which node it is. */
  private static final Pattern IGNORABLE = Pattern.compile(
      "(?:の?(?:本文|ただし書き?|但書|前段|中段|後段|柱書き?|各号列記以外の部分|各号|各項))*"
          + "(?:の規定|規定)?(?:\\([^()]*関係\\))?[。.]?");

  /** Appendix words and the path kinds the e-Gov reader gives them. */
  private record AppendixWord(String word, Kind kind) {}

  private static final List<AppendixWord> APPENDIX_WORDS = List.of(
      new AppendixWord("別表", Kind.APPDX_TABLE), new AppendixWord("別記", Kind.APPDX_NOTE),
      new AppendixWord("様式", Kind.APPDX_STYLE), new AppendixWord("書式", Kind.APPDX_FORMAT),
      new AppendixWord("別図", Kind.APPDX_FIG), new AppendixWord("付録", Kind.APPDX));

  /** Where an English provision may start when the law name comes first (Radio Act Article 59). */
  private static final Pattern EN_KEYWORD = Pattern.compile(
      "(?<![a-z])(?:supplementary provisions?|suppl\\. ?prov\\.|preamble|appended table|appendix table|attached table"
          + "|article|art\\.|art(?= ?\\d)|paragraph|para\\.)");
  private static final Pattern EN_JOIN = Pattern.compile("^[\\s,]*(?:(?:of|in|under)(?![a-z]))?\\s*");
  private static final Pattern EN_SUPPL_AFTER = Pattern.compile("^\\s*,?\\s*of the supplementary provisions?(?![a-z])");

  private final LawTitleResolver resolver;
  private final Predicate<LawId> articleless;

  /** Paragraph-only citations (第一項 with no article) are then never read as citations. */
  public CitationQueryParser(LawTitleResolver resolver) {
    this(resolver, id -> false);
  }

  /**
   * @param articleless true for laws whose main provision has paragraphs but no articles; only for
   *     those is 第一項 without an article a citation
   */
  public CitationQueryParser(LawTitleResolver resolver, Predicate<LawId> articleless) {
    this.resolver = resolver;
    this.articleless = articleless;
  }

  public Optional<CitationQuery> parse(String query) {
    if (query == null) return Optional.empty();
    String f = NameText.fold(query);
    if (f.isBlank()) return Optional.empty();
    Optional<CitationQuery> ja = japanese(query, f);
    if (ja.isPresent()) return ja;
    return NameText.hasLatinLetter(f) ? english(query, f) : Optional.empty();
  }

  // ---- Japanese ------------------------------------------------------------------------------

  private Optional<CitationQuery> japanese(String query, String f) {
    int start = skip(f, 0, " 「『\"");
    for (TitleMatch m : resolver.findTitlesAt(f, start)) {
      Resolution res = m.resolution();
      int pos = skip(f, m.end(), " 」』\"");
      // 電気通信事業法（昭和五十九年法律第八十六号）第四条: the number confirms or picks the law.
      if (pos < f.length() && f.charAt(pos) == '(') {
        int close = f.indexOf(')', pos);
        if (close > 0 && resolver.lawIdByNumber(f.substring(pos + 1, close)).isPresent()) {
          Optional<Resolution> narrowed = resolver.narrowByLawNumber(res, f.substring(pos + 1, close));
          if (narrowed.isEmpty()) continue; // the number names another law: not this reading
          res = narrowed.get();
          pos = skip(f, close + 1, " 」』\"");
        }
      }
      Optional<Ref> ref = JapaneseRef.parse(f, pos);
      if (ref.isEmpty()) continue;
      Ref r = ref.get();
      if (r.segments.isEmpty() && res.rule() == MatchRule.UNIQUE_SUFFIX) continue;
      if (r.paragraphOnly && !res.lawIds().stream().allMatch(articleless)) continue;
      return Optional.of(new CitationQuery(query, query.substring(m.start(), m.end()), res, r.segments, r.ignored));
    }
    return Optional.empty();
  }

  private static int skip(String s, int pos, String chars) {
    while (pos < s.length() && (chars.indexOf(s.charAt(pos)) >= 0 || Character.isWhitespace(s.charAt(pos)))) pos++;
    return pos;
  }

  /** A parsed provision reference: segments, whether it starts at a paragraph, and ignored trailing words. */
  private record Ref(List<Segment> segments, boolean paragraphOnly, String ignored) {}

  /** Recursive-descent reader for 附則第二条第一項第三号イ(1) and friends; spaces between parts allowed. */
  private static final class JapaneseRef {
    private final String s;
    private int pos;
    private final List<Segment> segs = new ArrayList<>();

    private JapaneseRef(String s, int pos) {
      this.s = s;
      this.pos = pos;
    }

    static Optional<Ref> parse(String s, int pos) {
      JapaneseRef p = new JapaneseRef(s, pos);
      return p.ref();
    }

    private Optional<Ref> ref() {
      boolean suppl = false;
      boolean paragraphOnly = false;
      spaces();
      if (s.startsWith("附則", pos)) {
        pos += 2;
        segs.add(new Segment(Kind.SUPPL, ""));
        suppl = true;
        spaces();
      }
      if (s.startsWith("前文", pos) && !suppl) {
        pos += 2;
        segs.add(new Segment(Kind.PREAMBLE, ""));
      } else if (appendix()) {
        // the appendix segment is added; nothing is addressed below it
      } else if (article()) {
        tail(true);
      } else if (peekParagraph()) {
        paragraphOnly = !suppl; // in 附則, paragraphs without articles are the common case
        tail(false);
      }
      // Nothing matched: a bare title (or 附則 alone) if only ignorable words follow.
      spaces();
      String rest = s.substring(pos).strip();
      while (!rest.isEmpty() && "」』\"".indexOf(rest.charAt(rest.length() - 1)) >= 0) {
        rest = rest.substring(0, rest.length() - 1).strip(); // the close of a quoted citation
      }
      if (!IGNORABLE.matcher(rest).matches()) return Optional.empty();
      return Optional.of(new Ref(segs, paragraphOnly, rest));
    }

    private void spaces() {
      while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) pos++;
    }

    private boolean appendix() {
      for (AppendixWord w : APPENDIX_WORDS) {
        if (!s.startsWith(w.word(), pos)) continue;
        int save = pos;
        pos += w.word().length();
        spaces();
        String num = "";
        int mark = pos;
        boolean dai = s.startsWith("第", pos);
        if (dai) pos++;
        Optional<String> n = numberChain();
        if (n.isPresent()) num = n.get();
        else pos = mark;
        if (n.isEmpty() && dai) {
          pos = save;
          return false;
        }
        segs.add(new Segment(w.kind(), num));
        return true;
      }
      return false;
    }

    /** [第] N [の M]* 条 [の M]*: the branch may be written before 条 (6-2条) or after (六条の二). */
    private boolean article() {
      int save = pos;
      if (s.startsWith("第", pos)) pos++;
      spaces();
      Optional<String> num = numberChain();
      if (num.isEmpty()) {
        pos = save;
        return false;
      }
      spaces();
      if (!s.startsWith("条", pos)) {
        pos = save;
        return false;
      }
      pos++;
      String n = num.get() + branches();
      segs.add(new Segment(Kind.ARTICLE, n));
      return true;
    }

    private boolean peekParagraph() {
      int save = pos;
      boolean ok = numbered("項").isPresent();
      pos = save;
      return ok;
    }

    /**
     * 項, 号 and subitems after an article (or, for article-less text, from the paragraph). An item
     * cited without a paragraph is in paragraph 1: e-Gov wraps an article's single paragraph in
     * Paragraph Num="1", and 第四条第三号 means that paragraph's item.
     */
    private void tail(boolean afterArticle) {
      spaces();
      Optional<String> para = numbered("項");
      if (para.isPresent()) segs.add(new Segment(Kind.PARAGRAPH, para.get()));
      else if (!afterArticle) return;
      spaces();
      Optional<String> item = numbered("号");
      if (item.isEmpty()) return;
      if (para.isEmpty()) segs.add(new Segment(Kind.PARAGRAPH, "1"));
      segs.add(new Segment(Kind.ITEM, item.get() + branches()));
      while (true) {
        spaces();
        Optional<String> sub = subitem();
        if (sub.isEmpty()) return;
        segs.add(new Segment(Kind.SUBITEM, sub.get()));
      }
    }

    /** [第] N [の M]* unit, e.g. 第二項, 3号, 第三号の二 (branch after 号 handled by the caller). */
    private Optional<String> numbered(String unit) {
      int save = pos;
      if (s.startsWith("第", pos)) pos++;
      spaces();
      Optional<String> n = numberChain();
      if (n.isEmpty()) {
        pos = save;
        return Optional.empty();
      }
      spaces();
      if (!s.startsWith(unit, pos)) {
        pos = save;
        return Optional.empty();
      }
      pos += unit.length();
      return n;
    }

    /** イ, ロ … (level 1), (1) / （一） (level 2), (i) (level 3), each with an optional の branch. */
    private Optional<String> subitem() {
      if (pos >= s.length()) return Optional.empty();
      int save = pos;
      OptionalInt v;
      if (s.charAt(pos) == '(') {
        int close = s.indexOf(')', pos);
        if (close < 0) return Optional.empty();
        String inner = s.substring(pos + 1, close).strip();
        v = Numerals.parse(inner);
        if (v.isEmpty()) v = Roman.parse(inner.toLowerCase(Locale.ROOT));
        if (v.isEmpty()) v = Numerals.parseIroha(inner);
        if (v.isEmpty()) return Optional.empty();
        pos = close + 1;
      } else {
        v = Numerals.parseIroha(s.substring(pos, pos + 1));
        if (v.isEmpty()) return Optional.empty();
        pos++;
      }
      if (v.getAsInt() < 1) {
        pos = save;
        return Optional.empty();
      }
      return Optional.of(v.getAsInt() + branches());
    }

    /** N with branch separators written before the unit: 6の2, 6-2, 6_2 → "6_2" (via Numerals.parseBranch). */
    private Optional<String> numberChain() {
      int end = pos;
      while (end < s.length()) {
        char c = s.charAt(end);
        if (Numerals.isNumeralChar(c)) end++;
        else if (end > pos && "の之_-‐".indexOf(c) >= 0 && end + 1 < s.length() && Numerals.isNumeralChar(s.charAt(end + 1))) end++;
        else break;
      }
      if (end == pos) return Optional.empty();
      Optional<String> num = Numerals.parseBranch(s.substring(pos, end));
      if (num.isEmpty() || num.get().startsWith("0")) return Optional.empty();
      pos = end;
      return num;
    }

    /** の M after a unit (条の二, 号の三), as "_M" per step; nothing when の is followed by words (の規定). */
    private String branches() {
      StringBuilder sb = new StringBuilder();
      while (pos < s.length() && s.charAt(pos) == 'の') {
        int save = pos;
        pos++;
        Optional<Integer> n = number();
        if (n.isEmpty()) {
          pos = save;
          break;
        }
        sb.append('_').append(n.get());
      }
      return sb.toString();
    }

    /** A positive number in kanji, full-width or ASCII digits. */
    private Optional<Integer> number() {
      int end = pos;
      while (end < s.length() && Numerals.isNumeralChar(s.charAt(end))) end++;
      if (end == pos) return Optional.empty();
      OptionalInt v = Numerals.parse(s.substring(pos, end));
      if (v.isEmpty() || v.getAsInt() < 1) return Optional.empty();
      pos = end;
      return Optional.of(v.getAsInt());
    }
  }

  // ---- English -------------------------------------------------------------------------------

  private Optional<CitationQuery> english(String query, String f) {
    String lower = f.toLowerCase(Locale.ROOT);
    int start = skip(lower, 0, " \"");
    // Article 21(2) of the Constitution
    Optional<EnglishRef> first = EnglishRef.parse(lower, start);
    if (first.isPresent()) {
      Matcher j = EN_JOIN.matcher(lower).region(first.get().end, lower.length());
      int lawStart = j.lookingAt() ? j.end() : first.get().end;
      Optional<CitationQuery> q = withLaw(query, f, lawStart, lower.length(), first.get());
      if (q.isPresent()) return q;
    }
    // Radio Act Article 59 / the Constitution, Article 21
    Matcher k = EN_KEYWORD.matcher(lower);
    while (k.find()) {
      if (k.start() <= start) continue;
      Optional<EnglishRef> ref = EnglishRef.parse(lower, k.start());
      if (ref.isEmpty() || !lower.substring(ref.get().end).matches("[\\s.]*")) continue;
      int lawEnd = k.start();
      while (lawEnd > start && (Character.isWhitespace(f.charAt(lawEnd - 1)) || f.charAt(lawEnd - 1) == ',')) lawEnd--;
      Optional<CitationQuery> q = withLaw(query, f, start, lawEnd, ref.get());
      if (q.isPresent()) return q;
    }
    // Radio Act
    Resolution whole = resolver.resolve(f);
    if (whole.isFound() && whole.rule() != MatchRule.UNIQUE_SUFFIX) {
      return Optional.of(new CitationQuery(query, query.strip(), whole, List.of(), ""));
    }
    return Optional.empty();
  }

  private Optional<CitationQuery> withLaw(String query, String f, int from, int to, EnglishRef ref) {
    if (from >= to) return Optional.empty();
    String name = f.substring(from, to).strip();
    while (name.endsWith(".") || name.endsWith(",")) name = name.substring(0, name.length() - 1).strip();
    if (name.isEmpty()) return Optional.empty();
    Resolution r = resolver.resolve(name);
    if (!r.isFound()) return Optional.empty();
    if (ref.paragraphOnly && !r.lawIds().stream().allMatch(articleless)) return Optional.empty();
    int at = f.indexOf(name, from);
    String written = at >= 0 ? query.substring(at, at + name.length()) : name;
    return Optional.of(new CitationQuery(query, written, r, ref.segments, ""));
  }

  /**
   * English provision references in the Japanese Law Translation style: Article 27-17, Article 4(1)(iii),
   * Article 4, paragraph (1), item (iii), sub-item (a), Appended Table 1, Supplementary Provisions.
   * Read on lower-cased text; parenthesised parts are placed by what came before them.
   */
  private record EnglishRef(List<Segment> segments, boolean paragraphOnly, int end) {

    private static final Pattern ARTICLE = Pattern.compile("(?:article|art\\.?)\\s*(\\d+(?:\\s*-\\s*\\d+)*)(?![\\d])");
    private static final Pattern PARAGRAPH = Pattern.compile("\\s*,?\\s*(?:paragraph|para\\.?)\\s*(?:\\(\\s*(\\d+)\\s*\\)|(\\d+))");
    private static final Pattern ITEM = Pattern.compile("\\s*,?\\s*item\\s*(?:\\(\\s*(\\d+|[ivxlc]+)\\s*\\)|(\\d+|[ivxlc]+)(?![a-z]))");
    private static final Pattern SUBITEM = Pattern.compile("\\s*,?\\s*sub-?item\\s*(?:\\(\\s*([a-z]|\\d+|[ivxlc]+)\\s*\\)|([a-z]|\\d+)(?![a-z\\d]))");
    private static final Pattern PAREN = Pattern.compile("\\s*\\(\\s*(\\d+|[a-z]+)\\s*\\)");
    private static final Pattern TABLE = Pattern.compile("(?:appended|appendix|attached) table(?:\\s*(?:no\\.)?\\s*(\\d+(?:-\\d+)*))?(?![a-z\\d])");
    private static final Pattern SUPPL = Pattern.compile("(?:supplementary provisions?|suppl\\. ?prov\\.)\\s*,?\\s*");
    private static final Pattern TOP_PARAGRAPH = Pattern.compile("(?:paragraph|para\\.?)\\s*(?:\\(\\s*(\\d+)\\s*\\)|(\\d+))");

    static Optional<EnglishRef> parse(String s, int pos) {
      List<Segment> segs = new ArrayList<>();
      Matcher m = SUPPL.matcher(s).region(pos, s.length());
      boolean suppl = m.lookingAt();
      if (suppl) {
        segs.add(new Segment(Kind.SUPPL, ""));
        pos = m.end();
      }
      boolean paragraphOnly = false;
      if (s.startsWith("preamble", pos) && !suppl) {
        segs.add(new Segment(Kind.PREAMBLE, ""));
        pos += "preamble".length();
      } else if ((m = TABLE.matcher(s).region(pos, s.length())).lookingAt()) {
        segs.add(new Segment(Kind.APPDX_TABLE, m.group(1) == null ? "" : m.group(1).replace('-', '_')));
        pos = m.end();
      } else if ((m = ARTICLE.matcher(s).region(pos, s.length())).lookingAt()) {
        segs.add(new Segment(Kind.ARTICLE, m.group(1).replaceAll("\\s*-\\s*", "_")));
        pos = m.end();
        Optional<Integer> end = parts(s, pos, segs, 0);
        if (end.isEmpty()) return Optional.empty();
        pos = end.get();
      } else if ((m = TOP_PARAGRAPH.matcher(s).region(pos, s.length())).lookingAt()) {
        segs.add(new Segment(Kind.PARAGRAPH, m.group(1) != null ? m.group(1) : m.group(2)));
        paragraphOnly = !suppl;
        Optional<Integer> end = parts(s, m.end(), segs, 1);
        if (end.isEmpty()) return Optional.empty();
        pos = end.get();
      } else if (!suppl) {
        return Optional.empty();
      }
      if (!suppl && (m = EN_SUPPL_AFTER.matcher(s).region(pos, s.length())).lookingAt()) {
        segs.add(0, new Segment(Kind.SUPPL, ""));
        paragraphOnly = false;
        pos = m.end();
      }
      return Optional.of(new EnglishRef(segs, paragraphOnly, pos));
    }

    /**
     * Paragraph, item and sub-item parts after an article. level: 0 = article only, 1 = paragraph
     * given, 2 = item given, 3+ = sub-items given. A bare (n) is a paragraph after an article and an
     * item after a paragraph; a roman (iii) is an item; a letter (a) is a sub-item of an item.
     */
    private static Optional<Integer> parts(String s, int pos, List<Segment> segs, int level) {
      while (true) {
        Matcher m;
        if ((m = PAREN.matcher(s).region(pos, s.length())).lookingAt()) {
          String tok = m.group(1);
          boolean digits = Character.isDigit(tok.charAt(0));
          OptionalInt roman = Roman.parse(tok);
          if (level == 0 && digits) {
            segs.add(new Segment(Kind.PARAGRAPH, tok));
            level = 1;
          } else if (level <= 1 && (roman.isPresent() || digits)) {
            if (level == 0) segs.add(new Segment(Kind.PARAGRAPH, "1"));
            segs.add(new Segment(Kind.ITEM, String.valueOf(digits ? Integer.parseInt(tok) : roman.getAsInt())));
            level = 2;
          } else if (level == 2 && tok.length() == 1 && !digits) {
            segs.add(new Segment(Kind.SUBITEM, String.valueOf(tok.charAt(0) - 'a' + 1)));
            level = 3;
          } else if (level >= 3 && (digits || roman.isPresent())) {
            segs.add(new Segment(Kind.SUBITEM, String.valueOf(digits ? Integer.parseInt(tok) : roman.getAsInt())));
            level++;
          } else {
            return Optional.empty();
          }
          pos = m.end();
        } else if (level == 0 && (m = PARAGRAPH.matcher(s).region(pos, s.length())).lookingAt()) {
          segs.add(new Segment(Kind.PARAGRAPH, m.group(1) != null ? m.group(1) : m.group(2)));
          level = 1;
          pos = m.end();
        } else if (level <= 1 && (m = ITEM.matcher(s).region(pos, s.length())).lookingAt()) {
          String tok = m.group(1) != null ? m.group(1) : m.group(2);
          OptionalInt v = Character.isDigit(tok.charAt(0)) ? OptionalInt.of(Integer.parseInt(tok)) : Roman.parse(tok);
          if (v.isEmpty()) return Optional.empty();
          if (level == 0) segs.add(new Segment(Kind.PARAGRAPH, "1"));
          segs.add(new Segment(Kind.ITEM, String.valueOf(v.getAsInt())));
          level = 2;
          pos = m.end();
        } else if (level >= 2 && (m = SUBITEM.matcher(s).region(pos, s.length())).lookingAt()) {
          String tok = m.group(1) != null ? m.group(1) : m.group(2);
          int v = Character.isDigit(tok.charAt(0)) ? Integer.parseInt(tok)
              : level == 2 && tok.length() == 1 ? tok.charAt(0) - 'a' + 1 : Roman.parse(tok).orElse(-1);
          if (v < 1) return Optional.empty();
          segs.add(new Segment(Kind.SUBITEM, String.valueOf(v)));
          level = Math.max(3, level + 1);
          pos = m.end();
        } else {
          return Optional.of(pos);
        }
      }
    }
  }

  /** Lower-case roman numerals i … c, as the translations number items: (i), (iv), (xii). */
  static final class Roman {
    private Roman() {}

    static OptionalInt parse(String s) {
      if (s == null || s.isEmpty() || !s.matches("[ivxlc]+")) return OptionalInt.empty();
      int total = 0;
      for (int i = 0; i < s.length(); i++) {
        int v = value(s.charAt(i));
        int next = i + 1 < s.length() ? value(s.charAt(i + 1)) : 0;
        total += v < next ? -v : v;
      }
      return total > 0 && toRoman(total).equals(s) ? OptionalInt.of(total) : OptionalInt.empty();
    }

    private static int value(char c) {
      return switch (c) {
        case 'i' -> 1;
        case 'v' -> 5;
        case 'x' -> 10;
        case 'l' -> 50;
        default -> 100;
      };
    }

    private static String toRoman(int n) {
      int[] v = {100, 90, 50, 40, 10, 9, 5, 4, 1};
      String[] r = {"c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < v.length; i++) {
        while (n >= v[i]) {
          sb.append(r[i]);
          n -= v[i];
        }
      }
      return sb.toString();
    }
  }
}
