package dev.lawimpact.citations;

import dev.lawimpact.identifiers.LawId;
import dev.lawimpact.identifiers.LawNumber;
import dev.lawimpact.statute.LawMeta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves law names as users write them (titles, e-Gov abbreviations, short forms, law numbers,
 * unique title endings, English names) to law ids, and finds law names at the start of a query.
 * Built once from the catalogue; immutable and safe to share between request threads.
 *
 * <p>Rules are tried in {@link MatchRule} order and the first rule that knows the name decides:
 * one law → RESOLVED, several → AMBIGUOUS with all of them. Nothing is guessed between laws.
 */
public final class LawTitleResolver {

  /** What the catalogue gave: sizes, how much of the extra data joined, and the build time. */
  public record Stats(
      int laws,
      int japaneseNames,
      int abbreviationsJoined,
      int abbreviationEntriesNotInCatalogue,
      int englishNames,
      int englishNamesUnresolved,
      long buildNanos) {}

  /** A title's trailing 「　抄」 (an excerpted text) is not part of the name. */
  private static final Pattern EXCERPT = Pattern.compile("[\\s　]+抄$");
  /** Parenthetical groups (after width folding （ → '('); nested ones are removed with the outer. */
  private static final Pattern PAREN_TAIL = Pattern.compile("^(.+?)\\((.+)\\)$");

  private final Map<LawId, LawMeta> laws;
  private final Trie names;
  private final Endings endings;
  private final boolean[] suffixEndChar;
  private final int maxSuffixLength;
  private final Map<String, Resolution> english;
  private final Map<String, LawId> byLawNumber;
  private final Stats stats;
  private final List<Problem> problems;

  private LawTitleResolver(Builder b, long started) {
    this.laws = Map.copyOf(b.laws);
    this.names = b.trie;
    this.endings = b.endings;
    this.suffixEndChar = b.suffixEndChar;
    this.maxSuffixLength = b.maxSuffixLength;
    this.english = Map.copyOf(b.english);
    this.byLawNumber = Map.copyOf(b.byLawNumber);
    this.problems = List.copyOf(b.problems);
    this.stats = new Stats(laws.size(), b.japaneseNames, b.abbreviationsJoined, b.abbreviationEntriesUnjoined,
        english.size(), b.englishUnresolved, System.nanoTime() - started);
  }

  public static LawTitleResolver build(Collection<LawMeta> laws) {
    return build(laws, EgovAbbreviations.empty(), List.of());
  }

  /**
   * @param abbreviations e-Gov 法令略称一覧, joined to laws by law number; entries for laws not in
   *     the catalogue are counted in {@link Stats} and otherwise ignored
   * @param englishNames English names; those through a Japanese term are kept only when the term
   *     resolves with the Japanese rules
   */
  public static LawTitleResolver build(
      Collection<LawMeta> laws, EgovAbbreviations abbreviations, Collection<EnglishName> englishNames) {
    long t0 = System.nanoTime();
    Builder b = new Builder();
    b.addLaws(laws);
    b.addAbbreviations(abbreviations == null ? EgovAbbreviations.empty() : abbreviations);
    b.freezeJapanese();
    b.addEnglish(englishNames == null ? List.of() : englishNames);
    return new LawTitleResolver(b, t0);
  }

  /**
   * Resolves a whole name. Input is folded (full-width ASCII → ASCII), trimmed, and stripped of
   * surrounding 「」; a trailing law number in parentheses (電気通信事業法（昭和五十九年法律第八十六号）)
   * narrows the candidates to that law.
   */
  public Resolution resolve(String name) {
    String key = NameText.key(name);
    if (key.isEmpty()) return Resolution.NOT_FOUND;
    Resolution r = resolveKey(key);
    if (r.isFound()) return r;
    Matcher m = PAREN_TAIL.matcher(key);
    if (m.matches()) {
      Resolution inner = resolveKey(m.group(1).strip());
      if (inner.isFound()) {
        Optional<Resolution> narrowed = narrowByLawNumber(inner, m.group(2));
        if (narrowed.isPresent()) return narrowed.get();
      }
    }
    return Resolution.NOT_FOUND;
  }

