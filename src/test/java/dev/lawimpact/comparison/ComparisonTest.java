package dev.lawimpact.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawimpact.amendments.Amender;
import dev.lawimpact.statute.Law;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 新旧対照表 of a small fictional law: which rows, what is elided, what is underlined. */
class ComparisonTest {

  static final String OLD = """
      <Law Era="Reiwa" Year="2" Num="9" LawType="Act" Lang="ja"><LawNum>令和二年法律第九号</LawNum><LawBody><LawTitle>対照法</LawTitle>
      <MainProvision>
      <Article Num="1"><ArticleCaption>（目的）</ArticleCaption><ArticleTitle>第一条</ArticleTitle>
        <Paragraph Num="1"><ParagraphNum/><ParagraphSentence><Sentence>この法律は、甲を定める。</Sentence></ParagraphSentence></Paragraph>
        <Paragraph Num="2"><ParagraphNum>２</ParagraphNum><ParagraphSentence><Sentence>甲は、乙とする。</Sentence></ParagraphSentence></Paragraph>
        <Paragraph Num="3"><ParagraphNum>３</ParagraphNum><ParagraphSentence><Sentence>丙は、丁とする。</Sentence></ParagraphSentence></Paragraph>
      </Article>
      <Article Num="2"><ArticleTitle>第二条</ArticleTitle><Paragraph Num="1"><ParagraphNum/><ParagraphSentence><Sentence>変わらない。</Sentence></ParagraphSentence></Paragraph></Article>
      <Article Num="3"><ArticleTitle>第三条</ArticleTitle><Paragraph Num="1"><ParagraphNum/><ParagraphSentence><Sentence>削られる。</Sentence></ParagraphSentence></Paragraph></Article>
      </MainProvision></LawBody></Law>
      """;

  static final String NEW = OLD.replace("丙は、丁とする。", "丙は、戊とする。")
      .replace("<Article Num=\"3\"><ArticleTitle>第三条</ArticleTitle><Paragraph Num=\"1\"><ParagraphNum/><ParagraphSentence><Sentence>削られる。</Sentence></ParagraphSentence></Paragraph></Article>",
          "<Article Num=\"4\"><ArticleTitle>第四条</ArticleTitle><Paragraph Num=\"1\"><ParagraphNum/><ParagraphSentence><Sentence>新しい。</Sentence></ParagraphSentence></Paragraph></Article>");

  @Test
  void rowsAreTheChangedUnitsWithElisionAndMarks() {
    Law old = Amender.readXml(OLD, "old").law();
    Law neu = Amender.readXml(NEW, "new").law();
    ComparisonTable t = new Comparison().table(old, neu);
    // Document order: a deleted unit stays where it was (after 第二条), before the new 第四条.
    assertEquals(List.of("502AC0000000009/a1", "502AC0000000009/a3", "502AC0000000009/a4"),
        t.rows().stream().map(ComparisonTable.Row::path).toList());
    assertEquals(List.of("changed", "deleted", "added"), t.rows().stream().map(ComparisonTable.Row::change).toList());

    ComparisonTable.Row a1 = t.rows().get(0);
    // Heading kept, unchanged paragraphs (略), the changed paragraph's sentence with its span marked.
    assertEquals(List.of("（目的）", "第一条", Comparison.ELIDED, "丙は、戊とする。"), a1.amended().stream().map(ComparisonTable.Line::text).toList());
    assertEquals(List.of("（目的）", "第一条", Comparison.ELIDED, "丙は、丁とする。"), a1.current().stream().map(ComparisonTable.Line::text).toList());
    assertEquals(List.of(new ComparisonTable.Mark(3, 4)), a1.amended().get(3).marks());
    assertEquals(List.of(new ComparisonTable.Mark(3, 4)), a1.current().get(3).marks());
    assertTrue(t.rows().get(1).amended().isEmpty());
    assertTrue(t.rows().get(2).current().isEmpty());
  }

  @Test
  void htmlUnderlinesChangesAndPrintsLandscape() {
    Law old = Amender.readXml(OLD, "old").law();
    Law neu = Amender.readXml(NEW, "new").law();
    String html = new ComparisonHtml().render(new Comparison().table(old, neu), List.of("note <&>"));
    assertTrue(html.contains("@page { size: A4 landscape"));
    assertTrue(html.contains("丙は、<u class=\"chg\">戊</u>とする。"));
    assertTrue(html.contains("丙は、<u class=\"chg\">丁</u>とする。"));
    assertTrue(html.contains("（新設）"));
    assertTrue(html.contains("（削る）"));
    assertTrue(html.contains("note &lt;&amp;&gt;"));
  }

  @Test
  void draftsAreComparedSentenceBySentence() {
    Law old = Amender.readXml(OLD, "old").law();
    DraftDiff d = new Comparison().drafts(List.of("第一条中「甲」を「乙」に改める。", "第二条を削る。"),
        List.of("第一条中「甲」を「己」に改める。", "第二条を削る。", "第三条を削る。"), old, old);
    assertEquals(List.of("reworded", "same", "added"), d.sentences().stream().map(DraftDiff.SentenceChange::kind).toList());
    assertEquals(List.of(new ComparisonTable.Mark(9, 10)), d.sentences().get(0).marks2());
    assertTrue(d.results().rows().isEmpty());
  }
}
