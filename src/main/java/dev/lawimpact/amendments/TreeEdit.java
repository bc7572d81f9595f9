package dev.lawimpact.amendments;

import dev.lawimpact.identifiers.ProvisionPath;
import dev.lawimpact.identifiers.ProvisionPath.Kind;
import dev.lawimpact.numerals.Numerals;
import dev.lawimpact.statute.Appendix;
import dev.lawimpact.statute.Article;
import dev.lawimpact.statute.Block;
import dev.lawimpact.statute.Item;
import dev.lawimpact.statute.Law;
import dev.lawimpact.statute.Node;
import dev.lawimpact.statute.Paragraph;
import dev.lawimpact.statute.Provision;
import dev.lawimpact.statute.Sentence;
import dev.lawimpact.statute.Structure;
import dev.lawimpact.statute.SupplProvision;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Copy-on-write edits of the immutable tree: every edit returns new records along the path to
 * the change and shares everything else with the old tree, so old and new laws stay side by side.
 */
final class TreeEdit {
  private TreeEdit() {}

  static List<Node> children(Node n) {
    if (n instanceof Provision p) return p.children();
    if (n instanceof Structure s) return s.children();
    return List.of();
  }

  static Node withChildren(Node n, List<Node> kids) {
    if (n instanceof Article a) return new Article(a.path(), a.num(), a.title(), a.caption(), a.deleted(), kids, a.span());
    if (n instanceof Paragraph p) return new Paragraph(p.path(), p.num(), p.title(), p.caption(), p.sentences(), kids, p.span());
    if (n instanceof Item i) return new Item(i.path(), i.level(), i.num(), i.title(), i.sentences(), kids, i.span());
    if (n instanceof SupplProvision s) return new SupplProvision(s.path(), s.title(), s.amendLawNum(), s.extract(), s.type(), kids, s.span());
    if (n instanceof Appendix a) return new Appendix(a.path(), a.num(), a.title(), a.relatedArticleNum(), kids, a.span());
    if (n instanceof Structure s) return new Structure(s.kind(), s.num(), s.title(), s.deleted(), kids, s.span());
    return n;
  }

  static Node withSentences(Node n, List<Sentence> sentences) {
    if (n instanceof Paragraph p) return new Paragraph(p.path(), p.num(), p.title(), p.caption(), sentences, p.children(), p.span());
    if (n instanceof Item i) return new Item(i.path(), i.level(), i.num(), i.title(), sentences, i.children(), i.span());
    return n;
  }

  static Node withCaption(Node n, String caption) {
    if (n instanceof Article a) return new Article(a.path(), a.num(), a.title(), caption, a.deleted(), a.children(), a.span());
    if (n instanceof Paragraph p) return new Paragraph(p.path(), p.num(), p.title(), caption, p.sentences(), p.children(), p.span());
    return n;
  }

  static Node withTitle(Node n, String title) {
    if (n instanceof Article a) return new Article(a.path(), a.num(), title, a.caption(), a.deleted(), a.children(), a.span());
    if (n instanceof Paragraph p) return new Paragraph(p.path(), p.num(), title, p.caption(), p.sentences(), p.children(), p.span());
    if (n instanceof Item i) return new Item(i.path(), i.level(), i.num(), title, i.sentences(), i.children(), i.span());
    if (n instanceof Appendix a) return new Appendix(a.path(), a.num(), title, a.relatedArticleNum(), a.children(), a.span());
    if (n instanceof Structure s) return new Structure(s.kind(), s.num(), title, s.deleted(), s.children(), s.span());
    return n;
  }

  /**
   * Re-addresses a subtree under a new parent: each provision's path becomes parent + its own
   * kind and number. Used for NewProvision content (addressed in the amending law) and after
   * renumbering.
   */
  static Node rebase(Node n, ProvisionPath parent) {
    if (n instanceof Provision p) {
      ProvisionPath.Segment last = p.path().last().orElse(null);
      ProvisionPath path = last == null ? parent : parent.child(last.kind(), last.num());
      List<Node> kids = new ArrayList<>();
      for (Node c : p.children()) kids.add(rebase(c, path));
      return withPath(withChildren(n, kids), path);
    }
    if (n instanceof Structure s) {
      List<Node> kids = new ArrayList<>();
      for (Node c : s.children()) kids.add(rebase(c, parent));
      return withChildren(s, kids);
    }
    return n;
  }

  static Node withPath(Node n, ProvisionPath path) {
    if (n instanceof Article a) return new Article(path, a.num(), a.title(), a.caption(), a.deleted(), a.children(), a.span());
    if (n instanceof Paragraph p) return new Paragraph(path, p.num(), p.title(), p.caption(), p.sentences(), p.children(), p.span());
    if (n instanceof Item i) return new Item(path, i.level(), i.num(), i.title(), i.sentences(), i.children(), i.span());
    if (n instanceof SupplProvision s) return new SupplProvision(path, s.title(), s.amendLawNum(), s.extract(), s.type(), s.children(), s.span());
    if (n instanceof Appendix a) return new Appendix(path, a.num(), a.title(), a.relatedArticleNum(), a.children(), a.span());
    return n;
  }

