package dev.lawimpact.comparison;

import java.util.List;

/**
 * A 新旧対照表: one row per changed unit, keyed by its provision path, with the amended text
 * (改正後) and the current text (改正前) as lines. Lines of a changed unit that did not change are
 * elided to (略) as official tables do; changed spans are marked for underlining (傍線).
 */
public record ComparisonTable(String lawId, String title, List<Row> rows) {
  public ComparisonTable {
    rows = List.copyOf(rows);
  }

  /** change: changed, added (no old text) or deleted (no new text). */
  public record Row(String path, String label, String change, List<Line> amended, List<Line> current) {
    public Row {
      amended = List.copyOf(amended);
      current = List.copyOf(current);
    }
  }

  /** One heading or sentence; elided lines read (略) and carry no marks. */
  public record Line(String text, List<Mark> marks, boolean elided) {
    public Line {
      marks = List.copyOf(marks);
    }
  }

  /** A changed span [start, end) of a line's text, to be underlined. */
  public record Mark(int start, int end) {}
}
