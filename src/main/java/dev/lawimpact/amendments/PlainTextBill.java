package dev.lawimpact.amendments;

import dev.lawimpact.identifiers.LawId;
import dev.lawimpact.identifiers.ProvisionPath;
import dev.lawimpact.numerals.Numerals;
import dev.lawimpact.statute.Article;
import dev.lawimpact.statute.Block;
import dev.lawimpact.statute.Item;
import dev.lawimpact.statute.Node;
import dev.lawimpact.statute.Paragraph;
import dev.lawimpact.statute.Sentence;
import dev.lawimpact.statute.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bill as plain text: the sentence naming the target (…の一部を次のように改正する。), then
 * lines of 改め文, each followed by the text of the provisions it adds or rewrites, written as
 * printed (（見出し）, 第七条の二　…, ２　…, 十七の二　…, イ　…). Headings are recognised by the
 * full-width space after them, which amendment sentences never have.
 */
final class PlainTextBill {
  private PlainTextBill() {}

  private static final String K = "[〇一二三四五六七八九十百千]+";
  private static final Pattern ARTICLE = Pattern.compile("^第(" + K + ")条((?:の" + K + ")*)[　 ]+(.*)$");
  private static final Pattern PARAGRAPH = Pattern.compile("^([０-９0-9]+)[　 ]+(.*)$");
  private static final Pattern ITEM = Pattern.compile("^(" + K + "(?:の" + K + ")*)[　 ]+(.*)$");
  private static final Pattern SUBITEM = Pattern.compile("^([イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス])[　 ]+(.*)$");
  private static final Pattern PAREN_SUBITEM = Pattern.compile("^（([０-９0-9]+)）[　 ]+(.*)$");
  private static final Pattern STRUCTURE = Pattern.compile("^第(" + K + ")(編|章|節|款|目)((?:の" + K + ")*)[　 ]+(.*)$");
  private static final Pattern CAPTION = Pattern.compile("^（[^（）]+）$");
  private static final Pattern TARGET = Pattern.compile("の一部を次のように(改正する|改める)");
  private static final LawId PLACEHOLDER = new LawId("501AC0000000000");

  static List<Amendment> read(String text) {
    List<Amendment> out = new ArrayList<>();
    String target = "";
    List<Block.AmendProvision> group = new ArrayList<>();
    String sentence = null;
    List<String> content = new ArrayList<>();
    for (String raw : text.split("\\r?\\n")) {
      String line = raw.strip();
      if (line.isEmpty()) continue;
      if (TARGET.matcher(line).find() && !line.startsWith("「")) {
        if (sentence != null) group.add(amend(sentence, content));
        sentence = null;
        content.clear();
        if (!group.isEmpty()) out.add(new Amendment(target, group));
        group = new ArrayList<>();
        target = line;
        continue;
      }
      if (sentence != null && isProvisionLine(line)) {
        content.add(line);
        continue;
      }
      if (sentence != null) group.add(amend(sentence, content));
      sentence = line;
      content.clear();
    }
    if (sentence != null) group.add(amend(sentence, content));
    if (!group.isEmpty()) out.add(new Amendment(target, group));
    return out;
  }

  static boolean isProvisionLine(String line) {
    return CAPTION.matcher(line).matches() || STRUCTURE.matcher(line).matches() || ARTICLE.matcher(line).matches() || PARAGRAPH.matcher(line).matches()
        || ITEM.matcher(line).matches() || SUBITEM.matcher(line).matches() || PAREN_SUBITEM.matcher(line).matches();
  }

  private static Block.AmendProvision amend(String sentence, List<String> lines) {
    return new Block.AmendProvision(List.of(sentence), provisions(lines), SourceSpan.NONE);
  }

  /** Lines of provision text as nodes: articles with paragraphs, or paragraphs, or items. */
  static List<Node> provisions(List<String> lines) {
    // 第二章の二　特則 and the articles after it: one structure per heading line.
    List<Node> top = new ArrayList<>();
    List<String> run = new ArrayList<>();
    String[] heading = null;
    for (String line : lines) {
      Matcher m = STRUCTURE.matcher(line);
      // A heading whose number is no number (〇, 万, ten positional digits) is ordinary text, not a 500.
      if (m.matches() && Numerals.parseBranch(m.group(1) + m.group(3)).isPresent()) {
        flushStructure(top, heading, run);
        heading = new String[] {m.group(1) + m.group(3), m.group(2), line};
        run = new ArrayList<>();
      } else {
        run.add(line);
      }
    }
    flushStructure(top, heading, run);
    return top;
  }

  private static void flushStructure(List<Node> top, String[] heading, List<String> run) {
    List<Node> body = flat(run);
    if (heading == null) {
      top.addAll(body);
      return;
    }
    dev.lawimpact.statute.Structure.Kind kind = switch (heading[1]) {
      case "編" -> dev.lawimpact.statute.Structure.Kind.PART;
      case "章" -> dev.lawimpact.statute.Structure.Kind.CHAPTER;
      case "節" -> dev.lawimpact.statute.Structure.Kind.SECTION;
      case "款" -> dev.lawimpact.statute.Structure.Kind.SUBSECTION;
      default -> dev.lawimpact.statute.Structure.Kind.DIVISION;
    };
    String num = Numerals.parseBranch(heading[0]).orElseThrow();
    top.add(new dev.lawimpact.statute.Structure(kind, num, heading[2], false, body, SourceSpan.NONE));
  }

