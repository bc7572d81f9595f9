package dev.lawimpact.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawimpact.amendments.Amender;
import dev.lawimpact.amendments.Amendment;
import dev.lawimpact.amendments.AmendmentResult;
import dev.lawimpact.comparison.Units;
import dev.lawimpact.numerals.Numerals;
import dev.lawimpact.statute.Block;
import dev.lawimpact.statute.Law;
import dev.lawimpact.statute.SourceSpan;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.ArrayList;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Invariants of the amendment applier on generated fictional laws: an empty amendment changes
 * nothing, and 「A」を「B」に改める followed by 「B」を「A」に改める gives the original text back.
 * B is drawn from characters the generated laws never use, so B cannot already occur in the
 * text (otherwise the inverse would rightly change more than the first edit did). Cases come from
 * the seeded generator {@link Gen}.
 */
class AmenderPropertiesTest {

  /** What generated statute text is made of. */
  private static final String TEXT_CHARS = "甲乙丙丁戊己庚辛壬癸はをにのとする及び又は、";
  /** Replacement text: never in TEXT_CHARS. */
  private static final String NEW_CHARS = "東西南北春夏秋冬";

  record Fiction(List<List<String>> articles) {
    String xml() {
      StringBuilder sb = new StringBuilder("<Law Era=\"Reiwa\" Year=\"7\" Num=\"901\" LawType=\"Act\" Lang=\"ja\">"
          + "<LawNum>令和七年法律第九百一号</LawNum><LawBody><LawTitle>架空試験法</LawTitle><MainProvision>");
      for (int a = 0; a < articles.size(); a++) {
        int n = a + 1;
        sb.append("<Article Num=\"").append(n).append("\"><ArticleTitle>第").append(Numerals.toKanji(n)).append("条</ArticleTitle>");
        List<String> paras = articles.get(a);
        for (int p = 0; p < paras.size(); p++) {
          sb.append("<Paragraph Num=\"").append(p + 1).append("\"><ParagraphNum>")
              .append(p == 0 ? "" : Numerals.toFullWidth(p + 1)).append("</ParagraphNum><ParagraphSentence><Sentence>")
              .append(paras.get(p)).append("</Sentence></ParagraphSentence></Paragraph>");
        }
        sb.append("</Article>");
      }
      return sb.append("</MainProvision></LawBody></Law>").toString();
    }

    Law law() {
      return Amender.readXml(xml(), "generated").law();
    }
  }

  /** A law plus one edit: article (1-based), paragraph (1-based), A (in that paragraph), B. */
  record Edit(Fiction fiction, int article, int paragraph, String from, String to) {}

  static Fiction fiction(Random r) {
    List<List<String>> articles = new ArrayList<>();
    for (int a = Gen.between(r, 1, 6); a > 0; a--) {
      List<String> paras = new ArrayList<>();
      for (int p = Gen.between(r, 1, 3); p > 0; p--) paras.add(Gen.of(r, TEXT_CHARS, 1, 30) + "。");
      articles.add(paras);
    }
    return new Fiction(articles);
  }

  static Edit edit(Random r) {
    Fiction f = fiction(r);
    int a = Gen.between(r, 1, f.articles().size());
    List<String> paras = f.articles().get(a - 1);
    int p = Gen.between(r, 1, paras.size());
    String s = paras.get(p - 1);
    String body = s.substring(0, s.length() - 1); // keep A off the 。 so it stays a phrase
    int start = Gen.between(r, 0, body.length() - 1);
    int end = Gen.between(r, start + 1, Math.min(body.length(), start + 8));
    return new Edit(f, a, p, body.substring(start, end), Gen.of(r, NEW_CHARS, 1, 6));
  }

  @Test
  void emptyAmendmentIsTheIdentity() {
    Gen.forAll(200, AmenderPropertiesTest::fiction, f -> {
      Law base = f.law();
      AmendmentResult r = new Amender().apply(base, new Amendment("", List.of()), Amender.Policy.ALL_OCCURRENCES);
      assertTrue(r.failures().isEmpty(), () -> r.failures().toString());
      assertEquals(base, r.after());
    });
  }

  @Test
  void replacementThenInverseRestoresTheText() {
    Gen.forAll(300, AmenderPropertiesTest::edit, AmenderPropertiesTest::replaceAndRestore);
  }

  private static void replaceAndRestore(Edit e) {
    Law base = e.fiction().law();
    String where = "第" + Numerals.toKanji(e.article()) + "条" + (e.fiction().articles().get(e.article() - 1).size() > 1
        ? "第" + Numerals.toKanji(e.paragraph()) + "項" : "") + "中";
    Amender amender = new Amender();
    AmendmentResult there = amender.apply(base, amendment(where + "「" + e.from() + "」を「" + e.to() + "」に改める。"),
        Amender.Policy.ALL_OCCURRENCES);
    assertTrue(there.failures().isEmpty(), () -> there.failures().toString());
    assertNotEquals(text(base), text(there.after()), "the edit changed nothing");
    assertTrue(text(there.after()).get("a" + e.article()).contains(e.to()));
    AmendmentResult back = amender.apply(there.after(), amendment(where + "「" + e.to() + "」を「" + e.from() + "」に改める。"),
        Amender.Policy.ALL_OCCURRENCES);
    assertTrue(back.failures().isEmpty(), () -> back.failures().toString());
    assertEquals(text(base), text(back.after()));
    assertEquals(text(base), text(e.fiction().law()), "base was mutated");
  }

  private static Amendment amendment(String sentence) {
    return new Amendment("", List.of(new Block.AmendProvision(List.of(sentence), List.of(), SourceSpan.NONE)));
  }

  /** The text of each provision unit, keyed by its path (a1, a1-p2 …). */
  private static Map<String, String> text(Law law) {
    return Units.of(law).entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, en -> String.join("|", en.getValue().normalized())));
  }
}
