package dev.lawimpact.statute.xml;

import static dev.lawimpact.statute.xml.EgovElement.of;

import dev.lawimpact.identifiers.Era;
import dev.lawimpact.numerals.Numerals;
import dev.lawimpact.identifiers.LawId;
import dev.lawimpact.identifiers.LawNumber;
import dev.lawimpact.identifiers.ProvisionPath;
import dev.lawimpact.identifiers.ProvisionPath.Kind;
import dev.lawimpact.statute.Appendix;
import dev.lawimpact.statute.Article;
import dev.lawimpact.statute.Block;
import dev.lawimpact.statute.Item;
import dev.lawimpact.statute.Law;
import dev.lawimpact.statute.LawMeta;
import dev.lawimpact.statute.LawType;
import dev.lawimpact.statute.Node;
import dev.lawimpact.statute.Paragraph;
import dev.lawimpact.statute.Sentence;
import dev.lawimpact.statute.SourceSpan;
import dev.lawimpact.statute.Structure;
import dev.lawimpact.statute.SupplProvision;
import dev.lawimpact.statute.Toc;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Reads one e-Gov 法令標準XML file into the immutable {@link Law} tree. Never throws for bad input:
 * a file that is not law XML, is truncated, or lacks what a law needs gives a failed
 * {@link ReadResult} with the reason; oddities inside a law (unknown elements, repeated or
 * malformed numbers) are kept as warnings and the law is still built.
 */
public final class EgovXmlReader {

  // Titles number appendices in kanji (別表第二) and sometimes in full-width digits (様式第１).
  private static final Pattern TITLE_NUM = Pattern.compile(
      "^(?:附則)?(?:別表|別記|様式|書式|別図|付録)第([〇一二三四五六七八九十百千０-９0-9]+(?:の[〇一二三四五六七八九十百千０-９0-9]+)*)");
  private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\n\\s*");

  /** Reads {@code xml}; lawId comes from the file name because older e-Gov XML does not carry it. */
  public ReadResult read(String lawId, String source, byte[] xml) {
    List<ReadResult.Diagnostic> diags = new ArrayList<>();
    if (!LawId.isValid(lawId)) {
      diags.add(error(source, "file name does not give an e-Gov law id: " + lawId));
      return new ReadResult(source, null, diags);
    }
    if (!endsWithLawClose(xml)) {
      diags.add(error(source, xml.length == 0 ? "empty file" : "truncated or not law XML: it does not end with </Law>"));
      return new ReadResult(source, null, diags);
    }
    Document doc;
    try {
      Parser parser = Parser.xmlParser().setTrackPosition(true);
      doc = Jsoup.parse(new ByteArrayInputStream(xml), StandardCharsets.UTF_8.name(), "", parser);
    } catch (IOException | RuntimeException e) {
      diags.add(error(source, "unreadable XML: " + e.getMessage()));
      return new ReadResult(source, null, diags);
    }
    Element root = doc.children().stream().filter(e -> e.tagName().equals("Law")).findFirst().orElse(null);
    if (root == null) {
      diags.add(error(source, "no <Law> root element"));
      return new ReadResult(source, null, diags);
    }
    try {
      Law law = new Builder(new LawId(lawId), source, diags).law(root);
      return new ReadResult(source, law, diags);
    } catch (MissingPart e) {
      diags.add(error(source, e.getMessage()));
      return new ReadResult(source, null, diags);
    } catch (RuntimeException | StackOverflowError e) {
      // The promise is a result, never an exception: a reader bug or absurdly deep nesting
      // becomes a failed read that names the cause.
      diags.add(error(source, "could not build the law: " + e));
      return new ReadResult(source, null, diags);
    }
  }

  private static boolean endsWithLawClose(byte[] xml) {
    int end = xml.length;
    while (end > 0 && Character.isWhitespace(xml[end - 1])) end--;
    byte[] close = "</Law>".getBytes(StandardCharsets.US_ASCII);
    return end >= close.length && Arrays.equals(xml, end - close.length, end, close, 0, close.length);
  }