  /** The provision given a new number and printed title, its subtree re-addressed. */
  static Node renumber(Provision p, String num) {
    ProvisionPath parent = p.path().parent().orElseThrow();
    Kind kind = p.path().last().orElseThrow().kind();
    ProvisionPath path = parent.child(kind, num);
    Node n;
    if (p instanceof Article a) {
      n = new Article(path, num, "第" + ProvisionPathLabels.article(num), a.caption(), a.deleted(), a.children(), a.span());
    } else if (p instanceof Paragraph q) {
      String title = q.title().isEmpty() ? "" : Numerals.toFullWidth(Integer.parseInt(num.split("_")[0]));
      n = new Paragraph(path, num, title, q.caption(), q.sentences(), q.children(), q.span());
    } else if (p instanceof Item i) {
      n = new Item(path, i.level(), num, ProvisionPathLabels.item(i.level(), num, i.title()), i.sentences(), i.children(), i.span());
    } else if (p instanceof Appendix a) {
      n = new Appendix(path, num, a.title(), a.relatedArticleNum(), a.children(), a.span());
    } else {
      n = p;
    }
    List<Node> kids = new ArrayList<>();
    for (Node c : children(n)) kids.add(rebase(c, path));
    return withChildren(n, kids);
  }

  /**
   * Edits the children list that directly holds the provision at {@code path} (looking through
   * 章・節 structures, which have no address). Returns the same node when nothing matched.
   */
  static Node editHolder(Node n, ProvisionPath path, UnaryOperator<List<Node>> edit) {
    List<Node> kids = children(n);
    for (Node c : kids) {
      if (c instanceof Provision p && p.path().equals(path)) return withChildren(n, edit.apply(kids));
    }
    for (int i = 0; i < kids.size(); i++) {
      Node c = kids.get(i);
      boolean descend = c instanceof Structure || (c instanceof Provision p && path.isWithin(p.path()));
      if (!descend) continue;
      Node e = editHolder(c, path, edit);
      if (e != c) {
        List<Node> copy = new ArrayList<>(kids);
        copy.set(i, e);
        return withChildren(n, copy);
      }
    }
    return n;
  }

  /** Replaces the node at path (found as in {@link #editHolder}) with the result of f. */
  static Node replaceAt(Node root, ProvisionPath path, UnaryOperator<Node> f) {
    // A top-level 附則 or 別表 is itself a root of the law.
    if (root instanceof Provision p && p.path().equals(path)) return f.apply(root);
    return editHolder(root, path, kids -> {
      List<Node> out = new ArrayList<>(kids.size());
      for (Node c : kids) out.add(c instanceof Provision p && p.path().equals(path) ? f.apply(c) : c);
      return out;
    });
  }

  /** Applies a node edit to every top-level part of a law until one of them changes. */
  static Law onLaw(Law law, UnaryOperator<Node> f) {
    Structure main = (Structure) f.apply(law.mainProvision());
    if (main != law.mainProvision()) return withParts(law, main, law.supplProvisions(), law.appendices());
    List<SupplProvision> sp = new ArrayList<>(law.supplProvisions());
    for (int i = 0; i < sp.size(); i++) {
      Node e = f.apply(sp.get(i));
      if (e != sp.get(i)) {
        sp.set(i, (SupplProvision) e);
        return withParts(law, main, sp, law.appendices());
      }
    }
    List<Appendix> ap = new ArrayList<>(law.appendices());
    for (int i = 0; i < ap.size(); i++) {
      Node e = f.apply(ap.get(i));
      if (e != ap.get(i)) {
        ap.set(i, (Appendix) e);
        return withParts(law, main, sp, ap);
      }
    }
    return law;
  }

  static Law withParts(Law law, Structure main, List<SupplProvision> suppl, List<Appendix> appendices) {
    return new Law(law.meta(), law.enactStatements(), law.toc(), law.preamble(), main, suppl, appendices);
  }

  /** Maps every sentence text in a subtree (tables' cells and list sentences included). */
  static Node mapText(Node n, UnaryOperator<String> f) {
    if (n instanceof Paragraph || n instanceof Item) {
      Provision p = (Provision) n;
      Node m = withSentences(n, mapSentences(p.sentences(), f));
      return withChildren(m, mapAll(p.children(), f));
    }
    if (n instanceof Provision || n instanceof Structure) return withChildren(n, mapAll(children(n), f));
    if (n instanceof Block.Table t) return mapTable(t, f, null);
    if (n instanceof Block.ListBlock l) {
      List<Block.ListBlock> kids = new ArrayList<>();
      for (Block.ListBlock c : l.children()) kids.add((Block.ListBlock) mapText(c, f));
      return new Block.ListBlock(l.level(), mapSentences(l.sentences(), f), kids, l.span());
    }
    if (n instanceof Block.Remarks r) return new Block.Remarks(r.label(), mapSentences(r.sentences(), f), mapAll(r.children(), f), r.span());
    if (n instanceof Block.Text t) return new Block.Text(t.element(), f.apply(t.text()), t.span());
    return n;
  }

  /** Maps cells of a table: of every row, or of the rows whose first cell is one of the labels. */
  static Block.Table mapTable(Block.Table t, UnaryOperator<String> f, java.util.function.Predicate<List<Block.Cell>> rowFilter) {
    List<List<Block.Cell>> rows = new ArrayList<>();
    for (List<Block.Cell> row : t.rows()) {
      if (rowFilter != null && !rowFilter.test(row)) {
        rows.add(row);
        continue;
      }
      List<Block.Cell> cells = new ArrayList<>();
      for (Block.Cell c : row) cells.add(new Block.Cell(f.apply(c.text()), c.rowspan(), c.colspan()));
      rows.add(cells);
    }
    return new Block.Table(t.title(), rows, t.span());
  }

  static List<Node> mapAll(List<Node> nodes, UnaryOperator<String> f) {
    List<Node> out = new ArrayList<>(nodes.size());
    for (Node c : nodes) out.add(mapText(c, f));
    return out;
  }

  static List<Sentence> mapSentences(List<Sentence> ss, UnaryOperator<String> f) {
    List<Sentence> out = new ArrayList<>(ss.size());
    for (Sentence s : ss) out.add(new Sentence(f.apply(s.text()), s.function(), s.column()));
    return out;
  }
}
