package dev.lawimpact.impact;

import dev.lawimpact.impact.ImpactReport.Diagnostic;
import dev.lawimpact.statute.Law;
import dev.lawimpact.statute.xml.EgovXmlReader;
import dev.lawimpact.statute.xml.ReadResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns what a drafter submits into a {@link Bill}: plain text as it is, e-Gov XML through the
 * statute reader (本則 and appendices; 附則 left out since its amendment sentences are the answer,
 * not the question), HTML as its visible text with block elements on lines of their own. The
 * language is told by the share of Japanese characters unless the caller says.
 */
public final class BillReader {

  /** Characters accepted; a full bill with its 附則 rarely exceeds 200,000. */
  public static final int MAX_CHARS = 300_000;

  /** The id a bill's own tree is read under: 令和九十九年, a year no real law will carry in this corpus. */
  public static final String BILL_ID = "599AC9999999999";

  private BillReader() {}

  /** format: "text", "xml", "html" or null/"auto"; language: "ja", "en" or null/"auto". */
  public static Bill read(String body, String format, String title, String language) {
    if (body == null || body.isBlank()) throw new BadBillException("the bill text is empty", false);
    if (body.length() > MAX_CHARS) {
      throw new BadBillException("the bill has " + body.length() + " characters; at most " + MAX_CHARS + " are accepted",
          true);
    }
    List<Diagnostic> diags = new ArrayList<>();
    String f = format == null || format.isBlank() || format.equals("auto") ? detect(body) : format.toLowerCase(Locale.ROOT);
    String text;
    Law law = null;
    String t = title;
    switch (f) {
      case "xml" -> {
        ReadResult r = new EgovXmlReader().read(BILL_ID, "bill", body.getBytes(StandardCharsets.UTF_8));
        if (r.lawIfRead().isPresent()) {
          law = withoutSupplProvisions(r.lawIfRead().get());
          text = Law.fullText(law.mainProvision());
          for (var a : law.appendices()) text += "\n" + Law.fullText(a);
          if (t == null || t.isBlank()) t = law.meta().title();
          if (!r.lawIfRead().get().supplProvisions().isEmpty()) {
            diags.add(new Diagnostic("info", "e-Gov XML read; the 附則 is left out of the analysis"));
          }
        } else {
          text = visibleText(Jsoup.parse(body, "", org.jsoup.parser.Parser.xmlParser()));
          diags.add(new Diagnostic("warning", "XML is not an e-Gov law document; its text is analysed as plain text"));
        }
      }
      case "html" -> text = visibleText(Jsoup.parse(body));
      case "text" -> text = body;
      default -> throw new BadBillException("format must be text, xml, html or auto, not '" + format + "'", false);
    }
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    if (text.isBlank()) throw new BadBillException("the bill has no text to analyse", false);
    String lang = language == null || language.isBlank() || language.equals("auto") ? detectLanguage(text)
        : language.toLowerCase(Locale.ROOT);
    if (!lang.equals("ja") && !lang.equals("en")) {
      throw new BadBillException("language must be ja, en or auto, not '" + language + "'", false);
    }
    return new Bill(t, text, lang, f, law, diags);
  }

  static String detect(String body) {
    String s = body.stripLeading();
    String head = s.substring(0, Math.min(s.length(), 400)).toLowerCase(Locale.ROOT);
    if (head.startsWith("<?xml") || head.startsWith("<law") || head.startsWith("<supplprovision")
        || head.startsWith("<amendprovision")) {
      return head.contains("<html") ? "html" : "xml";
    }
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<body")
        || head.startsWith("<p") || head.startsWith("<div") || head.startsWith("<h1")) return "html";
    return "text";
  }

  /** ja when at least a fifth of the letters are kana or kanji. */
  static String detectLanguage(String text) {
    int japanese = 0;
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
      if (b == Character.UnicodeBlock.HIRAGANA || b == Character.UnicodeBlock.KATAKANA
          || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS) {
        japanese++;
        letters++;
      } else if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters > 0 && japanese * 5 >= letters ? "ja" : "en";
  }

  static Law withoutSupplProvisions(Law l) {
    return new Law(l.meta(), l.enactStatements(), l.toc(), l.preamble(), l.mainProvision(), List.of(), l.appendices());
  }

  /** Visible text with one line per block element, so sentence spans survive. */
  static String visibleText(Document doc) {
    doc.select("script, style, head, noscript, template").remove();
    StringBuilder sb = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(org.jsoup.nodes.Node node, int depth) {
        if (node instanceof TextNode tn) {
          sb.append(tn.text());
        } else if (node instanceof Element e && (e.isBlock() || e.nameIs("br")) && sb.length() > 0
            && sb.charAt(sb.length() - 1) != '\n') {
          sb.append('\n');
        }
      }

      @Override
      public void tail(org.jsoup.nodes.Node node, int depth) {
        if (node instanceof Element e && e.isBlock() && sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
          sb.append('\n');
        }
      }
    }, doc);
    return sb.toString().strip();
  }

  /** For callers that already hold a law (the corpus-derived evaluation): its 本則 as the bill. */
  public static Bill ofLaw(Law law) {
    Law main = withoutSupplProvisions(law);
    StringBuilder text = new StringBuilder(Law.fullText(main.mainProvision()));
    for (var a : main.appendices()) text.append('\n').append(Law.fullText(a));
    return new Bill(law.meta().title(), text.toString(), "ja", "xml", main, List.of());
  }
}
