package dev.lawimpact.statute.xml;

import static dev.lawimpact.statute.xml.EgovElement.*;

import dev.lawimpact.identifiers.ProvisionPath;
import dev.lawimpact.statute.Appendix;
import dev.lawimpact.statute.Article;
import dev.lawimpact.statute.Block;
import dev.lawimpact.statute.Item;
import dev.lawimpact.statute.Law;
import dev.lawimpact.statute.LawMeta;
import dev.lawimpact.statute.Node;
import dev.lawimpact.statute.Paragraph;
import dev.lawimpact.statute.Sentence;
import dev.lawimpact.statute.Structure;
import dev.lawimpact.statute.SupplProvision;
import dev.lawimpact.statute.Toc;
import java.util.List;

/**
 * Tree → e-Gov 法令標準XML, for amended laws. What the tree keeps is written back: headings,
 * captions, sentences (with Function and Column), items and subitems, tables (cell text as one
 * Sentence per cell), lists, remarks, figures' file references, amendment provisions, 附則 and
 * appendices. What the reader does not keep is not invented: inline markup (Ruby, Line, Sup),
 * Hide/WritingMode attributes and table borders are absent, so a read → write → read round trip
 * gives the same text units, not the same bytes.
 */
public final class EgovXmlWriter {

  public String write(Law law) {
    StringBuilder sb = new StringBuilder(1 << 16);
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    LawMeta m = law.meta();
    sb.append('<').append(Law);
    attr(sb, "Era", m.era() == null ? "" : m.era().egovName);
    attr(sb, "Lang", "ja");
    attr(sb, "LawType", m.type().egovName);
    attr(sb, "Num", m.num());
    attr(sb, "Year", m.year() > 0 ? String.valueOf(m.year()) : "");
    if (!m.promulgationDate().isEmpty()) {
      String[] md = m.promulgationDate().split("-", 2);
      attr(sb, "PromulgateMonth", md[0]);
      if (md.length > 1) attr(sb, "PromulgateDay", md[1]);
    }
    sb.append(">\n");
    text(sb, LawNum, m.lawNumText());
    open(sb, LawBody);
    sb.append('<').append(LawTitle);
    attr(sb, "Kana", m.titleKana());
    attr(sb, "Abbrev", String.join(",", m.abbreviations()));
    sb.append('>').append(esc(m.title())).append("</").append(LawTitle).append(">\n");
    for (String e : law.enactStatements()) {
      open(sb, EnactStatement);
      text(sb, Sentence, e);
      close(sb, EnactStatement);
    }
    if (law.toc() != null) toc(sb, law.toc());
    if (law.preamble() != null) {
      open(sb, Preamble);
      for (Node c : law.preamble().children()) node(sb, c, false);
      close(sb, Preamble);
    }
    open(sb, MainProvision);
    for (Node c : law.mainProvision().children()) node(sb, c, false);
    close(sb, MainProvision);
    for (SupplProvision s : law.supplProvisions()) node(sb, s, false);
    for (Appendix a : law.appendices()) node(sb, a, false);
    close(sb, LawBody);
    sb.append("</").append(Law).append(">\n");
    return sb.toString();
  }

  private void toc(StringBuilder sb, Toc toc) {
    open(sb, TOC);
    if (!toc.label().isEmpty()) text(sb, TOCLabel, toc.label());
    for (Toc.Entry e : toc.entries()) tocEntry(sb, e);
    close(sb, TOC);
  }

  private void tocEntry(StringBuilder sb, Toc.Entry e) {
    String tag = "TOC" + e.kind();
    switch (e.kind()) {
      case "Preamble", "AppdxTable" -> {
        sb.append('<').append(tag).append("Label>").append(esc(e.title())).append("</").append(tag).append("Label>\n");
        return;
      }
      default -> { }
    }
    sb.append('<').append(tag);
    attr(sb, "Num", e.num());
    sb.append(">\n");
    String titleTag = switch (e.kind()) {
      case "SupplProvision" -> "SupplProvisionLabel";
      case "Article" -> "ArticleTitle";
      default -> e.kind() + "Title";
    };
    if (!e.title().isEmpty()) sb.append('<').append(titleTag).append('>').append(esc(e.title())).append("</").append(titleTag).append(">\n");
    if (!e.articleRange().isEmpty()) text(sb, ArticleRange, e.articleRange());
    for (Toc.Entry c : e.children()) tocEntry(sb, c);
    sb.append("</").append(tag).append(">\n");
  }

