package dev.lawimpact.statute;

import java.util.List;

/**
 * One Sentence element. function is e-Gov's Function attribute ("main" 本文, "proviso" ただし書,
 * or empty); column is the 1-based Column number when the sentence sits in a column layout, else 0.
 */
public record Sentence(String text, String function, int column) {

  public static String join(List<Sentence> sentences) {
    if (sentences.isEmpty()) return "";
    if (sentences.size() == 1) return sentences.get(0).text();
    StringBuilder sb = new StringBuilder();
    int lastColumn = -1;
    for (Sentence s : sentences) {
      if (!sb.isEmpty() && s.column() != lastColumn && s.column() > 0) sb.append('　');
      sb.append(s.text());
      lastColumn = s.column();
    }
    return sb.toString();
  }
}
