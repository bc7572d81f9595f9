package dev.lawimpact.statute;

import dev.lawimpact.identifiers.ProvisionPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One law as an immutable tree: metadata, 制定文, 目次 (null when absent), 前文 (null when absent),
 * 本則, 附則 (original and amending) and appendices.
 */
public record Law(LawMeta meta, List<String> enactStatements, Toc toc, Structure preamble,
    Structure mainProvision, List<SupplProvision> supplProvisions, List<Appendix> appendices) {

  public Law {
    enactStatements = List.copyOf(enactStatements);
    supplProvisions = List.copyOf(supplProvisions);
    appendices = List.copyOf(appendices);
  }

  /** Every addressable provision, depth first in document order; amendment text is not entered. */
  public void forEachProvision(Consumer<Provision> action) {
    if (preamble != null) walk(preamble, action);
    walk(mainProvision, action);
    for (SupplProvision s : supplProvisions) walk(s, action);
    for (Appendix a : appendices) walk(a, action);
  }

  public List<Provision> provisions() {
    List<Provision> out = new ArrayList<>();
    forEachProvision(out::add);
    return out;
  }

  private static void walk(Node n, Consumer<Provision> action) {
    if (n instanceof Provision p) {
      action.accept(p);
      for (Node c : p.children()) walk(c, action);
    } else if (n instanceof Structure s) {
      for (Node c : s.children()) walk(c, action);
    }
  }

  /** Finds a provision by path with a walk of the tree (laws are small enough; no index kept). */
  public Optional<Provision> find(ProvisionPath path) {
    if (!path.lawId().equals(meta.lawId()) || path.isWholeLaw()) return Optional.empty();
    List<Provision> found = new ArrayList<>(1);
    forEachProvision(p -> {
      if (found.isEmpty() && p.path().equals(path)) found.add(p);
    });
    return found.stream().findFirst();
  }

  /** Full text of a node and everything under it, for indexing and display: pieces joined by newlines. */
  public static String fullText(Node n) {
    return String.join("\n", textPieces(n));
  }

  /**
   * The non-empty text pieces (sentences of one provision, table cells, headings of inserted
   * provisions) of a node's subtree in document order. Indexing analyses each piece once and
   * reuses the tokens for every ancestor's document.
   */
  public static List<String> textPieces(Node n) {
    List<String> out = new ArrayList<>();
    appendText(n, out);
    return out;
  }

  // Java 17: no pattern matching in switch yet, hence the instanceof chain over the sealed types.
  private static void appendText(Node n, List<String> sb) {
    if (n instanceof Provision p) {
      append(sb, p.ownText());
      for (Node c : p.children()) appendText(c, sb);
    } else if (n instanceof Structure s) {
      append(sb, s.title());
      for (Node c : s.children()) appendText(c, sb);
    } else if (n instanceof Block.Table t) {
      for (List<Block.Cell> row : t.rows()) for (Block.Cell c : row) append(sb, c.text());
    } else if (n instanceof Block.ListBlock l) {
      append(sb, Sentence.join(l.sentences()));
      for (Block.ListBlock c : l.children()) appendText(c, sb);
    } else if (n instanceof Block.AmendProvision a) {
      for (String s : a.sentences()) append(sb, s);
      for (Node c : a.newProvisions()) appendNewProvision(c, sb);
    } else if (n instanceof Block.Figure f) {
      append(sb, f.text());
    } else if (n instanceof Block.Remarks r) {
      append(sb, r.label());
      append(sb, Sentence.join(r.sentences()));
      for (Node c : r.children()) appendText(c, sb);
    } else if (n instanceof Block.Text t) {
      append(sb, t.text());
    }
  }

  /** New provisions in amendment text include their headings, which are part of what is inserted. */
  private static void appendNewProvision(Node n, List<String> sb) {
    if (n instanceof Article a) {
      append(sb, a.caption());
      append(sb, a.title());
    } else if (n instanceof Provision p && !p.title().isEmpty()) {
      append(sb, p.title());
    }
    appendText(n, sb);
  }

  private static void append(List<String> out, String s) {
    if (s != null && !s.isEmpty()) out.add(s);
  }
}