  private static ReadResult.Diagnostic error(String where, String msg) {
    return new ReadResult.Diagnostic(ReadResult.Severity.ERROR, where, msg);
  }

  /** Thrown inside the builder when a part every law must have is absent. */
  private static final class MissingPart extends RuntimeException {
    MissingPart(String msg) {
      super(msg, null, false, false);
    }
  }

  /** One law's build state: its id, where diagnostics go. */
  private static final class Builder {
    private final LawId lawId;
    private final String source;
    private final List<ReadResult.Diagnostic> diags;

    Builder(LawId lawId, String source, List<ReadResult.Diagnostic> diags) {
      this.lawId = lawId;
      this.source = source;
      this.diags = diags;
    }

    private void warn(Object where, String msg) {
      diags.add(new ReadResult.Diagnostic(ReadResult.Severity.WARNING, source + " " + where, msg));
    }

    Law law(Element root) {
      Element lawNum = first(root, EgovElement.LawNum);
      Element body = first(root, EgovElement.LawBody);
      if (body == null) throw new MissingPart("no <LawBody>");
      Element title = first(body, EgovElement.LawTitle);
      if (title == null || inline(title).isEmpty()) throw new MissingPart("no <LawTitle>");
      String lawNumText = lawNum == null ? "" : inline(lawNum);
      LawNumber number = LawNumber.parse(lawNumText).orElse(null);
      if (number == null) warn("LawNum", "law number does not parse: '" + lawNumText + "'");
      LawType type = LawType.fromEgovName(root.attr("LawType")).orElseGet(() -> {
        warn("Law", "unknown LawType '" + root.attr("LawType") + "', taken as Misc");
        return LawType.MISC;
      });
      Era era = Era.fromEgovName(root.attr("Era")).orElse(lawId.era());
      int year = parseIntOr(root.attr("Year"), lawId.eraYear());
      List<String> abbrevs = new ArrayList<>();
      for (String a : title.attr("Abbrev").split("[,、]")) if (!a.isBlank()) abbrevs.add(a.strip());
      LawMeta meta = new LawMeta(lawId, inline(title), title.attr("Kana"), abbrevs, lawNumText, number, type,
          era, year, root.attr("Num"), promulgation(root));

      List<String> enact = new ArrayList<>();
      Toc toc = null;
      Structure preamble = null;
      Structure main = null;
      List<SupplProvision> suppl = new ArrayList<>();
      List<Appendix> appendices = new ArrayList<>();
      Set<String> usedTop = new HashSet<>();
      ProvisionPath rootPath = ProvisionPath.of(lawId);
      for (Element c : body.children()) {
        EgovElement e = of(c.tagName());
        if (e == null) {
          warn(c.tagName(), "unknown element in LawBody, skipped");
          continue;
        }
        switch (e) {
          case LawTitle -> { }
          case EnactStatement -> enact.add(flat(c));
          case TOC -> toc = toc(c);
          case Preamble -> {
            ProvisionPath p = rootPath.child(Kind.PREAMBLE, "");
            preamble = new Structure(Structure.Kind.PREAMBLE, "", "前文", false, children(c, p, new HashSet<>(), false), span(c));
          }
          case MainProvision -> main = new Structure(Structure.Kind.MAIN_PROVISION, "", "", false,
              children(c, rootPath, new HashSet<>(), false), span(c));
          case SupplProvision -> suppl.add(suppl(c, rootPath, usedTop));
          case AppdxTable, AppdxNote, AppdxStyle, AppdxFormat, AppdxFig, Appdx -> appendices.add(appendix(c, e, rootPath, usedTop));
          default -> warn(c.tagName(), "unexpected element in LawBody, skipped");
        }
      }
      if (main == null) throw new MissingPart("no <MainProvision>");
      return new Law(meta, enact, toc, preamble, main, suppl, appendices);
    }

    private static String promulgation(Element root) {
      String m = root.attr("PromulgateMonth");
      String d = root.attr("PromulgateDay");
      return m.isEmpty() ? "" : m + "-" + d;
    }

