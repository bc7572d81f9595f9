package dev.lawimpact.statute.xml;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawimpact.identifiers.ProvisionPath;
import dev.lawimpact.statute.Article;
import dev.lawimpact.statute.Block;
import dev.lawimpact.statute.Law;
import dev.lawimpact.statute.LawType;
import dev.lawimpact.statute.Provision;
import dev.lawimpact.statute.TreeDump;
import dev.lawimpact.statute.xml.ReadResult.Diagnostic;
import dev.lawimpact.statute.xml.ReadResult.Severity;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad and odd inputs: each gives a ReadResult — failed with an ERROR naming the reason, or a law
 * with WARNINGs — and never an exception.
 */
class EgovXmlReaderBadInputTest {

  private static final String ID = "405AC0000000999";
  private final EgovXmlReader reader = new EgovXmlReader();

  /** A minimal law around the given LawBody content (after LawTitle). */
  private static String law(String lawNum, String title, String body) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <Law Era="Heisei" Lang="ja" LawType="Act" Num="999" Year="5">
          <LawNum>%s</LawNum>
          <LawBody>
            %s
            %s
          </LawBody>
        </Law>
        """.formatted(lawNum, title, body);
  }

  private static String law(String body) {
    return law("平成五年法律第九百九十九号", "<LawTitle>架空法令試験法</LawTitle>", body);
  }

  private static String article(String num, String text) {
    return """
        <Article Num="%s"><ArticleTitle>第条</ArticleTitle>
          <Paragraph Num="1"><ParagraphNum/><ParagraphSentence><Sentence>%s</Sentence></ParagraphSentence></Paragraph>
        </Article>
        """.formatted(num, text);
  }

  private ReadResult read(String xml) {
    return read(xml.getBytes(StandardCharsets.UTF_8));
  }

  private ReadResult read(byte[] xml) {
    return assertDoesNotThrow(() -> reader.read(ID, "test.xml", xml));
  }

  static Stream<Arguments> unreadable() {
    byte[] full = EgovXmlReaderTest.fixture(ID);
    return Stream.of(
        Arguments.of("empty bytes", new byte[0], "empty file"),
        Arguments.of("only whitespace", "  \n ".getBytes(StandardCharsets.UTF_8), "does not end with </Law>"),
        Arguments.of("not XML", "これは法令ではない。".getBytes(StandardCharsets.UTF_8), "does not end with </Law>"),
        Arguments.of("JSON", "{\"law\": 1}".getBytes(StandardCharsets.UTF_8), "does not end with </Law>"),
        Arguments.of("truncated file", Arrays.copyOf(full, full.length / 2), "truncated"),
        Arguments.of("truncated inside the closing tag", Arrays.copyOf(full, full.length - 3), "truncated"),
        Arguments.of("another root", "<html><body></body></html></Law>".getBytes(StandardCharsets.UTF_8), "no <Law> root"),
        Arguments.of("angle-bracket junk", "<<<>>>&&&</Law>".getBytes(StandardCharsets.UTF_8), "no <Law> root"),
        Arguments.of("no LawBody", "<Law><LawNum>平成五年法律第九百九十九号</LawNum></Law>".getBytes(StandardCharsets.UTF_8),
            "no <LawBody>"),
        Arguments.of("no LawTitle", law("平成五年法律第九百九十九号", "", "<MainProvision/>").getBytes(StandardCharsets.UTF_8),
            "no <LawTitle>"),
        Arguments.of("blank LawTitle", law("平成五年法律第九百九十九号", "<LawTitle> </LawTitle>", "<MainProvision/>")
            .getBytes(StandardCharsets.UTF_8), "no <LawTitle>"),
        Arguments.of("no MainProvision", law("<SupplProvision/>").getBytes(StandardCharsets.UTF_8), "no <MainProvision>"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unreadable")
  void unreadableInputFailsWithAnErrorNamingTheReason(String what, byte[] xml, String reason) {
    ReadResult r = read(xml);
    assertTrue(r.failed(), what);
    assertNull(r.law());
    assertTrue(r.lawIfRead().isEmpty());
    Diagnostic last = r.diagnostics().get(r.diagnostics().size() - 1);
    assertEquals(Severity.ERROR, last.severity());
    assertEquals("test.xml", last.where());
    assertTrue(last.message().contains(reason), () -> "'" + last.message() + "' should say " + reason);
  }

  @Test
  void invalidLawIdFailsBeforeParsing() {
    byte[] xml = EgovXmlReaderTest.fixture(ID);
    for (String bad : Arrays.asList("405AC999", "", null, "405ac0000000999", "../405AC0000000999")) {
      ReadResult r = assertDoesNotThrow(() -> reader.read(bad, "test.xml", xml));
      assertTrue(r.failed(), bad);
      assertEquals(1, r.diagnostics().size());
      assertTrue(r.diagnostics().get(0).message().contains("does not give an e-Gov law id"), bad);
    }
  }

  @Test
  void unknownElementsAreWarnedAboutAndTheLawIsStillBuilt() {
    ReadResult r = read(law("""
        <Mystery>上位の謎</Mystery>
        <MainProvision>
          <Article Num="1"><ArticleTitle>第一条</ArticleTitle>
            <Paragraph Num="1"><ParagraphNum/><ParagraphSentence><Sentence>本文</Sentence></ParagraphSentence>
              <Footnote>脚注の文</Footnote>
            </Paragraph>
          </Article>
        </MainProvision>
        """));
    assertFalse(r.failed());
    assertEquals(List.of(
        new Diagnostic(Severity.WARNING, "test.xml Mystery", "unknown element in LawBody, skipped"),
        new Diagnostic(Severity.WARNING, "test.xml a1-p1 Footnote", "unknown element, kept as text")), r.diagnostics());
    assertEquals("""
        MAIN_PROVISION
          Article a1 num=1 第一条
            Paragraph a1-p1 num=1 title= | 本文
              Text Footnote | 脚注の文
        """, TreeDump.of(r.law()));
  }

  @Test
  void knownElementInTheWrongPlaceIsKeptAsTextWithAWarning() {
    ReadResult r = read(law("<MainProvision>" + article("1", "本文").replace("<ParagraphNum/>", "<ParagraphNum/><Law>入れ子</Law>")
        + "</MainProvision>"));
    assertEquals(List.of(new Diagnostic(Severity.WARNING, "test.xml a1-p1 Law", "element not expected here, kept as text")),
        r.diagnostics());
  }

  @Test
  void repeatedNumGetsADotSuffixAndAWarning() {
    ReadResult r = read(law("<MainProvision>" + article("3", "最初") + article("3", "二度目") + article("3", "三度目")
        + "</MainProvision>"));
    assertFalse(r.failed());
    List<String> paths = r.law().provisions().stream().filter(p -> p instanceof Article).map(p -> p.path().local()).toList();
    assertEquals(List.of("a3", "a3.2", "a3.3"), paths);
    assertEquals(List.of(
        new Diagnostic(Severity.WARNING, "test.xml a3", "number repeats among siblings; addressed as a3.2"),
        new Diagnostic(Severity.WARNING, "test.xml a3", "number repeats among siblings; addressed as a3.3")), r.diagnostics());
    Article second = (Article) r.law().find(ProvisionPath.parse(ID + "/a3.2")).orElseThrow();
    assertEquals("3", second.num()); // the suffix is addressing only; the printed number is still 3
    assertEquals("第三条", second.path().label());
    assertEquals("二度目", Law.fullText(second));
  }

  @Test
  void articleNumbersAreUniqueAcrossChaptersButParagraphNumbersOnlyWithinTheirArticle() {
    ReadResult r = read(law("""
        <MainProvision>
          <Chapter Num="1"><ChapterTitle>第一章</ChapterTitle>%s</Chapter>
          <Chapter Num="2"><ChapterTitle>第二章</ChapterTitle>%s</Chapter>
        </MainProvision>
        """.formatted(article("1", "一"), article("1", "二"))));
    assertEquals(List.of("a1", "a1-p1", "a1.2", "a1.2-p1"), r.law().provisions().stream().map(p -> p.path().local()).toList());
    assertEquals(1, r.diagnostics().size());
  }

  @Test
  void malformedNumIsWarnedAboutAndNumberedByPosition() {
    ReadResult r = read(law("<MainProvision>" + article("1", "一") + article("二", "二") + article("123456789", "巨大")
        + article("5x", "五") + "</MainProvision>"));
    assertFalse(r.failed());
    assertEquals(List.of("a1", "a2", "a3", "a4"),
        r.law().provisions().stream().filter(p -> p instanceof Article).map(p -> p.path().local()).toList());
    assertEquals(List.of(
        new Diagnostic(Severity.WARNING, "test.xml a二", "malformed Num '二', numbered by position"),
        new Diagnostic(Severity.WARNING, "test.xml a123456789", "malformed Num '123456789', numbered by position"),
        new Diagnostic(Severity.WARNING, "test.xml a5x", "malformed Num '5x', numbered by position")), r.diagnostics());
    r.law().forEachProvision(p -> assertDoesNotThrow(() -> p.path().label()));
  }

  @Test
  void irohaNumsAreReadAsNumbersIncludingHalfWidthKatakana() {
    ReadResult r = read(law("""
        <MainProvision><Article Num="1"><ArticleTitle>第一条</ArticleTitle>
          <Paragraph Num="1"><ParagraphNum/><ParagraphSentence><Sentence>次のとおり。</Sentence></ParagraphSentence>
            <Item Num="1"><ItemTitle>一</ItemTitle><ItemSentence><Sentence>号</Sentence></ItemSentence>
              <Subitem1 Num="イ"><Subitem1Title>イ</Subitem1Title><Subitem1Sentence><Sentence>い</Sentence></Subitem1Sentence></Subitem1>
              <Subitem1 Num="ロ:ニ"><Subitem1Title>ロからニまで</Subitem1Title><Subitem1Sentence><Sentence>削除</Sentence></Subitem1Sentence></Subitem1>
              <Subitem1 Num="ﾎ"><Subitem1Title>ホ</Subitem1Title><Subitem1Sentence><Sentence>ほ</Sentence></Subitem1Sentence></Subitem1>
            </Item>
          </Paragraph>
        </Article></MainProvision>
        """));
    assertEquals(List.of(), r.diagnostics());
    assertEquals(List.of("第一条第一項第一号イ", "第一条第一項第一号ロからニまで", "第一条第一項第一号ホ"),
        r.law().provisions().stream().filter(p -> p.path().local().contains("-s")).map(p -> p.path().label()).toList());
  }

  @Test
  void paragraphsWithoutNumAreNumberedByTheirPosition() {
    ReadResult r = read(law("""
        <MainProvision><Article Num="1"><ArticleTitle>第一条</ArticleTitle>
          <Paragraph><ParagraphSentence><Sentence>一</Sentence></ParagraphSentence></Paragraph>
          <Paragraph><ParagraphNum>２</ParagraphNum><ParagraphSentence><Sentence>二</Sentence></ParagraphSentence></Paragraph>
          <Paragraph Num="zz"><ParagraphNum>３</ParagraphNum><ParagraphSentence><Sentence>三</Sentence></ParagraphSentence></Paragraph>
        </Article></MainProvision>
        """));
    assertEquals(List.of("a1", "a1-p1", "a1-p2", "a1-p3"), r.law().provisions().stream().map(p -> p.path().local()).toList());
    assertEquals(1, r.diagnostics().size(), r.diagnostics()::toString); // only the malformed "zz"
  }

  @Test
  void unparseableLawNumAndLawTypeAreWarningsNotFailures() {
    String xml = law("人事院規則一―三四", "<LawTitle>架空規則</LawTitle>", "<MainProvision>" + article("1", "一") + "</MainProvision>")
        .replace("LawType=\"Act\"", "LawType=\"Ordinance\"");
    ReadResult r = read(xml);
    assertFalse(r.failed());
    assertNull(r.law().meta().lawNumber());
    assertEquals("人事院規則一―三四", r.law().meta().lawNumText());
    assertEquals(LawType.MISC, r.law().meta().type());
    assertEquals(List.of(
        new Diagnostic(Severity.WARNING, "test.xml LawNum", "law number does not parse: '人事院規則一―三四'"),
        new Diagnostic(Severity.WARNING, "test.xml Law", "unknown LawType 'Ordinance', taken as Misc")), r.diagnostics());
  }

  @Test
  void unparseableAmendLawNumFallsBackToAnUnkeyedSupplProvision() {
    ReadResult r = read(law("""
        <MainProvision>%s</MainProvision>
        <SupplProvision><SupplProvisionLabel>附則</SupplProvisionLabel>%s</SupplProvision>
        <SupplProvision AmendLawNum="平成一六年五月一九日法律第□四七号"><SupplProvisionLabel>附則</SupplProvisionLabel>%s</SupplProvision>
        """.formatted(article("1", "本則"), article("1", "原始附則"), article("1", "改正附則"))));
    assertFalse(r.failed());
    assertEquals(List.of("sp", "sp.2"), r.law().supplProvisions().stream().map(s -> s.path().local()).toList());
    assertEquals(List.of(
        new Diagnostic(Severity.WARNING, "test.xml SupplProvision AmendLawNum", "does not parse: '平成一六年五月一九日法律第□四七号'"),
        new Diagnostic(Severity.WARNING, "test.xml sp", "number repeats among siblings; addressed as sp.2")), r.diagnostics());
    assertEquals("附則第一条", r.law().find(ProvisionPath.parse(ID + "/sp.2-a1")).orElseThrow().path().label());
  }

  @Test
  void anyPartOfALawInsideNewProvisionIsAmendmentTextWithoutWarnings() {
    ReadResult r = read(law("""
        <MainProvision><Article Num="1"><ArticleTitle>第一条</ArticleTitle>
          <Paragraph Num="1"><ParagraphNum/><ParagraphSentence><Sentence>架空法の一部を次のように改正する。</Sentence></ParagraphSentence>
            <AmendProvision>
              <AmendProvisionSentence><Sentence>題名を次のように改める。</Sentence></AmendProvisionSentence>
              <NewProvision><LawTitle>新架空法</LawTitle></NewProvision>
            </AmendProvision>
            <AmendProvision>
              <AmendProvisionSentence><Sentence>目次を次のように改める。</Sentence></AmendProvisionSentence>
              <NewProvision>
                <TOC><TOCLabel>目次</TOCLabel><TOCChapter Num="1"><ChapterTitle>第一章　総則</ChapterTitle></TOCChapter></TOC>
              </NewProvision>
            </AmendProvision>
          </Paragraph>
        </Article></MainProvision>
        """));
    assertEquals(List.of(), r.diagnostics());
    assertEquals("""
        MAIN_PROVISION
          Article a1 num=1 第一条
            Paragraph a1-p1 num=1 title= | 架空法の一部を次のように改正する。
              Amend | 題名を次のように改める。
                Text LawTitle | 新架空法
              Amend | 目次を次のように改める。
                Text TOC | 目次/第一章　総則
        """, TreeDump.of(r.law()));
  }

  @Test
  void absurdlyDeepNestingFailsOrReadsButNeverThrows() {
    String deep = "<Mystery>".repeat(20_000) + "深い" + "</Mystery>".repeat(20_000);
    ReadResult r = read(law("<MainProvision><Article Num=\"1\"><ArticleTitle>第一条</ArticleTitle>" + deep
        + "</Article></MainProvision>"));
    // read() asserts no exception; jsoup caps the depth today, the reader's catch covers a parser that does not.
    assertEquals(Severity.WARNING, r.diagnostics().get(0).severity(), r.diagnostics()::toString);
  }

  @Test
  void randomCorruptionsOfTheFixtureNeverThrow() {
    // Seeded, so a failing corruption reproduces: flip bytes, cut spans, duplicate spans.
    byte[] original = EgovXmlReaderTest.fixture(ID);
    Random random = new Random(7);
    for (int i = 0; i < 300; i++) {
      byte[] xml = original.clone();
      int at = random.nextInt(xml.length - 200);
      switch (i % 3) {
        case 0 -> {
          for (int k = 0; k < 5; k++) xml[at + random.nextInt(200)] = (byte) random.nextInt(256);
        }
        case 1 -> {
          int len = 1 + random.nextInt(200);
          byte[] cut = new byte[xml.length - len];
          System.arraycopy(xml, 0, cut, 0, at);
          System.arraycopy(xml, at + len, cut, at, xml.length - at - len);
          xml = cut;
        }
        default -> {
          int len = 1 + random.nextInt(200);
          byte[] dup = new byte[xml.length + len];
          System.arraycopy(xml, 0, dup, 0, at + len);
          System.arraycopy(xml, at, dup, at + len, xml.length - at);
          xml = dup;
        }
      }
      ReadResult r = read(xml);
      if (!r.failed()) {
        Law law = r.law();
        for (Provision p : law.provisions()) {
          assertEquals(p.path(), ProvisionPath.parse(p.path().toString()));
          p.path().label();
        }
      } else {
        assertEquals(Severity.ERROR, r.diagnostics().get(r.diagnostics().size() - 1).severity());
      }
    }
  }

  @Test
  void remarksSentencesAreNotRepeatedAsTextBlocks() {
    ReadResult r = read(law("""
        <MainProvision>%s</MainProvision>
        <AppdxTable><AppdxTableTitle>別表</AppdxTableTitle>
          <Remarks><RemarksLabel>備考</RemarksLabel><Sentence>一つ目</Sentence><Sentence>二つ目</Sentence></Remarks>
        </AppdxTable>
        """.formatted(article("1", "本則"))));
    Block.Remarks remarks = (Block.Remarks) r.law().appendices().get(0).children().get(0);
    assertEquals(2, remarks.sentences().size());
    assertEquals(List.of(), remarks.children());
    assertEquals(List.of("備考", "一つ目二つ目"), Law.textPieces(r.law().appendices().get(0)));
    assertEquals("at", r.law().appendices().get(0).path().local()); // 別表 without a number
  }
}
