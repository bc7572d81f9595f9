package dev.lawimpact.comparison;

import java.util.ArrayList;
import java.util.List;

/** Character and list alignment for the comparison table: longest common subsequence with bounds. */
final class TextDiff {
  private TextDiff() {}

  /** A changed span [start, end) in one string. */
  record Span(int start, int end) {}

  /** The spans of a and of b that are not in their common subsequence. */
  record Marks(List<Span> old, List<Span> neu) {}

  // Beyond this many cells the middle of a changed sentence is marked whole instead of aligned.
  private static final long MAX_CELLS = 2_000_000;

  static Marks chars(String a, String b) {
    int pre = 0;
    int max = Math.min(a.length(), b.length());
    while (pre < max && a.charAt(pre) == b.charAt(pre)) pre++;
    int suf = 0;
    while (suf < max - pre && a.charAt(a.length() - 1 - suf) == b.charAt(b.length() - 1 - suf)) suf++;
    String x = a.substring(pre, a.length() - suf);
    String y = b.substring(pre, b.length() - suf);
    List<Span> oa = new ArrayList<>();
    List<Span> ob = new ArrayList<>();
    if ((long) x.length() * y.length() > MAX_CELLS || x.isEmpty() || y.isEmpty()) {
      if (!x.isEmpty()) oa.add(new Span(pre, pre + x.length()));
      if (!y.isEmpty()) ob.add(new Span(pre, pre + y.length()));
      return new Marks(oa, ob);
    }
    int n = x.length();
    int m = y.length();
    int[][] l = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        l[i][j] = x.charAt(i) == y.charAt(j) ? l[i + 1][j + 1] + 1 : Math.max(l[i + 1][j], l[i][j + 1]);
      }
    }
    boolean[] keepA = new boolean[n];
    boolean[] keepB = new boolean[m];
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      if (x.charAt(i) == y.charAt(j)) {
        keepA[i++] = true;
        keepB[j++] = true;
      } else if (l[i + 1][j] >= l[i][j + 1]) i++;
      else j++;
    }
    return new Marks(spans(keepA, pre), spans(keepB, pre));
  }

  private static List<Span> spans(boolean[] keep, int offset) {
    List<Span> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= keep.length; i++) {
      boolean changed = i < keep.length && !keep[i];
      if (changed && start < 0) start = i;
      if (!changed && start >= 0) {
        out.add(new Span(start + offset, i + offset));
        start = -1;
      }
    }
    return out;
  }

  /** One step of a list alignment: a pair present on both sides (equal or not), or one side only. */
  record Step(int a, int b) {}

  /**
   * Aligns two lists of pieces: equal pieces by LCS, and between them the unequal runs paired
   * in order (a rewritten sentence faces its old form), the rest one-sided (-1 on the other side).
   */
  static List<Step> lines(List<String> a, List<String> b) {
    // Common head and tail first: a long 別表 with one changed cell stays cheap.
    int pre = 0;
    while (pre < a.size() && pre < b.size() && a.get(pre).equals(b.get(pre))) pre++;
    int suf = 0;
    while (suf < a.size() - pre && suf < b.size() - pre && a.get(a.size() - 1 - suf).equals(b.get(b.size() - 1 - suf))) suf++;
    List<Step> out = new ArrayList<>();
    for (int i = 0; i < pre; i++) out.add(new Step(i, i));
    List<String> x = a.subList(pre, a.size() - suf);
    List<String> y = b.subList(pre, b.size() - suf);
    if ((long) x.size() * y.size() > MAX_CELLS) {
      List<Integer> da = new ArrayList<>();
      List<Integer> db = new ArrayList<>();
      for (int i = 0; i < x.size(); i++) da.add(pre + i);
      for (int j = 0; j < y.size(); j++) db.add(pre + j);
      flush(da, db, out);
    } else {
      for (Step s : middle(x, y)) out.add(new Step(s.a() < 0 ? -1 : s.a() + pre, s.b() < 0 ? -1 : s.b() + pre));
    }
    for (int i = 0; i < suf; i++) out.add(new Step(a.size() - suf + i, b.size() - suf + i));
    return out;
  }

  private static List<Step> middle(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int[][] l = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        l[i][j] = a.get(i).equals(b.get(j)) ? l[i + 1][j + 1] + 1 : Math.max(l[i + 1][j], l[i][j + 1]);
      }
    }
    List<Step> out = new ArrayList<>();
    List<Integer> da = new ArrayList<>();
    List<Integer> db = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(i).equals(b.get(j))) {
        flush(da, db, out);
        out.add(new Step(i++, j++));
      } else if (j >= m || (i < n && l[i + 1][j] >= l[i][j + 1])) {
        da.add(i++);
      } else {
        db.add(j++);
      }
    }
    flush(da, db, out);
    return out;
  }

  private static void flush(List<Integer> da, List<Integer> db, List<Step> out) {
    int k = Math.max(da.size(), db.size());
    for (int i = 0; i < k; i++) out.add(new Step(i < da.size() ? da.get(i) : -1, i < db.size() ? db.get(i) : -1));
    da.clear();
    db.clear();
  }
}
