package dev.lawimpact.comparison;

import dev.lawimpact.statute.Law;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The comparison stage's one entry point: 新旧対照表 between two versions of a law (current →
 * amended, or any two versions), and the difference between two drafts of an amending bill.
 */
public final class Comparison {

  public static final String ELIDED = "（略）";

  /** Rows for every unit whose text differs (compared after normalisation), in document order. */
  public ComparisonTable table(Law current, Law amended) {
    Map<String, Units.Unit> old = Units.of(current);
    Map<String, Units.Unit> neu = Units.of(amended);
    // Document order of the amended law; a unit only in the old law follows its old predecessor.
    Map<String, List<String>> removedAfter = new java.util.HashMap<>();
    String prev = "";
    for (String k : old.keySet()) {
      if (!neu.containsKey(k)) removedAfter.computeIfAbsent(prev, x -> new ArrayList<>()).add(k);
      else prev = k;
    }
    Set<String> keys = new LinkedHashSet<>(removedAfter.getOrDefault("", List.of()));
    for (String k : neu.keySet()) {
      keys.add(k);
      keys.addAll(removedAfter.getOrDefault(k, List.of()));
    }
    List<ComparisonTable.Row> rows = new ArrayList<>();
    for (String k : keys) {
      Units.Unit o = old.get(k);
      Units.Unit n = neu.get(k);
      if (o != null && n != null && o.normalized().equals(n.normalized())) continue;
      rows.add(row(k, current.meta().lawId().value(), o, n));
    }
    return new ComparisonTable(amended.meta().lawId().value(), amended.meta().title(), rows);
  }

  private static ComparisonTable.Row row(String key, String lawId, Units.Unit o, Units.Unit n) {
    String path = key.equals("title") || key.equals("toc") ? lawId + "#" + key : lawId + "/" + key;
    String label = n != null ? n.label() : o.label();
    if (o == null) return new ComparisonTable.Row(path, label, "added", allMarked(n), List.of());
    if (n == null) return new ComparisonTable.Row(path, label, "deleted", List.of(), allMarked(o));
    List<String> a = nonEmpty(o.pieces());
    List<String> b = nonEmpty(n.pieces());
    List<String> na = a.stream().map(Units::norm).toList();
    List<String> nb = b.stream().map(Units::norm).toList();
    List<ComparisonTable.Line> left = new ArrayList<>();
    List<ComparisonTable.Line> right = new ArrayList<>();
    boolean elidedOpen = false;
    List<TextDiff.Step> steps = TextDiff.lines(na, nb);
    for (int i = 0; i < steps.size(); i++) {
      TextDiff.Step s = steps.get(i);
      if (s.a() >= 0 && s.b() >= 0 && na.get(s.a()).equals(nb.get(s.b()))) {
        // Headings (the first pieces: caption, 第N条) stay; other unchanged runs become (略).
        if (i < 2 && isHeading(b.get(s.b()))) {
          left.add(new ComparisonTable.Line(b.get(s.b()), List.of(), false));
          right.add(new ComparisonTable.Line(a.get(s.a()), List.of(), false));
          elidedOpen = false;
        } else if (!elidedOpen) {
          left.add(new ComparisonTable.Line(ELIDED, List.of(), true));
          right.add(new ComparisonTable.Line(ELIDED, List.of(), true));
          elidedOpen = true;
        }
        continue;
      }
      elidedOpen = false;
      String oldText = s.a() >= 0 ? a.get(s.a()) : "";
      String newText = s.b() >= 0 ? b.get(s.b()) : "";
      TextDiff.Marks m = TextDiff.chars(oldText, newText);
      if (s.b() >= 0) left.add(new ComparisonTable.Line(newText, marks(m.neu()), false));
      if (s.a() >= 0) right.add(new ComparisonTable.Line(oldText, marks(m.old()), false));
    }
    return new ComparisonTable.Row(path, label, "changed", left, right);
  }

  private static boolean isHeading(String s) {
    return s.startsWith("（") || s.startsWith("(") || s.matches("^第[〇一二三四五六七八九十百千]+条.*");
  }

  private static List<ComparisonTable.Mark> marks(List<TextDiff.Span> spans) {
    List<ComparisonTable.Mark> out = new ArrayList<>();
    for (TextDiff.Span s : spans) out.add(new ComparisonTable.Mark(s.start(), s.end()));
    return out;
  }

  private static List<ComparisonTable.Line> allMarked(Units.Unit u) {
    List<ComparisonTable.Line> out = new ArrayList<>();
    for (String p : nonEmpty(u.pieces())) out.add(new ComparisonTable.Line(p, List.of(new ComparisonTable.Mark(0, p.length())), false));
    return out;
  }

  private static List<String> nonEmpty(List<String> pieces) {
    List<String> out = new ArrayList<>();
    for (String p : pieces) if (p != null && !Units.norm(p).isEmpty()) out.add(p);
    return out;
  }

  /**
   * Two drafts of the same amending bill: which amendment sentences were added, dropped or
   * reworded, and the 新旧対照表 between the two laws they produce.
   */
  public DraftDiff drafts(List<String> draft1, List<String> draft2, Law result1, Law result2) {
    return new DraftDiff(sentences(draft1, draft2), table(result1, result2));
  }

  /** Two texts as sentence lists: which sentences were added, dropped or reworded (reworded spans marked). */
  public List<DraftDiff.SentenceChange> sentences(List<String> draft1, List<String> draft2) {
    List<DraftDiff.SentenceChange> changes = new ArrayList<>();
    for (TextDiff.Step s : TextDiff.lines(draft1, draft2)) {
      String a = s.a() >= 0 ? draft1.get(s.a()) : null;
      String b = s.b() >= 0 ? draft2.get(s.b()) : null;
      String kind = a == null ? "added" : b == null ? "removed" : a.equals(b) ? "same" : "reworded";
      List<ComparisonTable.Mark> ma = List.of();
      List<ComparisonTable.Mark> mb = List.of();
      if (kind.equals("reworded")) {
        TextDiff.Marks m = TextDiff.chars(a, b);
        ma = marks(m.old());
        mb = marks(m.neu());
      }
      changes.add(new DraftDiff.SentenceChange(kind, s.a(), s.b(), a, b, ma, mb));
    }
    return changes;
  }
}
