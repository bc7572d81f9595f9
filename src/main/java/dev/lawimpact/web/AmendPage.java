package dev.lawimpact.web;

import dev.lawimpact.app.AmendService;
import dev.lawimpact.comparison.ComparisonTable;
import dev.lawimpact.comparison.DraftDiff;
import java.util.ArrayList;
import java.util.List;

/**
 * The amendments page: the form as filled in, and when applied the operations, the refusals and
 * the 新旧対照表 as rows of underlinable segments; with a second draft, the draft-to-draft changes.
 */
public record AmendPage(String amendment, String targetLawId, String draft2, String error,
    AmendService.AmendResponse result, List<RowView> rows, List<SentenceView> drafts, List<RowView> draftRows) {

  public static AmendPage empty() {
    return new AmendPage("", "", "", null, null, List.of(), List.of(), List.of());
  }

  /** A run of text; changed runs are underlined (傍線). */
  public record Segment(String text, boolean changed) {}

  public record LineView(List<Segment> segments, boolean elided) {}

  public record RowView(String path, String label, String change, List<LineView> amended, List<LineView> current) {}

  public record SentenceView(String kind, List<Segment> draft1, List<Segment> draft2) {}

  static List<RowView> rows(ComparisonTable t) {
    List<RowView> out = new ArrayList<>();
    for (ComparisonTable.Row r : t.rows()) {
      out.add(new RowView(r.path(), r.label(), r.change(), lines(r.amended()), lines(r.current())));
    }
    return out;
  }

  static List<SentenceView> sentences(DraftDiff d) {
    List<SentenceView> out = new ArrayList<>();
    for (DraftDiff.SentenceChange c : d.sentences()) {
      out.add(new SentenceView(c.kind(), segments(c.draft1(), c.marks1()), segments(c.draft2(), c.marks2())));
    }
    return out;
  }

  private static List<LineView> lines(List<ComparisonTable.Line> lines) {
    List<LineView> out = new ArrayList<>();
    for (ComparisonTable.Line l : lines) out.add(new LineView(segments(l.text(), l.marks()), l.elided()));
    return out;
  }

  static List<Segment> segments(String text, List<ComparisonTable.Mark> marks) {
    List<Segment> out = new ArrayList<>();
    if (text == null) return out;
    int at = 0;
    for (ComparisonTable.Mark m : marks) {
      int s = Math.max(at, Math.min(m.start(), text.length()));
      int e = Math.max(s, Math.min(m.end(), text.length()));
      if (s > at) out.add(new Segment(text.substring(at, s), false));
      if (e > s) out.add(new Segment(text.substring(s, e), true));
      at = e;
    }
    if (at < text.length()) out.add(new Segment(text.substring(at), false));
    return out;
  }
}