  private static List<Node> flat(List<String> lines) {
    List<Node> out = new ArrayList<>();
    ProvisionPath root = ProvisionPath.of(PLACEHOLDER);
    String caption = "";
    ArticleBuilder article = null;
    ParagraphBuilder paragraph = null;
    ItemBuilder item = null;
    for (String line : lines) {
      Matcher m;
      if (CAPTION.matcher(line).matches()) {
        caption = line;
      } else if ((m = ARTICLE.matcher(line)).matches() && Numerals.parseBranch(m.group(1) + m.group(2)).isPresent()) {
        if (article != null) out.add(article.build());
        else if (paragraph != null) out.add(paragraph.build());
        else if (item != null) out.add(item.build());
        String num = Numerals.parseBranch(m.group(1) + m.group(2)).orElseThrow();
        article = new ArticleBuilder(root.child(ProvisionPath.Kind.ARTICLE, num), num, "第" + m.group(1) + "条" + m.group(2), caption);
        caption = "";
        paragraph = article.paragraph("1", "", m.group(3));
        item = null;
      } else if ((m = PARAGRAPH.matcher(line)).matches()) {
        String num = String.valueOf(Numerals.parse(m.group(1)).orElse(1));
        if (article != null) {
          paragraph = article.paragraph(num, m.group(1), m.group(2));
        } else {
          if (paragraph != null) out.add(paragraph.build());
          else if (item != null) out.add(item.build());
          paragraph = new ParagraphBuilder(root.child(ProvisionPath.Kind.PARAGRAPH, num), num, m.group(1), caption, m.group(2));
          caption = "";
        }
        item = null;
      } else if ((m = ITEM.matcher(line)).matches() && Numerals.parseBranch(m.group(1)).isPresent()) {
        String num = Numerals.parseBranch(m.group(1)).orElseThrow();
        if (paragraph != null) {
          item = paragraph.item(num, m.group(1), m.group(2));
        } else {
          if (item != null) out.add(item.build());
          item = new ItemBuilder(root.child(ProvisionPath.Kind.ITEM, num), 0, num, m.group(1), m.group(2));
        }
      } else if ((m = SUBITEM.matcher(line)).matches() || (m = PAREN_SUBITEM.matcher(line)).matches()) {
        String label = m.group(1);
        OptionalInt v = Numerals.parseIroha(label);
        int n = v.isPresent() ? v.getAsInt() : Numerals.parse(label).orElse(1);
        if (item != null) item.sub(String.valueOf(n), label.length() == 1 && v.isPresent() ? label : "（" + label + "）", m.group(2));
      }
    }
    if (article != null) out.add(article.build());
    else if (paragraph != null) out.add(paragraph.build());
    else if (item != null) out.add(item.build());
    return out;
  }

  /**
   * Printed text split into e-Gov Sentences: at each 。 outside brackets that more text follows;
   * a sentence starting ただし is the proviso (Function="proviso"), the first one then "main".
   */
  static List<Sentence> sentences(String text) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '（' || c == '「') depth++;
      else if ((c == '）' || c == '」') && depth > 0) depth--;
      else if (c == '。' && depth == 0 && i + 1 < text.length()) {
        parts.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    parts.add(text.substring(start));
    boolean proviso = parts.size() > 1 && parts.get(parts.size() - 1).startsWith("ただし");
    List<Sentence> out = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      String fn = !proviso ? "" : i == parts.size() - 1 ? "proviso" : "main";
      out.add(new Sentence(parts.get(i), fn, 0));
    }
    return out;
  }

  private static final class ArticleBuilder {
    final ProvisionPath path;
    final String num;
    final String title;
    final String caption;
    final List<ParagraphBuilder> paragraphs = new ArrayList<>();

    ArticleBuilder(ProvisionPath path, String num, String title, String caption) {
      this.path = path;
      this.num = num;
      this.title = title;
      this.caption = caption;
    }

    ParagraphBuilder paragraph(String num, String title, String text) {
      ParagraphBuilder p = new ParagraphBuilder(path.child(ProvisionPath.Kind.PARAGRAPH, num), num, title, "", text);
      paragraphs.add(p);
      return p;
    }

    Article build() {
      List<Node> kids = new ArrayList<>();
      for (ParagraphBuilder p : paragraphs) kids.add(p.build());
      return new Article(path, num, title, caption, false, kids, SourceSpan.NONE);
    }
  }

  private static final class ParagraphBuilder {
    final ProvisionPath path;
    final String num;
    final String title;
    final String caption;
    final String text;
    final List<ItemBuilder> items = new ArrayList<>();

    ParagraphBuilder(ProvisionPath path, String num, String title, String caption, String text) {
      this.path = path;
      this.num = num;
      this.title = title;
      this.caption = caption;
      this.text = text;
    }

    ItemBuilder item(String num, String title, String text) {
      ItemBuilder i = new ItemBuilder(path.child(ProvisionPath.Kind.ITEM, num), 0, num, title, text);
      items.add(i);
      return i;
    }

    Paragraph build() {
      List<Node> kids = new ArrayList<>();
      for (ItemBuilder i : items) kids.add(i.build());
      return new Paragraph(path, num, title, caption, sentences(text), kids, SourceSpan.NONE);
    }
  }

  private static final class ItemBuilder {
    final ProvisionPath path;
    final int level;
    final String num;
    final String title;
    final String text;
    final List<ItemBuilder> subs = new ArrayList<>();

    ItemBuilder(ProvisionPath path, int level, String num, String title, String text) {
      this.path = path;
      this.level = level;
      this.num = num;
      this.title = title;
      this.text = text;
    }

    void sub(String num, String title, String text) {
      subs.add(new ItemBuilder(path.child(ProvisionPath.Kind.SUBITEM, num), level + 1, num, title, text));
    }

    Item build() {
      List<Node> kids = new ArrayList<>();
      for (ItemBuilder s : subs) kids.add(s.build());
      return new Item(path, level, num, title, sentences(text), kids, SourceSpan.NONE);
    }
  }
}