    private Toc toc(Element c) {
      String label = "";
      List<Toc.Entry> entries = new ArrayList<>();
      for (Element x : c.children()) {
        EgovElement e = of(x.tagName());
        if (e == EgovElement.TOCLabel) label = inline(x);
        else if (e != null) entries.add(tocEntry(x));
      }
      return new Toc(label, entries);
    }

    private Toc.Entry tocEntry(Element x) {
      String title = "";
      String range = "";
      List<Toc.Entry> kids = new ArrayList<>();
      for (Element y : x.children()) {
        String n = y.tagName();
        if (n.endsWith("Title") || n.endsWith("Label") || n.equals("ArticleCaption")) {
          title = title.isEmpty() ? inline(y) : title + inline(y);
        } else if (n.equals("ArticleRange")) range = inline(y);
        else kids.add(tocEntry(y));
      }
      if (title.isEmpty() && x.children().isEmpty()) title = inline(x);
      // TOCPreambleLabel and TOCAppdxTableLabel are entries too: kinds Preamble and AppdxTable.
      String kind = x.tagName().replaceFirst("^TOC", "").replaceFirst("Label$", "");
      return new Toc.Entry(kind, x.attr("Num"), title, range, kids);
    }

    private SupplProvision suppl(Element c, ProvisionPath root, Set<String> used) {
      String amend = c.attr("AmendLawNum");
      String key = "";
      if (!amend.isEmpty()) {
        LawNumber n = LawNumber.parse(amend).orElse(null);
        if (n == null) warn("SupplProvision AmendLawNum", "does not parse: '" + amend + "'");
        else key = n.key();
      }
      ProvisionPath p = root.child(Kind.SUPPL, unique(used, Kind.SUPPL.prefix, key));
      String label = text(first(c, EgovElement.SupplProvisionLabel));
      return new SupplProvision(p, label, amend, "true".equals(c.attr("Extract")), c.attr("Type"),
          children(c, p, new HashSet<>(), false), span(c));
    }

    private Appendix appendix(Element c, EgovElement e, ProvisionPath base, Set<String> used) {
      Kind kind = switch (e) {
        case AppdxTable, SupplProvisionAppdxTable -> Kind.APPDX_TABLE;
        case AppdxNote -> Kind.APPDX_NOTE;
        case AppdxStyle, SupplProvisionAppdxStyle -> Kind.APPDX_STYLE;
        case AppdxFormat -> Kind.APPDX_FORMAT;
        case AppdxFig -> Kind.APPDX_FIG;
        default -> Kind.APPDX;
      };
      String title = "";
      String related = "";
      for (Element x : c.children()) {
        String n = x.tagName();
        if (n.endsWith("Title")) title = inline(x);
        else if (n.equals("RelatedArticleNum")) related = inline(x);
      }
      // Many 別表 carry no Num; their title (別表第二) still numbers them.
      String fromTitle = "";
      Matcher tm = TITLE_NUM.matcher(title);
      if (c.attr("Num").isEmpty() && tm.lookingAt()) fromTitle = Numerals.parseBranch(tm.group(1)).orElse("");
      String num = num(c, fromTitle, used, kind.prefix);
      ProvisionPath p = base.child(kind, num);
      return new Appendix(p, stripDup(num), title, related, children(c, p, new HashSet<>(), false), span(c));
    }

    /**
     * Children of a container. used holds the numbers already taken at this address level; it is
     * shared through 編・章・節 because article numbers are unique across the whole 本則.
     * loose: inside NewProvision, where headings and sentences may stand alone.
     */
    private List<Node> children(Element parent, ProvisionPath base, Set<String> used, boolean loose) {
      List<Node> out = new ArrayList<>();
      for (Element c : parent.children()) {
        EgovElement e = of(c.tagName());
        if (e == null) {
          warn(base.local() + " " + c.tagName(), "unknown element, kept as text");
          out.add(new Block.Text(c.tagName(), flat(c), span(c)));
          continue;
        }
        Node n = node(c, e, base, used, loose);
        if (n != null) out.add(n);
        // Block.Table holds only rows: a TableStruct's Remarks (備考) follow it as their own block.
        if (e == EgovElement.TableStruct) {
          for (Element x : c.children()) {
            if (of(x.tagName()) == EgovElement.Remarks) out.add(node(x, EgovElement.Remarks, base, used, loose));
          }
        }
      }
      return out;
    }