  // Java 17: no pattern matching in switch yet, hence the instanceof chain over the sealed types.
  private void node(StringBuilder sb, Node n, boolean inSuppl) {
    if (n instanceof Structure s) {
      String tag = switch (s.kind()) {
        case PART -> "Part";
        case CHAPTER -> "Chapter";
        case SECTION -> "Section";
        case SUBSECTION -> "Subsection";
        case DIVISION -> "Division";
        default -> null;
      };
      if (tag == null) {
        for (Node c : s.children()) node(sb, c, inSuppl);
        return;
      }
      sb.append('<').append(tag);
      if (s.deleted()) attr(sb, "Delete", "true");
      attr(sb, "Num", s.num());
      sb.append(">\n");
      sb.append('<').append(tag).append("Title>").append(esc(s.title())).append("</").append(tag).append("Title>\n");
      for (Node c : s.children()) node(sb, c, inSuppl);
      sb.append("</").append(tag).append(">\n");
    } else if (n instanceof Article a) {
      sb.append('<').append(Article);
      if (a.deleted() && a.children().isEmpty()) attr(sb, "Delete", "true");
      attr(sb, "Num", num(a.path(), a.num()));
      sb.append(">\n");
      if (!a.caption().isEmpty()) text(sb, ArticleCaption, a.caption());
      text(sb, ArticleTitle, a.title());
      for (Node c : a.children()) node(sb, c, inSuppl);
      close(sb, Article);
    } else if (n instanceof Paragraph p) {
      sb.append('<').append(Paragraph);
      attr(sb, "Num", num(p.path(), p.num()));
      sb.append(">\n");
      if (!p.caption().isEmpty()) text(sb, ParagraphCaption, p.caption());
      if (p.title().isEmpty()) sb.append('<').append(ParagraphNum).append("/>\n");
      else text(sb, ParagraphNum, p.title());
      sentences(sb, ParagraphSentence.name(), p.sentences());
      for (Node c : p.children()) node(sb, c, inSuppl);
      close(sb, Paragraph);
    } else if (n instanceof Item i) {
      String tag = i.level() == 0 ? "Item" : "Subitem" + i.level();
      sb.append('<').append(tag);
      attr(sb, "Num", num(i.path(), i.num()));
      sb.append(">\n");
      sb.append('<').append(tag).append("Title>").append(esc(i.title())).append("</").append(tag).append("Title>\n");
      sentences(sb, tag + "Sentence", i.sentences());
      for (Node c : i.children()) node(sb, c, inSuppl);
      sb.append("</").append(tag).append(">\n");
    } else if (n instanceof SupplProvision s) {
      sb.append('<').append(SupplProvision);
      attr(sb, "AmendLawNum", s.amendLawNum());
      if (s.extract()) attr(sb, "Extract", "true");
      attr(sb, "Type", s.type());
      sb.append(">\n");
      text(sb, SupplProvisionLabel, s.title());
      for (Node c : s.children()) node(sb, c, true);
      close(sb, SupplProvision);
    } else if (n instanceof Appendix a) {
      String tag = appendixTag(a.path(), inSuppl);
      sb.append('<').append(tag);
      attr(sb, "Num", a.num());
      sb.append(">\n");
      String titleTag = tag.equals("SupplProvisionAppdx") || tag.equals("Appdx") ? "ArithFormulaNum" : tag + "Title";
      if (!a.title().isEmpty()) sb.append('<').append(titleTag).append('>').append(esc(a.title())).append("</").append(titleTag).append(">\n");
      if (!a.relatedArticleNum().isEmpty()) text(sb, RelatedArticleNum, a.relatedArticleNum());
      for (Node c : a.children()) node(sb, c, inSuppl);
      sb.append("</").append(tag).append(">\n");
    } else if (n instanceof Block.Table t) {
      open(sb, TableStruct);
      if (!t.title().isEmpty()) text(sb, TableStructTitle, t.title());
      open(sb, Table);
      for (List<Block.Cell> row : t.rows()) {
        open(sb, TableRow);
        for (Block.Cell c : row) {
          sb.append('<').append(TableColumn);
          if (c.rowspan() > 1) attr(sb, "rowspan", String.valueOf(c.rowspan()));
          if (c.colspan() > 1) attr(sb, "colspan", String.valueOf(c.colspan()));
          sb.append('>');
          for (String line : c.text().split("\n")) {
            if (!line.isEmpty()) sb.append('<').append(Sentence).append('>').append(esc(line)).append("</").append(Sentence).append('>');
          }
          sb.append("</").append(TableColumn).append(">\n");
        }
        close(sb, TableRow);
      }
      close(sb, Table);
      close(sb, TableStruct);
    } else if (n instanceof Block.ListBlock l) {
      list(sb, l);
    } else if (n instanceof Block.Remarks r) {
      open(sb, Remarks);
      if (!r.label().isEmpty()) text(sb, RemarksLabel, r.label());
      for (Sentence s : r.sentences()) sentence(sb, s, 0);
      for (Node c : r.children()) node(sb, c, inSuppl);
      close(sb, Remarks);
    } else if (n instanceof Block.AmendProvision a) {
      open(sb, AmendProvision);
      for (String s : a.sentences()) {
        open(sb, AmendProvisionSentence);
        text(sb, Sentence, s);
        close(sb, AmendProvisionSentence);
      }
      if (!a.newProvisions().isEmpty()) {
        open(sb, NewProvision);
        for (Node c : a.newProvisions()) node(sb, c, inSuppl);
        close(sb, NewProvision);
      }
      close(sb, AmendProvision);
    } else if (n instanceof Block.Figure f) {
      figure(sb, f);
    } else if (n instanceof Block.Text t) {
      String tag = EgovElement.of(t.element()) != null ? t.element() : SupplNote.name();
      sb.append('<').append(tag).append('>').append(esc(t.text())).append("</").append(tag).append(">\n");
    }
  }

