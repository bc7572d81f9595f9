package dev.lawimpact.comparison;

import dev.lawimpact.statute.Appendix;
import dev.lawimpact.statute.Article;
import dev.lawimpact.statute.Block;
import dev.lawimpact.statute.Law;
import dev.lawimpact.statute.Node;
import dev.lawimpact.statute.Paragraph;
import dev.lawimpact.statute.Provision;
import dev.lawimpact.statute.Sentence;
import dev.lawimpact.statute.Structure;
import dev.lawimpact.statute.SupplProvision;
import dev.lawimpact.statute.Toc;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A law cut into comparison units, each with its text pieces in document order: every article
 * of the 本則 and of the original 附則, a paragraph standing directly under either (laws
 * without articles), the 題名, the 目次 and each appendix. Amending acts' 附則 are left out (an
 * engine does not add them, and e-Gov edits their excerpts). Pieces are captions, titles,
 * sentences and table cells; {@link #norm} is the benchmark's normalisation (NFKC, no
 * whitespace, attributes ignored by construction).
 */
public final class Units {
  private Units() {}

  /** One unit: key (its local path, or title/toc), printed label, and the raw pieces. */
  public record Unit(String key, String label, Node node, List<String> pieces) {
    public Unit {
      pieces = List.copyOf(pieces);
    }

    public List<String> normalized() {
      List<String> out = new ArrayList<>(pieces.size());
      for (String p : pieces) {
        String n = norm(p);
        if (!n.isEmpty()) out.add(n);
      }
      return out;
    }
  }

  public static Map<String, Unit> of(Law law) {
    Map<String, Unit> out = new LinkedHashMap<>();
    out.put("title", new Unit("title", "題名", null, List.of(law.meta().title())));
    if (law.toc() != null) {
      List<String> pieces = new ArrayList<>();
      pieces.add(law.toc().label());
      for (Toc.Entry e : law.toc().entries()) toc(e, pieces);
      out.put("toc", new Unit("toc", "目次", null, pieces));
    }
    units(law.mainProvision(), "本則 ", out);
    for (SupplProvision s : law.supplProvisions()) {
      if (s.amendLawNum().isEmpty()) units(s, "附則 ", out);
    }
    for (Appendix a : law.appendices()) out.put(a.path().local(), unit(a, a.title() + a.relatedArticleNum()));
    return out;
  }

  private static void toc(Toc.Entry e, List<String> pieces) {
    pieces.add(e.title() + e.articleRange());
    for (Toc.Entry c : e.children()) toc(c, pieces);
  }

  private static void units(Node n, String prefix, Map<String, Unit> out) {
    for (Node c : children(n)) {
      if (c instanceof Article a) out.put(a.path().local(), unit(a, prefix + a.title()));
      else if (c instanceof Paragraph p) out.put(p.path().local(), unit(p, prefix + "第" + p.num() + "項"));
      else if (c instanceof Structure s) units(s, prefix, out);
      else if (c instanceof Appendix a) out.put(a.path().local(), unit(a, a.title() + a.relatedArticleNum()));
    }
  }

  private static List<Node> children(Node n) {
    if (n instanceof Provision p) return p.children();
    if (n instanceof Structure s) return s.children();
    return List.of();
  }

  static Unit unit(Node n, String label) {
    List<String> pieces = new ArrayList<>();
    pieces(n, pieces);
    return new Unit(n instanceof Provision p ? p.path().local() : label, label, n, pieces);
  }

  /** Document-order pieces: caption, title, own sentences, then children; table cells one by one. */
  public static void pieces(Node n, List<String> out) {
    if (n instanceof Provision p) {
      out.add(p.caption());
      out.add(p.title());
      for (Sentence s : p.sentences()) out.add(s.text());
      for (Node c : p.children()) pieces(c, out);
    } else if (n instanceof Structure s) {
      out.add(s.title());
      for (Node c : s.children()) pieces(c, out);
    } else if (n instanceof Block.Table t) {
      out.add(t.title());
      for (List<Block.Cell> row : t.rows()) for (Block.Cell c : row) out.add(c.text());
    } else if (n instanceof Block.ListBlock l) {
      for (Sentence s : l.sentences()) out.add(s.text());
      for (Block.ListBlock c : l.children()) pieces(c, out);
    } else if (n instanceof Block.Remarks r) {
      out.add(r.label());
      for (Sentence s : r.sentences()) out.add(s.text());
      for (Node c : r.children()) pieces(c, out);
    } else if (n instanceof Block.Figure f) {
      out.add(f.title());
      out.add(f.text());
    } else if (n instanceof Block.Text t) {
      out.add(t.text());
    }
  }

  public static String norm(String s) {
    if (s == null) return "";
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
    StringBuilder sb = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u3000') sb.append(c);
    }
    return sb.toString();
  }
}