  private Resolution resolveKey(String key) {
    Resolution r = japanese(key);
    if (r.isFound()) return r;
    if (NameText.hasLatinLetter(key)) {
      Resolution e = english.get(NameText.englishKey(key));
      if (e != null) return e;
      String noParen = stripParentheticals(NameText.englishKey(key));
      e = english.get(noParen);
      if (e != null) return e;
    }
    return Resolution.NOT_FOUND;
  }

  /** Japanese rules only: names in the trie, a law number in any numeral script, a unique title ending. */
  private Resolution japanese(String key) {
    Resolution r = names.get(key);
    if (r != null) return r;
    Optional<LawNumber> n = LawNumber.parse(key);
    if (n.isPresent()) {
      r = names.get(n.get().format());
      if (r != null && r.rule() == MatchRule.LAW_NUMBER) return r;
    }
    return suffix(key);
  }

  private Resolution suffix(String key) {
    if (key.length() < 2) return Resolution.NOT_FOUND;
    LawId id = endings.uniqueLawEndingWith(key);
    if (id == null) return Resolution.NOT_FOUND;
    return Resolution.of(MatchRule.UNIQUE_SUFFIX, List.of(candidate(id, "suffix of " + laws.get(id).title())));
  }

  /**
   * If lawNumText (昭和五十九年法律第八十六号) is the number of one of the candidates, the resolution
   * narrowed to that law; empty when the text is not a law number of any candidate.
   */
  public Optional<Resolution> narrowByLawNumber(Resolution r, String lawNumText) {
    LawId id = lawIdByNumber(lawNumText).orElse(null);
    if (id == null) return Optional.empty();
    for (Resolution.Candidate c : r.candidates()) {
      if (c.lawId().equals(id)) {
        return Optional.of(Resolution.of(r.rule(), List.of(new Resolution.Candidate(
            c.lawId(), c.title(), c.via() + ", law number " + NameText.key(lawNumText)))));
      }
    }
    return Optional.empty();
  }

  /** The catalogue law with this number, written as in {@code <LawNum>} or in any numeral script. */
  public Optional<LawId> lawIdByNumber(String lawNumText) {
    String k = NameText.key(lawNumText);
    LawId id = byLawNumber.get(k);
    if (id == null) id = LawNumber.parse(k).map(n -> byLawNumber.get(n.format())).orElse(null);
    return Optional.ofNullable(id);
  }

  /** Law names at the very start of text, longest first; see {@link #findTitlesAt}. */
  public List<TitleMatch> findTitlesIn(String text) {
    return findTitlesAt(text, 0);
  }

  /**
   * Every law name (title, abbreviation, short form, law number, unique title ending) that starts at
   * {@code from}, longest first. Offsets refer to text as given. A trie walk plus, for the ending
   * rule, one map probe per candidate end that can close a title: cheap enough for every request.
   */
  public List<TitleMatch> findTitlesAt(String text, int from) {
    if (text == null || from < 0 || from >= text.length()) return List.of();
    String f = NameText.fold(text);
    List<TitleMatch> out = new ArrayList<>(4);
    int lastNameEnd = -1;
    Trie.Node n = names.root;
    for (int i = from; i < f.length() && n != null; i++) {
      n = n.child(f.charAt(i));
      if (n != null && n.value != null) {
        out.add(new TitleMatch(text.substring(from, i + 1), from, i + 1, n.value));
        lastNameEnd = i + 1;
      }
    }
    int limit = Math.min(f.length(), from + maxSuffixLength);
    for (int end = from + 2; end <= limit; end++) {
      if (!suffixEndChar[f.charAt(end - 1)] || (end <= lastNameEnd && isNameEnd(out, end))) continue;
      Resolution r = suffix(f.substring(from, end));
      if (r.isFound()) out.add(new TitleMatch(text.substring(from, end), from, end, r));
    }
    out.sort((a, b) -> Integer.compare(b.length(), a.length()));
    return List.copyOf(out);
  }

  private static boolean isNameEnd(List<TitleMatch> names, int end) {
    for (TitleMatch m : names) if (m.end() == end) return true;
    return false;
  }

