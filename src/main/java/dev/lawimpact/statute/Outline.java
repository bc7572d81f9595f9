package dev.lawimpact.statute;

import java.util.ArrayList;
import java.util.List;

/**
 * The table of contents derived from the tree itself (not the printed 目次, which many laws lack):
 * 編・章・節・款・目 with the first and last article they hold, then 前文, 附則 and appendices.
 */
public final class Outline {
  private Outline() {}

  /** kind: PREAMBLE, PART … DIVISION, ARTICLE (only for laws without structure), SUPPL, APPENDIX. */
  public record Entry(String kind, String title, String path, String firstArticle, String lastArticle,
      List<Entry> children) {
    public Entry {
      children = List.copyOf(children);
    }
  }

  public static List<Entry> of(Law law) {
    List<Entry> out = new ArrayList<>();
    if (law.preamble() != null) out.add(new Entry("PREAMBLE", "前文", "pr", "", "", List.of()));
    List<Entry> parts = structures(law.mainProvision().children());
    out.addAll(parts.isEmpty() ? articles(law.mainProvision().children()) : parts);
    for (SupplProvision s : law.supplProvisions()) {
      String title = s.title().isEmpty() ? "附則" : s.title();
      if (!s.amendLawNum().isEmpty()) title += "（" + s.amendLawNum() + "）";
      out.add(new Entry("SUPPL", title, s.path().local(), "", "", List.of()));
    }
    for (Appendix a : law.appendices()) {
      out.add(new Entry("APPENDIX", a.title().isEmpty() ? a.path().label() : a.title(), a.path().local(), "", "", List.of()));
    }
    return out;
  }

  private static List<Entry> structures(List<Node> nodes) {
    List<Entry> out = new ArrayList<>();
    for (Node n : nodes) {
      if (n instanceof Structure s) {
        List<Article> arts = new ArrayList<>();
        collectArticles(s, arts);
        String first = arts.isEmpty() ? "" : arts.get(0).path().local();
        String last = arts.isEmpty() ? "" : arts.get(arts.size() - 1).path().local();
        out.add(new Entry(s.kind().name(), s.title(), first, first, last, structures(s.children())));
      }
    }
    return out;
  }

  /** A law without 編・章 lists its articles instead, so that the outline is never just 附則. */
  private static List<Entry> articles(List<Node> nodes) {
    List<Entry> out = new ArrayList<>();
    for (Node n : nodes) {
      if (n instanceof Article a) {
        String local = a.path().local();
        out.add(new Entry("ARTICLE", a.title() + a.caption(), local, local, local, List.of()));
      }
    }
    return out;
  }

  private static void collectArticles(Node n, List<Article> out) {
    if (n instanceof Article a) out.add(a);
    else if (n instanceof Structure s) for (Node c : s.children()) collectArticles(c, out);
  }
}
