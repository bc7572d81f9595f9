package dev.lawimpact.citations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Japanese↔English legal term pairs with lookups both ways (Japanese exact after width folding,
 * English case-insensitive), plus the problems met while loading them. Immutable.
 */
public final class Glossary {

  private final List<TermPair> pairs;
  private final List<Problem> problems;
  private final Map<String, List<TermPair>> byJapanese;
  private final Map<String, List<TermPair>> byEnglish;

  private Glossary(List<TermPair> pairs, List<Problem> problems) {
    this.pairs = List.copyOf(pairs);
    this.problems = List.copyOf(problems);
    Map<String, List<TermPair>> ja = new HashMap<>();
    Map<String, List<TermPair>> en = new HashMap<>();
    for (TermPair p : this.pairs) {
      ja.computeIfAbsent(japaneseKey(p.japanese()), k -> new ArrayList<>()).add(p);
      en.computeIfAbsent(englishKey(p.english()), k -> new ArrayList<>()).add(p);
    }
    ja.replaceAll((k, v) -> List.copyOf(v));
    en.replaceAll((k, v) -> List.copyOf(v));
    this.byJapanese = Map.copyOf(ja);
    this.byEnglish = Map.copyOf(en);
  }

  public static Glossary of(Collection<TermPair> pairs, Collection<Problem> problems) {
    return new Glossary(new ArrayList<>(pairs), new ArrayList<>(problems));
  }

  public static Glossary empty() {
    return new Glossary(List.of(), List.of());
  }

  /**
   * This glossary followed by the other's pairs that are not already here (same Japanese, English
   * and kind); used to put a newer edition first and fill in from an older one.
   */
  public Glossary merge(Glossary older) {
    Set<List<Object>> seen = new HashSet<>();
    List<TermPair> out = new ArrayList<>(pairs);
    for (TermPair p : pairs) seen.add(identity(p));
    for (TermPair p : older.pairs) if (seen.add(identity(p))) out.add(p);
    List<Problem> probs = new ArrayList<>(problems);
    probs.addAll(older.problems);
    return new Glossary(out, probs);
  }

  private static List<Object> identity(TermPair p) {
    return List.of(japaneseKey(p.japanese()), englishKey(p.english()), p.kind());
  }

  public List<TermPair> pairs() {
    return pairs;
  }

  public List<Problem> problems() {
    return problems;
  }

  public List<TermPair> terms() {
    return pairs.stream().filter(p -> p.kind() == TermPair.Kind.TERM).toList();
  }

  public List<TermPair> examples() {
    return pairs.stream().filter(p -> p.kind() == TermPair.Kind.EXAMPLE).toList();
  }

  /** All pairs (terms and examples) whose Japanese side is exactly this text. */
  public List<TermPair> byJapanese(String japanese) {
    return byJapanese.getOrDefault(japaneseKey(japanese), List.of());
  }

  /** All pairs whose English side is this text, ignoring case and runs of spaces. */
  public List<TermPair> byEnglish(String english) {
    return byEnglish.getOrDefault(englishKey(english), List.of());
  }

  /** Distinct English equivalents of a Japanese headword, in dictionary order. */
  public List<String> englishFor(String japanese) {
    Set<String> out = new LinkedHashSet<>();
    for (TermPair p : byJapanese(japanese)) if (p.kind() == TermPair.Kind.TERM) out.add(p.english());
    return List.copyOf(out);
  }

  /** Distinct Japanese headwords that have this English equivalent (case-insensitive). */
  public List<String> japaneseFor(String english) {
    Set<String> out = new LinkedHashSet<>();
    for (TermPair p : byEnglish(english)) if (p.kind() == TermPair.Kind.TERM) out.add(p.japanese());
    return List.copyOf(out);
  }

  static String japaneseKey(String s) {
    return NameText.fold(s).strip();
  }

  static String englishKey(String s) {
    return NameText.collapseSpaces(NameText.fold(s).strip().toLowerCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return "Glossary[" + pairs.size() + " pairs, " + problems.size() + " problems]";
  }
}
