package dev.lawimpact.amendments;

import dev.lawimpact.statute.Block;
import dev.lawimpact.statute.Law;
import dev.lawimpact.statute.Node;
import dev.lawimpact.statute.Provision;
import dev.lawimpact.statute.Sentence;
import dev.lawimpact.statute.Structure;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.charset.StandardCharsets;
import dev.lawimpact.statute.xml.EgovXmlReader;
import dev.lawimpact.statute.xml.ReadResult;

/**
 * The amendments stage's one entry point: 改め文 → operations ({@link #parse}) → an amended tree
 * ({@link #apply}). Finds the amendments an amending act makes to each target ({@link #amendmentsIn}).
 */
public final class Amender {

  /** How a quoted string that occurs several times in its scope is treated. */
  public enum Policy {
    /** Every occurrence in the named provision changes (法制執務 practice for 「A」を「B」に改める). */
    ALL_OCCURRENCES,
    /** Refuse with TEXT_AMBIGUOUS unless the string identifies exactly one place. */
    EXACTLY_ONE
  }

  private static final Pattern TARGET_SENTENCE = Pattern.compile("の一部を次のように(改正する|改める)");

  /** Parses the sentences of one amendment (relative references carry across sentences). */
  public List<ParsedSentence> parse(List<String> sentences) {
    SentenceParser.Context ctx = new SentenceParser.Context();
    List<ParsedSentence> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) out.add(SentenceParser.parse(sentences.get(i), i, ctx));
    return out;
  }

  /**
   * The amendments in a plain-text bill: target sentences, 改め文 one per line, and after a
   * sentence that adds or rewrites provisions, their text as printed (see {@link PlainTextBill}).
   */
  public List<Amendment> amendmentsInText(String text) {
    return PlainTextBill.read(text);
  }

  /** Applies an amendment to a law; the base law is not changed. */
  public AmendmentResult apply(Law base, Amendment amendment, Policy policy) {
    List<String> texts = new ArrayList<>();
    List<List<Node>> contents = new ArrayList<>();
    for (Block.AmendProvision ap : amendment.provisions()) {
      for (int i = 0; i < ap.sentences().size(); i++) {
        texts.add(ap.sentences().get(i));
        // NewProvision content belongs to the AmendProvision's (single, in practice) sentence.
        contents.add(i == ap.sentences().size() - 1 ? ap.newProvisions() : List.of());
      }
    }
    List<ParsedSentence> parsed = parse(texts);
    Applier applier = new Applier(base, policy == Policy.EXACTLY_ONE ? Applier.Occurrences.EXACTLY_ONE : Applier.Occurrences.ALL);
    for (int i = 0; i < parsed.size(); i++) applier.applySentence(parsed.get(i), contents.get(i));
    return new AmendmentResult(base, applier.law(), parsed, applier.failures());
  }

  /**
   * The amendments in an amending act, grouped by the sentence that names their target, in
   * document order. AmendProvisions before any such sentence form a group with an empty target.
   */
  public List<Amendment> amendmentsIn(Law amending) {
    List<Amendment> out = new ArrayList<>();
    String[] current = {""};
    List<Block.AmendProvision> group = new ArrayList<>();
    List<Node> roots = new ArrayList<>();
    roots.add(amending.mainProvision());
    roots.addAll(amending.supplProvisions());
    for (Node r : roots) walk(r, current, group, out);
    if (!group.isEmpty()) out.add(new Amendment(current[0], group));
    return out;
  }

  private static void walk(Node n, String[] current, List<Block.AmendProvision> group, List<Amendment> out) {
    if (n instanceof Provision p) {
      for (Sentence s : p.sentences()) {
        if (TARGET_SENTENCE.matcher(s.text()).find()) {
          if (!group.isEmpty()) {
            out.add(new Amendment(current[0], group));
            group.clear();
          }
          current[0] = s.text();
        }
      }
      for (Node c : p.children()) walk(c, current, group, out);
    } else if (n instanceof Structure st) {
      for (Node c : st.children()) walk(c, current, group, out);
    } else if (n instanceof Block.AmendProvision ap) {
      group.add(ap);
    }
  }

  /**
   * The amendment aimed at the given law: its law number in the target sentence, else its title
   * followed by （ or の一部. Several groups for the same target are joined in order.
   */
  public Amendment amendmentFor(Law amending, Law target) {
    List<Block.AmendProvision> found = new ArrayList<>();
    String sentence = "";
    for (Amendment a : amendmentsIn(amending)) {
      if (namesTarget(a.targetSentence(), target)) {
        found.addAll(a.provisions());
        if (sentence.isEmpty()) sentence = a.targetSentence();
      }
    }
    return new Amendment(sentence, found);
  }

  /** True when a target sentence (「…法（…号）の一部を次のように改正する。」) names this law. */
  public static boolean namesTarget(String sentence, Law target) {
    if (sentence.isEmpty()) return false;
    String num = target.meta().lawNumText();
    int cut = sentence.indexOf("の一部を次のように");
    String head = cut < 0 ? sentence : sentence.substring(0, cut);
    if (!num.isEmpty() && head.contains("（" + num + "）")) return true;
    String title = target.meta().title();
    return head.endsWith(title) || head.endsWith(title + "（" + num + "）")
        || (head.startsWith(title) && head.length() > title.length() && head.charAt(title.length()) == '（')
        || head.equals(title);
  }

  /**
   * Reads amendment or law XML: a whole {@code <Law>}, or a {@code <SupplProvision>} /
   * {@code <AmendProvision>} fragment, which is wrapped in a minimal law so the one reader
   * builds it. The law id comes from the Law element's era, year, type and number (e-Gov files
   * outside the corpus do not carry it).
   */
  public static ReadResult readXml(String xml, String source) {
    String body = xml.strip();
    if (body.startsWith("<?xml")) body = body.substring(body.indexOf("?>") + 2).strip();
    String wrapped;
    String lawId;
    if (body.startsWith("<Law ") || body.startsWith("<Law>")) {
      wrapped = body;
      lawId = lawIdOf(body);
    } else if (body.startsWith("<SupplProvision")) {
      wrapped = WRAP_HEAD + "</MainProvision>" + body + "</LawBody></Law>";
      lawId = FRAGMENT_ID;
    } else if (body.startsWith("<AmendProvision") || body.startsWith("<Paragraph") || body.startsWith("<Article")) {
      wrapped = WRAP_HEAD + body + "</MainProvision></LawBody></Law>";
      lawId = FRAGMENT_ID;
    } else {
      return new ReadResult(source, null, List.of(new ReadResult.Diagnostic(ReadResult.Severity.ERROR, source,
          "not e-Gov XML: expected <Law>, <SupplProvision> or <AmendProvision>")));
    }
    return new EgovXmlReader().read(lawId, source, wrapped.getBytes(StandardCharsets.UTF_8));
  }

  private static final String FRAGMENT_ID = "501AC0000000000";
  private static final String WRAP_HEAD = "<Law Era=\"Reiwa\" Year=\"1\" Num=\"0\" LawType=\"Act\" Lang=\"ja\">"
      + "<LawNum>（改正文）</LawNum><LawBody><LawTitle>（改正文）</LawTitle><MainProvision>";
  private static final Pattern ATTR = Pattern.compile("\\b(Era|Year|Num|LawType)=\"([^\"]*)\"");

  /** 412AC0000000050 from Era="Heisei" Year="12" LawType="Act" Num="50"; a placeholder when absent. */
  static String lawIdOf(String xml) {
    int end = xml.indexOf('>');
    Matcher m = ATTR.matcher(xml.substring(0, Math.max(end, 0)));
    String era = "", year = "", num = "", type = "";
    while (m.find()) {
      switch (m.group(1)) {
        case "Era" -> era = m.group(2);
        case "Year" -> year = m.group(2);
        case "Num" -> num = m.group(2);
        default -> type = m.group(2);
      }
    }
    String e = switch (era) {
      case "Meiji" -> "1";
      case "Taisho" -> "2";
      case "Showa" -> "3";
      case "Heisei" -> "4";
      default -> "5";
    };
    int y = year.matches("[0-9]{1,2}") ? Integer.parseInt(year) : 1;
    long n = num.matches("[0-9]{1,10}") ? Long.parseLong(num) : 0;
    String code = switch (type) {
      case "Act" -> "AC" + String.format("%010d", n);
      case "CabinetOrder" -> "CO" + String.format("%010d", n);
      case "ImperialOrder" -> "IO" + String.format("%010d", n);
      case "Constitution" -> "CONSTITUTION";
      default -> "M" + String.format("%011d", n);
    };
    return e + String.format("%02d", y) + code;
  }
}