  /** The longest law name starting at from. */
  public Optional<TitleMatch> longestTitleAt(String text, int from) {
    List<TitleMatch> all = findTitlesAt(text, from);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  public Optional<LawMeta> law(LawId id) {
    return Optional.ofNullable(laws.get(id));
  }

  public Stats stats() {
    return stats;
  }

  /** Catalogue problems seen while building (duplicate law ids); loaders report their own. */
  public List<Problem> problems() {
    return problems;
  }

  private Resolution.Candidate candidate(LawId id, String via) {
    LawMeta m = laws.get(id);
    return new Resolution.Candidate(id, m == null ? "" : m.title(), via);
  }

  static String stripParentheticals(String s) {
    if (s.indexOf('(') < 0) return s;
    StringBuilder sb = new StringBuilder(s.length());
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') depth++;
      else if (c == ')' && depth > 0) depth--;
      else if (depth == 0) sb.append(c);
    }
    return NameText.collapseSpaces(sb.toString()).strip();
  }

  /**
   * Names derived from the title alone, without guessing: the title without its trailing 抄, without
   * parentheticals, and — for titles that are a law number followed by the name in parentheses
   * (明治十七年太政官布告第三十二号（爆発物取締罰則）) — the name inside.
   */
  static List<String> shortForms(String titleKey, String lawNumKey) {
    List<String> out = new ArrayList<>(3);
    String t = EXCERPT.matcher(titleKey).replaceFirst("");
    if (!t.equals(titleKey)) out.add(t);
    String bare = stripParentheticals(t);
    // A bare law number is left to the LAW_NUMBER rule, which ranks it correctly.
    if (!bare.isEmpty() && !bare.equals(t) && !bare.equals(lawNumKey) && LawNumber.parse(bare).isEmpty()) out.add(bare);
    Matcher m = PAREN_TAIL.matcher(t);
    if (m.matches()) {
      String head = m.group(1).strip();
      boolean headIsNumber = head.equals(lawNumKey) || LawNumber.parse(head).isPresent();
      if (headIsNumber && !m.group(2).isBlank()) out.add(m.group(2).strip());
    }
    out.remove(titleKey);
    return out;
  }

  /** Mutable build state; discarded once the resolver is made. */
  private static final class Builder {
    final Map<LawId, LawMeta> laws = new LinkedHashMap<>();
    final Map<String, EnumMap<MatchRule, LinkedHashMap<LawId, String>>> japanese = new HashMap<>();
    final Map<String, LawId> byLawNumber = new HashMap<>();
    final List<String> endingNames = new ArrayList<>();
    final List<LawId> endingLaws = new ArrayList<>();
    Endings endings;
    final boolean[] suffixEndChar = new boolean[Character.MAX_VALUE + 1];
    int maxSuffixLength;
    final Map<String, Resolution> english = new HashMap<>();
    final List<Problem> problems = new ArrayList<>();
    Trie trie;
    int japaneseNames;
    int abbreviationsJoined;
    int abbreviationEntriesUnjoined;
    int englishUnresolved;

    void addLaws(Collection<LawMeta> metas) {
      for (LawMeta m : metas) {
        if (m == null) continue;
        if (laws.putIfAbsent(m.lawId(), m) != null) {
          problems.add(new Problem(m.lawId().value(), "law id listed twice; first kept"));
          continue;
        }
        String title = NameText.key(m.title());
        String num = NameText.key(m.lawNumText());
        add(title, MatchRule.EXACT_TITLE, m.lawId(), "title");
        for (String a : m.abbreviations()) add(abbreviationKey(a), MatchRule.ABBREVIATION, m.lawId(), "LawTitle@Abbrev " + a);
        List<String> shorts = shortForms(title, num);
        for (String s : shorts) add(s, MatchRule.SHORT_FORM, m.lawId(), "short form of " + m.title());
        if (!num.isEmpty()) {
          add(num, MatchRule.LAW_NUMBER, m.lawId(), "law number");
          byLawNumber.putIfAbsent(num, m.lawId());
          if (m.lawNumber() != null) {
            String canonical = m.lawNumber().format();
            byLawNumber.putIfAbsent(canonical, m.lawId());
            if (!canonical.equals(num)) add(canonical, MatchRule.LAW_NUMBER, m.lawId(), "law number");
          }
        }
        addEnding(title, m.lawId());
        for (String s : shorts) addEnding(s, m.lawId());
      }
    }