    private Node node(Element c, EgovElement e, ProvisionPath base, Set<String> used, boolean loose) {
      switch (e) {
        case Part, Chapter, Section, Subsection, Division -> {
          Structure.Kind k = Structure.Kind.valueOf(e == EgovElement.Part ? "PART" : e.name().toUpperCase());
          Element t = first(c, EgovElement.valueOf(e.name() + "Title"));
          return new Structure(k, c.attr("Num"), text(t), "true".equals(c.attr("Delete")),
              children(c, base, used, loose), span(c));
        }
        case Article -> {
          String num = num(c, false, used, Kind.ARTICLE.prefix);
          ProvisionPath p = base.child(Kind.ARTICLE, num);
          List<Node> kids = children(c, p, new HashSet<>(), loose);
          boolean deleted = "true".equals(c.attr("Delete")) || isDeletedText(kids);
          return new Article(p, stripDup(num), text(first(c, EgovElement.ArticleTitle)),
              text(first(c, EgovElement.ArticleCaption)), deleted, kids, span(c));
        }
        case Paragraph -> {
          String num = num(c, true, used, Kind.PARAGRAPH.prefix);
          ProvisionPath p = base.child(Kind.PARAGRAPH, num);
          return new Paragraph(p, stripDup(num), text(first(c, EgovElement.ParagraphNum)),
              text(first(c, EgovElement.ParagraphCaption)), sentences(first(c, EgovElement.ParagraphSentence)),
              children(c, p, new HashSet<>(), loose), span(c));
        }
        case Item, Subitem1, Subitem2, Subitem3, Subitem4, Subitem5, Subitem6, Subitem7, Subitem8, Subitem9, Subitem10 -> {
          int level = e.subitemLevel();
          Kind kind = level == 0 ? Kind.ITEM : Kind.SUBITEM;
          String num = num(c, false, used, kind.prefix);
          ProvisionPath p = base.child(kind, num);
          return new Item(p, level, stripDup(num), text(first(c, EgovElement.valueOf(e.name() + "Title"))),
              sentences(first(c, EgovElement.valueOf(e.name() + "Sentence"))), children(c, p, new HashSet<>(), loose), span(c));
        }
        case SupplProvisionAppdxTable, SupplProvisionAppdxStyle, SupplProvisionAppdx, AppdxTable, AppdxNote,
            AppdxStyle, AppdxFormat, AppdxFig, Appdx -> {
          return appendix(c, e, base, used);
        }
        case TableStruct -> {
          return table(c);
        }
        case List -> {
          return list(c, 0);
        }
        case AmendProvision -> {
          List<String> sentences = new ArrayList<>();
          List<Node> newProvisions = new ArrayList<>();
          for (Element x : c.children()) {
            if (of(x.tagName()) == EgovElement.AmendProvisionSentence) sentences.add(Sentence.join(sentences(x)));
            else if (of(x.tagName()) == EgovElement.NewProvision) {
              newProvisions.addAll(children(x, ProvisionPath.of(lawId), new HashSet<>(), true));
            }
          }
          return new Block.AmendProvision(sentences, newProvisions, span(c));
        }
        case Remarks -> {
          // Direct Sentence children are the remarks' sentences; the rest (items, tables) are children.
          List<Node> kids = children(c, base, new HashSet<>(), loose);
          kids.removeIf(k -> k instanceof Block.Text t && t.element().equals(EgovElement.Sentence.name()));
          return new Block.Remarks(text(first(c, EgovElement.RemarksLabel)), remarkSentences(c), kids, span(c));
        }
        case FigStruct, StyleStruct, FormatStruct, NoteStruct, ArithFormula, Fig, Class -> {
          Element fig = c.selectFirst("Fig");
          String title = "";
          for (Element x : c.children()) if (x.tagName().endsWith("Title")) title = inline(x);
          return new Block.Figure(e.name(), title, fig == null ? "" : fig.attr("src"), flat(c), span(c));
        }
        case SupplNote, QuoteStruct, Sentence, Column, Table, TableRow -> {
          return new Block.Text(e.name(), flat(c), span(c));
        }
        default -> {
          String n = e.name();
          // Titles, captions, numbers and sentences are read by their parent; standing alone
          // (inside NewProvision) they are amendment text worth keeping.
          if (n.endsWith("Title") || n.endsWith("Caption") || n.endsWith("Num") || n.endsWith("Sentence")
              || n.endsWith("Label") || e == EgovElement.RelatedArticleNum) {
            return loose && isStandalone(c) ? new Block.Text(n, flat(c), span(c)) : null;
          }
          // NewProvision may hold any part of a law (a new 目次, a 前文 …): amendment text, not an oddity.
          if (!loose) warn(base.local() + " " + n, "element not expected here, kept as text");
          return new Block.Text(n, flat(c), span(c));
        }
      }
    }

