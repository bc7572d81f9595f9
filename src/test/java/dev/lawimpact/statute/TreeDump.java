package dev.lawimpact.statute;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A plain-text picture of a law tree, one node per line, indented by depth, for golden
 * comparisons: a failing test shows the whole difference at once instead of the first wrong field.
 */
public final class TreeDump {
  private TreeDump() {}

  public static String of(Law law) {
    StringBuilder sb = new StringBuilder();
    if (law.preamble() != null) node(law.preamble(), 0, sb);
    node(law.mainProvision(), 0, sb);
    for (SupplProvision s : law.supplProvisions()) node(s, 0, sb);
    for (Appendix a : law.appendices()) node(a, 0, sb);
    return sb.toString();
  }

  public static String of(Node n) {
    StringBuilder sb = new StringBuilder();
    node(n, 0, sb);
    return sb.toString();
  }

  private static void node(Node n, int depth, StringBuilder sb) {
    sb.append("  ".repeat(depth));
    if (n instanceof Structure s) {
      sb.append(s.kind()).append(' ').append(s.num()).append(' ').append(s.title()).append(s.deleted() ? " [deleted]" : "");
      line(sb);
      for (Node c : s.children()) node(c, depth + 1, sb);
    } else if (n instanceof Article a) {
      sb.append("Article ").append(a.path().local()).append(" num=").append(a.num()).append(' ').append(a.title())
          .append(a.caption()).append(a.deleted() ? " [deleted]" : "");
      line(sb);
      for (Node c : a.children()) node(c, depth + 1, sb);
    } else if (n instanceof Paragraph p) {
      sb.append("Paragraph ").append(p.path().local()).append(" num=").append(p.num()).append(" title=").append(p.title())
          .append(p.caption()).append(" | ").append(sentences(p.sentences()));
      line(sb);
      for (Node c : p.children()) node(c, depth + 1, sb);
    } else if (n instanceof Item i) {
      sb.append(i.level() == 0 ? "Item " : "Subitem" + i.level() + " ").append(i.path().local()).append(" num=").append(i.num())
          .append(' ').append(i.title()).append(" | ").append(sentences(i.sentences()));
      line(sb);
      for (Node c : i.children()) node(c, depth + 1, sb);
    } else if (n instanceof SupplProvision s) {
      sb.append("Suppl ").append(s.path().local()).append(' ').append(s.title()).append(" amend=").append(s.amendLawNum())
          .append(s.extract() ? " [extract]" : "").append(s.type().isEmpty() ? "" : " type=" + s.type());
      line(sb);
      for (Node c : s.children()) node(c, depth + 1, sb);
    } else if (n instanceof Appendix a) {
      sb.append("Appendix ").append(a.path().local()).append(" num=").append(a.num()).append(' ').append(a.title())
          .append(a.relatedArticleNum());
      line(sb);
      for (Node c : a.children()) node(c, depth + 1, sb);
    } else if (n instanceof Block.Table t) {
      sb.append("Table ").append(t.title()).append(t.rows().stream()
          .map(r -> r.stream().map(TreeDump::cell).collect(Collectors.joining(", ", "[", "]")))
          .collect(Collectors.joining(" ", " ", "")));
      line(sb);
    } else if (n instanceof Block.ListBlock l) {
      sb.append("List").append(l.level()).append(" | ").append(sentences(l.sentences()));
      line(sb);
      for (Node c : l.children()) node(c, depth + 1, sb);
    } else if (n instanceof Block.AmendProvision a) {
      sb.append("Amend | ").append(String.join(" / ", a.sentences()));
      line(sb);
      for (Node c : a.newProvisions()) node(c, depth + 1, sb);
    } else if (n instanceof Block.Figure f) {
      sb.append("Figure ").append(f.element()).append(' ').append(f.title()).append(" src=").append(f.src())
          .append(" | ").append(f.text().replace('\n', '/'));
      line(sb);
    } else if (n instanceof Block.Remarks r) {
      sb.append("Remarks ").append(r.label()).append(" | ").append(sentences(r.sentences()));
      line(sb);
      for (Node c : r.children()) node(c, depth + 1, sb);
    } else if (n instanceof Block.Text t) {
      sb.append("Text ").append(t.element()).append(" | ").append(t.text().replace('\n', '/'));
      line(sb);
    }
  }

  private static String cell(Block.Cell c) {
    return c.text().replace('\n', '/') + (c.rowspan() != 1 ? " rowspan=" + c.rowspan() : "")
        + (c.colspan() != 1 ? " colspan=" + c.colspan() : "");
  }

  /** Sentences with their function and column when set: 本文{main} ただし書{proviso} 甲@1 乙@2. */
  private static String sentences(List<Sentence> ss) {
    return ss.stream()
        .map(s -> s.text() + (s.function().isEmpty() ? "" : "{" + s.function() + "}") + (s.column() > 0 ? "@" + s.column() : ""))
        .collect(Collectors.joining(" "));
  }

  private static void line(StringBuilder sb) {
    // Trailing spaces of empty fields would make the golden text fragile to editors.
    int end = sb.length();
    while (end > 0 && sb.charAt(end - 1) == ' ') end--;
    sb.setLength(end);
    sb.append('\n');
  }
}