    private static String abbreviationKey(String a) {
      return EXCERPT.matcher(NameText.key(a)).replaceFirst("");
    }

    void add(String key, MatchRule rule, LawId id, String via) {
      if (key.isEmpty()) return;
      japanese.computeIfAbsent(key, k -> new EnumMap<>(MatchRule.class))
          .computeIfAbsent(rule, r -> new LinkedHashMap<>())
          .putIfAbsent(id, via);
    }

    /** A name whose endings the ending rule may match; the last character gates the probes in findTitlesAt. */
    void addEnding(String name, LawId id) {
      if (name.length() < 2) return;
      suffixEndChar[name.charAt(name.length() - 1)] = true;
      maxSuffixLength = Math.max(maxSuffixLength, name.length() - 1);
      endingNames.add(name);
      endingLaws.add(id);
    }

    void addAbbreviations(EgovAbbreviations abbs) {
      Map<String, LawId> byCanonical = new HashMap<>();
      for (LawMeta m : laws.values()) if (m.lawNumber() != null) byCanonical.putIfAbsent(m.lawNumber().format(), m.lawId());
      for (EgovAbbreviations.Entry e : abbs.entries()) {
        String num = NameText.key(e.lawNumText());
        LawId id = byLawNumber.get(num);
        if (id == null) id = LawNumber.parse(num).map(n -> byCanonical.get(n.format())).orElse(null);
        if (id == null) {
          abbreviationEntriesUnjoined++;
          continue;
        }
        for (String a : e.abbreviations()) {
          add(abbreviationKey(a), MatchRule.ABBREVIATION, id, "egov_abb " + a);
          // e-Gov copies an excerpted title's 「　抄」 into some abbreviations; nobody types it.
          String bare = EXCERPT.matcher(a).replaceFirst("");
          if (!bare.equals(a) && !bare.isBlank()) add(abbreviationKey(bare), MatchRule.ABBREVIATION, id, "egov_abb " + a);
          abbreviationsJoined++;
        }
      }
    }

    void freezeJapanese() {
      trie = new Trie();
      for (Map.Entry<String, EnumMap<MatchRule, LinkedHashMap<LawId, String>>> e : japanese.entrySet()) {
        Map.Entry<MatchRule, LinkedHashMap<LawId, String>> first = e.getValue().entrySet().iterator().next();
        trie.put(e.getKey(), Resolution.of(first.getKey(), candidates(first.getValue())));
      }
      japaneseNames = japanese.size();
      endings = new Endings(endingNames, endingLaws);
    }

    private List<Resolution.Candidate> candidates(Map<LawId, String> ids) {
      List<Resolution.Candidate> out = new ArrayList<>(ids.size());
      ids.forEach((id, via) -> out.add(new Resolution.Candidate(id, laws.get(id).title(), via)));
      return out;
    }