    /** In NewProvision a heading or sentence is standalone when its parent is NewProvision itself. */
    private static boolean isStandalone(Element c) {
      Element p = c.parent();
      return p != null && p.tagName().equals("NewProvision");
    }

    private static boolean isDeletedText(List<Node> kids) {
      return kids.size() == 1 && kids.get(0) instanceof Paragraph p && p.children().isEmpty()
          && p.ownText().equals("削除");
    }

    private Block.Table table(Element c) {
      String title = text(first(c, EgovElement.TableStructTitle));
      List<List<Block.Cell>> rows = new ArrayList<>();
      Element table = first(c, EgovElement.Table);
      if (table != null) {
        for (Element row : table.children()) {
          List<Block.Cell> cells = new ArrayList<>();
          for (Element col : row.children()) {
            cells.add(new Block.Cell(flat(col), parseIntOr(col.attr("rowspan"), 1), parseIntOr(col.attr("colspan"), 1)));
          }
          rows.add(cells);
        }
      }
      return new Block.Table(title, rows, span(c));
    }

    private Block.ListBlock list(Element c, int level) {
      List<Sentence> s = new ArrayList<>();
      List<Block.ListBlock> kids = new ArrayList<>();
      for (Element x : c.children()) {
        String n = x.tagName();
        if (n.endsWith("Sentence")) s.addAll(sentences(x));
        else if (n.startsWith("Sublist")) kids.add(list(x, level + 1));
      }
      return new Block.ListBlock(level, s, kids, span(c));
    }

    private List<Sentence> remarkSentences(Element c) {
      List<Sentence> out = new ArrayList<>();
      for (Element x : c.children()) {
        if (of(x.tagName()) == EgovElement.Sentence) out.add(new Sentence(inline(x), x.attr("Function"), 0));
      }
      return out;
    }

    /** Sentences of a *Sentence element: direct Sentence children or Columns of Sentences. */
    private List<Sentence> sentences(Element holder) {
      if (holder == null) return List.of();
      List<Sentence> out = new ArrayList<>();
      int col = 0;
      for (Element x : holder.children()) {
        EgovElement e = of(x.tagName());
        if (e == EgovElement.Sentence) out.add(new Sentence(inline(x), x.attr("Function"), 0));
        else if (e == EgovElement.Column) {
          col++;
          int n = parseIntOr(x.attr("Num"), col);
          boolean any = false;
          for (Element y : x.children()) {
            if (of(y.tagName()) == EgovElement.Sentence) {
              out.add(new Sentence(inline(y), y.attr("Function"), n));
              any = true;
            }
          }
          if (!any) out.add(new Sentence(flat(x), "", n));
        } else {
          // Tables or quotes inside a sentence holder: keep their words.
          String t = flat(x);
          if (!t.isEmpty()) out.add(new Sentence(t, "", 0));
        }
      }
      return out;
    }

    /**
     * The Num attribute checked for shape and uniqueness among siblings (.2, .3 … on repeats).
     * Without a Num, paragraphs are numbered by position (an article's paragraphs are 1, 2, 3 …
     * in order); other nodes stay unnumbered (the single 別表).
     */
    private String num(Element c, boolean byPosition, Set<String> used, String prefix) {
      return num(c, byPosition ? null : "", used, prefix);
    }

