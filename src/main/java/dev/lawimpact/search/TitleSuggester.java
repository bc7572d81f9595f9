package dev.lawimpact.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Did you mean" for a query that names a law almost but not exactly (電気通信事業方第四条): the
 * law-name part is compared by edit distance with every title and abbreviation in the catalogue
 * (about 2,000 short strings, so a plain scan is cheap). Only queries that look like a law name —
 * ending in 法/令/規則/条例, or followed by a provision such as 第四条 — are considered, so that
 * ordinary keywords (通信の秘密) never get a suggestion.
 */
public final class TitleSuggester {

  /** A suggested law and the query to run instead (the corrected name plus the provision part). */
  public record Suggestion(String lawId, String title, String query) {}

  private static final int MAX = 3;
  // The provision part of a citation query: 第四条…, 4条…, 附則…, 別表…
  private static final Pattern TAIL = Pattern.compile(
      "^(.+?)((?:第[〇一二三四五六七八九十百千0-9０-９]+条|[0-9０-９]+条|附則|別表).*)$");
  private static final Pattern LAW_NAME_END = Pattern.compile("(法|法律|令|規則|条例)$");

  private final LawIndex index;

  public TitleSuggester(LawIndex index) {
    this.index = index;
  }

  public List<Suggestion> suggest(String query) {
    if (query == null) return List.of();
    String q = query.strip();
    if (q.isEmpty() || q.chars().anyMatch(Character::isWhitespace) || q.contains("\"")) return List.of();
    String name = q;
    String tail = "";
    Matcher m = TAIL.matcher(q);
    if (m.matches()) {
      name = m.group(1);
      tail = m.group(2);
    }
    if (name.length() < 3 || name.length() > 60) return List.of();
    if (tail.isEmpty() && !LAW_NAME_END.matcher(name).find()) return List.of();
    int allowed = name.length() <= 5 ? 1 : name.length() <= 11 ? 2 : 3;
    record Scored(LawSummary law, String name, int distance) {}
    List<Scored> found = new ArrayList<>();
    for (LawSummary l : index.laws()) {
      // An exact title or abbreviation is no near miss: the citation parser handles it.
      if (l.title().equals(name) || l.abbreviations().contains(name)) return List.of();
      int best = Integer.MAX_VALUE;
      String via = l.title();
      for (String candidate : names(l)) {
        if (Math.abs(candidate.length() - name.length()) > allowed) continue;
        int d = distance(name, candidate, allowed);
        if (d < best) {
          best = d;
          via = candidate;
        }
      }
      if (best <= allowed) found.add(new Scored(l, via, best));
    }
    String rest = tail;
    return found.stream()
        .sorted(Comparator.comparingInt(Scored::distance).thenComparing(s -> s.law().title().length())
            .thenComparing(s -> s.law().lawId()))
        .limit(MAX)
        .map(s -> new Suggestion(s.law().lawId(), s.law().title(), s.name() + rest))
        .toList();
  }

  private static List<String> names(LawSummary l) {
    List<String> out = new ArrayList<>(1 + l.abbreviations().size());
    out.add(l.title());
    out.addAll(l.abbreviations());
    return out;
  }

  /** Levenshtein distance, giving up (returning limit + 1) once every cell of a row exceeds limit. */
  static int distance(String a, String b, int limit) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > limit) return limit + 1;
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