    void addEnglish(Collection<EnglishName> names) {
      Map<String, List<LawId>> byTypeWord = new HashMap<>();
      for (LawMeta m : laws.values()) byTypeWord.computeIfAbsent(m.type().japanese, k -> new ArrayList<>()).add(m.lawId());
      Map<String, LinkedHashMap<LawId, String>> keyed = new HashMap<>();
      for (EnglishName n : names) {
        Map<LawId, String> targets = new LinkedHashMap<>();
        if (n.lawId() != null) {
          if (laws.containsKey(n.lawId())) targets.put(n.lawId(), n.source());
        } else {
          String key = NameText.key(n.japanese());
          Resolution r = trie.get(key);
          if (r != null) {
            for (Resolution.Candidate c : r.candidates()) {
              targets.put(c.lawId(), n.source() + ": " + n.japanese() + " (" + r.rule() + ")");
            }
          } else {
            // Not the ending rule: capitalised glossary words such as Rule → 規則 or Ordinance → 規則
            // would each hit whichever single title happens to end that way. A type word names a
            // law only when the catalogue holds one law of that type: Constitution → 憲法 → 日本国憲法.
            List<LawId> ofType = byTypeWord.getOrDefault(key, List.of());
            if (ofType.size() == 1) {
              LawMeta m = laws.get(ofType.get(0));
              targets.put(m.lawId(), n.source() + ": " + n.japanese() + " (the only " + m.type().egovName + " in the catalogue)");
            }
          }
        }
        if (targets.isEmpty()) {
          englishUnresolved++;
          continue;
        }
        String key = NameText.englishKey(n.english());
        String bare = stripParentheticals(key);
        for (String k : bare.isEmpty() || bare.equals(key) ? List.of(key) : List.of(key, bare)) {
          LinkedHashMap<LawId, String> m = keyed.computeIfAbsent(k, x -> new LinkedHashMap<>());
          targets.forEach(m::putIfAbsent);
        }
      }
      keyed.forEach((k, ids) -> english.put(k, Resolution.of(MatchRule.ENGLISH_NAME, candidates(ids))));
    }
  }

  /**
   * Title endings by binary search over reversed names: an ending of the title is a prefix of the
   * reversed title, so all titles with one ending are adjacent. Sorting ~2,500 strings is far
   * cheaper to build than a map of every ending, and a probe stops at the second distinct law.
   */
  static final class Endings {
    private final String[] reversed;
    private final LawId[] lawIds;

    Endings(List<String> names, List<LawId> ids) {
      Integer[] order = new Integer[names.size()];
      String[] rev = new String[names.size()];
      for (int i = 0; i < rev.length; i++) {
        rev[i] = new StringBuilder(names.get(i)).reverse().toString();
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> rev[a].compareTo(rev[b]));
      reversed = new String[rev.length];
      lawIds = new LawId[rev.length];
      for (int i = 0; i < rev.length; i++) {
        reversed[i] = rev[order[i]];
        lawIds[i] = ids.get(order[i]);
      }
    }

    /** The one law with a name ending in ending, or null when none or several. */
    LawId uniqueLawEndingWith(String ending) {
      String r = new StringBuilder(ending).reverse().toString();
      int lo = 0;
      int hi = reversed.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (reversed[mid].compareTo(r) < 0) lo = mid + 1;
        else hi = mid;
      }
      LawId found = null;
      for (int i = lo; i < reversed.length && reversed[i].startsWith(r); i++) {
        if (found == null) found = lawIds[i];
        else if (!found.equals(lawIds[i])) return null;
      }
      return found;
    }
  }

  /**
   * Character trie over folded Japanese name keys. Children are sorted char arrays searched by
   * bisection: the root has a child for every first character (about a thousand), deeper nodes
   * mostly one.
   */
  static final class Trie {
    final Node root = new Node();

    static final class Node {
      private char[] keys = new char[0];
      private Node[] kids = new Node[0];
      Resolution value;

      Node child(char c) {
        int i = Arrays.binarySearch(keys, c);
        return i >= 0 ? kids[i] : null;
      }

      Node childOrNew(char c) {
        int i = Arrays.binarySearch(keys, c);
        if (i >= 0) return kids[i];
        int at = -i - 1;
        int len = keys.length;
        char[] k = new char[len + 1];
        Node[] n = new Node[len + 1];
        System.arraycopy(keys, 0, k, 0, at);
        System.arraycopy(kids, 0, n, 0, at);
        System.arraycopy(keys, at, k, at + 1, len - at);
        System.arraycopy(kids, at, n, at + 1, len - at);
        k[at] = c;
        n[at] = new Node();
        keys = k;
        kids = n;
        return n[at];
      }
    }

    void put(String key, Resolution value) {
      Node n = root;
      for (int i = 0; i < key.length(); i++) n = n.childOrNew(key.charAt(i));
      n.value = value;
    }

    Resolution get(String key) {
      Node n = root;
      for (int i = 0; i < key.length() && n != null; i++) n = n.child(key.charAt(i));
      return n == null ? null : n.value;
    }
  }
}