  private void figure(StringBuilder sb, Block.Figure f) {
    String tag = f.element();
    if (tag.equals("Fig")) {
      sb.append("<Fig src=\"").append(esc(f.src())).append("\"/>\n");
      return;
    }
    sb.append('<').append(tag).append(">\n");
    if (!f.title().isEmpty() && EgovElement.of(tag + "Title") != null) {
      sb.append('<').append(tag).append("Title>").append(esc(f.title())).append("</").append(tag).append("Title>\n");
    }
    String inner = switch (tag) {
      case "FigStruct" -> "";
      case "StyleStruct" -> "Style";
      case "FormatStruct" -> "Format";
      case "NoteStruct" -> "Note";
      default -> "";
    };
    if (!inner.isEmpty()) sb.append('<').append(inner).append('>');
    if (!f.src().isEmpty()) sb.append("<Fig src=\"").append(esc(f.src())).append("\"/>");
    else if (!f.text().isEmpty() && !f.text().equals(f.title())) {
      String body = f.title().isEmpty() ? f.text() : f.text().replaceFirst("^" + java.util.regex.Pattern.quote(f.title()) + "\n?", "");
      for (String line : body.split("\n")) if (!line.isEmpty()) text(sb, Sentence, line);
    }
    if (!inner.isEmpty()) sb.append("</").append(inner).append(">\n");
    sb.append("</").append(tag).append(">\n");
  }

  private void list(StringBuilder sb, Block.ListBlock l) {
    String tag = l.level() == 0 ? "List" : "Sublist" + l.level();
    sb.append('<').append(tag).append(">\n");
    sentences(sb, tag + "Sentence", l.sentences());
    for (Block.ListBlock c : l.children()) list(sb, c);
    sb.append("</").append(tag).append(">\n");
  }

  private void sentences(StringBuilder sb, String holder, List<Sentence> ss) {
    sb.append('<').append(holder).append('>');
    boolean columns = ss.stream().anyMatch(s -> s.column() > 0);
    if (!columns) {
      int i = 1;
      for (Sentence s : ss) sentence(sb, s, ss.size() > 1 ? i++ : 0);
    } else {
      int current = -1;
      for (Sentence s : ss) {
        if (s.column() != current) {
          if (current >= 0) sb.append("</").append(Column).append('>');
          current = s.column();
          sb.append('<').append(Column);
          attr(sb, "Num", String.valueOf(current));
          sb.append('>');
        }
        sentence(sb, s, 0);
      }
      if (current >= 0) sb.append("</").append(Column).append('>');
    }
    sb.append("</").append(holder).append(">\n");
  }

  private void sentence(StringBuilder sb, Sentence s, int num) {
    sb.append('<').append(Sentence);
    attr(sb, "Function", s.function());
    if (num > 0) attr(sb, "Num", String.valueOf(num));
    sb.append('>').append(esc(s.text())).append("</").append(Sentence).append('>');
  }

  private static String appendixTag(ProvisionPath path, boolean inSuppl) {
    ProvisionPath.Kind k = path.last().orElseThrow().kind();
    if (inSuppl) {
      return switch (k) {
        case APPDX_TABLE -> "SupplProvisionAppdxTable";
        case APPDX_STYLE -> "SupplProvisionAppdxStyle";
        default -> "SupplProvisionAppdx";
      };
    }
    return switch (k) {
      case APPDX_TABLE -> "AppdxTable";
      case APPDX_NOTE -> "AppdxNote";
      case APPDX_STYLE -> "AppdxStyle";
      case APPDX_FORMAT -> "AppdxFormat";
      case APPDX_FIG -> "AppdxFig";
      default -> "Appdx";
    };
  }

  /** The Num attribute: the path's number without the reader's .2 suffix for repeated numbers. */
  private static String num(ProvisionPath path, String num) {
    return num;
  }

  private static void open(StringBuilder sb, EgovElement e) {
    sb.append('<').append(e.name()).append(">\n");
  }

  private static void close(StringBuilder sb, EgovElement e) {
    sb.append("</").append(e.name()).append(">\n");
  }

  private static void text(StringBuilder sb, EgovElement e, String text) {
    sb.append('<').append(e.name()).append('>').append(esc(text)).append("</").append(e.name()).append(">\n");
  }

  private static void attr(StringBuilder sb, String name, String value) {
    if (value == null || value.isEmpty()) return;
    sb.append(' ').append(name).append("=\"").append(esc(value)).append('"');
  }

  static String esc(String s) {
    if (s == null) return "";
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String r = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        default -> null;
      };
      if (r != null) {
        if (out == null) out = new StringBuilder(s.length() + 16).append(s, 0, i);
        out.append(r);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }
}