    /**
     * As above with an explicit number for a missing Num (an appendix numbered by its title), or
     * null for its position, counted only when needed.
     */
    private String num(Element c, String fallback, Set<String> used, String prefix) {
      String raw = c.attr("Num");
      String n = raw.isEmpty() || ProvisionPath.isNum(raw) ? raw : irohaNum(raw);
      if (!raw.isEmpty() && !ProvisionPath.isNum(n)) {
        warn(prefix + raw, "malformed Num '" + raw + "', numbered by position");
        n = position(c);
      }
      if (n.isEmpty()) n = fallback == null ? position(c) : fallback;
      return unique(used, prefix, n);
    }

    /** 1-based position of an element among its siblings of the same name. */
    private static String position(Element c) {
      int n = 1;
      for (Element p = c.previousElementSibling(); p != null; p = p.previousElementSibling()) {
        if (p.tagName().equals(c.tagName())) n++;
      }
      return String.valueOf(n);
    }

    private String unique(Set<String> used, String prefix, String n) {
      if (used.add(prefix + n)) return n;
      for (int i = 2; ; i++) {
        String candidate = n + "." + i;
        if (used.add(prefix + candidate)) {
          warn(prefix + n, "number repeats among siblings; addressed as " + prefix + candidate);
          return candidate;
        }
      }
    }
  }

  /** イ / イ:ホ style Num values (seen in a few laws' items, once in half-width ﾊ:ﾂ) as numbers: 1 / 1:5. */
  private static String irohaNum(String raw) {
    StringBuilder sb = new StringBuilder();
    for (String part : Normalizer.normalize(raw, Normalizer.Form.NFKC).split(":", -1)) {
      var v = Numerals.parseIroha(part);
      if (v.isEmpty()) return raw;
      if (!sb.isEmpty()) sb.append(':');
      sb.append(v.getAsInt());
    }
    return sb.toString();
  }

  static String stripDup(String num) {
    int dot = num.indexOf('.');
    return dot < 0 ? num : num.substring(0, dot);
  }

  private static Element first(Element parent, EgovElement e) {
    for (Element c : parent.children()) if (c.tagName().equals(e.name())) return c;
    return null;
  }

  private static String text(Element e) {
    return e == null ? "" : inline(e);
  }

  /** Inline text of an element: ruby readings (Rt) dropped, layout whitespace removed. */
  static String inline(Element e) {
    StringBuilder sb = new StringBuilder();
    appendInline(e, sb);
    return LINE_BREAKS.matcher(sb).replaceAll("").strip();
  }

  private static void appendInline(Element e, StringBuilder sb) {
    for (org.jsoup.nodes.Node n : e.childNodes()) {
      if (n instanceof TextNode t) sb.append(t.getWholeText());
      else if (n instanceof Element c && !c.tagName().equals("Rt")) appendInline(c, sb);
    }
  }

  /** Text of a container: each block-level child on its own line. */
  static String flat(Element e) {
    boolean blocky = false;
    for (Element c : e.children()) {
      String n = c.tagName();
      if (!(n.equals("Ruby") || n.equals("Rt") || n.equals("Line") || n.equals("Sup") || n.equals("Sub"))) {
        blocky = true;
        break;
      }
    }
    if (!blocky) return inline(e);
    StringBuilder sb = new StringBuilder();
    for (Element c : e.children()) {
      String t = flat(c);
      if (t.isEmpty()) continue;
      if (!sb.isEmpty()) sb.append('\n');
      sb.append(t);
    }
    return sb.toString();
  }

  private static SourceSpan span(Element e) {
    Range r = e.sourceRange();
    Range end = e.endSourceRange();
    if (!r.isTracked()) return SourceSpan.NONE;
    return new SourceSpan(r.startPos(), end.isTracked() ? end.endPos() : r.endPos());
  }

  private static int parseIntOr(String s, int fallback) {
    try {
      return s == null || s.isEmpty() ? fallback : Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
