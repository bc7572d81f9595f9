package dev.lawimpact.comparison;

import java.util.List;

/** Draft 1 → draft 2 of an amending bill: sentence by sentence, and the resulting laws compared. */
public record DraftDiff(List<SentenceChange> sentences, ComparisonTable results) {
  public DraftDiff {
    sentences = List.copyOf(sentences);
  }

  /** kind: same, reworded, added, removed; indexes -1 when absent on that side. */
  public record SentenceChange(String kind, int index1, int index2, String draft1, String draft2,
      List<ComparisonTable.Mark> marks1, List<ComparisonTable.Mark> marks2) {
    public SentenceChange {
      marks1 = List.copyOf(marks1);
      marks2 = List.copyOf(marks2);
    }
  }
}
