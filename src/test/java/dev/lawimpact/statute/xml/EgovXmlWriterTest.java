package dev.lawimpact.statute.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.lawimpact.comparison.Units;
import dev.lawimpact.statute.Law;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Read → write → read gives the same text units (captions, titles, sentences, cells), the
 * comparison the amendment benchmark uses. Run over the core laws when the corpus is present.
 */
class EgovXmlWriterTest {

  static final String FIXTURE = """
      <Law Era="Reiwa" Year="2" Num="99" LawType="Act" Lang="ja"><LawNum>令和二年法律第九十九号</LawNum>
      <LawBody><LawTitle Kana="かくうほう" Abbrev="架空">架空法</LawTitle>
      <TOC><TOCLabel>目次</TOCLabel><TOCChapter Num="1"><ChapterTitle>第一章　総則</ChapterTitle><ArticleRange>（第一条・第二条）</ArticleRange></TOCChapter></TOC>
      <MainProvision><Chapter Num="1"><ChapterTitle>第一章　総則</ChapterTitle>
      <Article Num="1"><ArticleCaption>（目的）</ArticleCaption><ArticleTitle>第一条</ArticleTitle>
        <Paragraph Num="1"><ParagraphNum/><ParagraphSentence><Sentence Function="main">この法律は、A&amp;Bを定める。</Sentence><Sentence Function="proviso">ただし、甲は除く。</Sentence></ParagraphSentence>
          <Item Num="1"><ItemTitle>一</ItemTitle><ItemSentence><Column Num="1"><Sentence>甲</Sentence></Column><Column Num="2"><Sentence>乙をいう。</Sentence></Column></ItemSentence>
            <Subitem1 Num="1"><Subitem1Title>イ</Subitem1Title><Subitem1Sentence><Sentence>丙</Sentence></Subitem1Sentence></Subitem1></Item>
        </Paragraph></Article>
      <Article Num="2"><ArticleTitle>第二条</ArticleTitle><Paragraph Num="1"><ParagraphNum/><ParagraphSentence><Sentence>次の表のとおり。</Sentence></ParagraphSentence>
        <TableStruct><Table><TableRow><TableColumn><Sentence>一</Sentence></TableColumn><TableColumn colspan="2"><Sentence>二</Sentence></TableColumn></TableRow></Table></TableStruct></Paragraph></Article>
      </Chapter></MainProvision>
      <SupplProvision><SupplProvisionLabel>附　則</SupplProvisionLabel><Paragraph Num="1"><ParagraphNum/><ParagraphSentence><Sentence>公布の日から施行する。</Sentence></ParagraphSentence></Paragraph></SupplProvision>
      <AppdxTable Num="1"><AppdxTableTitle>別表第一</AppdxTableTitle><RelatedArticleNum>（第二条関係）</RelatedArticleNum>
        <TableStruct><Table><TableRow><TableColumn><Sentence>項目</Sentence></TableColumn></TableRow></Table></TableStruct></AppdxTable>
      </LawBody></Law>
      """;

  @Test
  void fixtureRoundTripsToTheSameUnitsAndMetadata() {
    Law a = read(FIXTURE.getBytes(StandardCharsets.UTF_8), "502AC0000000099");
    String xml = new EgovXmlWriter().write(a);
    Law b = read(xml.getBytes(StandardCharsets.UTF_8), "502AC0000000099");
    assertSameUnits(a, b, "fixture");
    assertEquals(a.meta(), b.meta());
    assertEquals(a.provisions().stream().map(p -> p.path()).toList(), b.provisions().stream().map(p -> p.path()).toList());
    // Sentences keep their Function and Column (spans differ: they point into different sources).
    for (int i = 0; i < a.provisions().size(); i++) {
      assertEquals(a.provisions().get(i).sentences(), b.provisions().get(i).sentences());
    }
  }

  static Stream<Path> coreLaws() throws IOException {
    Path core = Path.of("../shared/corpus/ja/core");
    if (!Files.isDirectory(core)) return Stream.empty();
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(core)) {
      s.filter(p -> p.toString().endsWith(".xml")).sorted().forEach(out::add);
    }
    return out.stream();
  }

  @Test
  void corpusPresentOrSkippedLoudly() {
    if (!Files.isDirectory(Path.of("../shared/corpus/ja/core"))) {
      System.err.println("*** EgovXmlWriterTest: ../shared/corpus/ja/core absent, corpus round trips SKIPPED ***");
      Assumptions.assumeTrue(false, "corpus absent");
    }
  }

  @ParameterizedTest
  @MethodSource("coreLaws")
  void coreLawRoundTripsToTheSameUnits(Path file) throws IOException {
    String id = file.getFileName().toString().replace(".xml", "");
    Law a = read(Files.readAllBytes(file), id);
    Law b = read(new EgovXmlWriter().write(a).getBytes(StandardCharsets.UTF_8), id);
    assertSameUnits(a, b, id);
  }

  private static Law read(byte[] xml, String id) {
    ReadResult r = new EgovXmlReader().read(id, id, xml);
    assertFalse(r.failed(), () -> r.diagnostics().toString());
    return r.law();
  }

  private static void assertSameUnits(Law a, Law b, String what) {
    Map<String, Units.Unit> ua = Units.of(a);
    Map<String, Units.Unit> ub = Units.of(b);
    assertEquals(ua.keySet(), ub.keySet(), what + ": units");
    for (String k : ua.keySet()) assertEquals(ua.get(k).normalized(), ub.get(k).normalized(), what + " " + k);
  }
}
