package dev.lawimpact.statute.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawimpact.identifiers.Era;
import dev.lawimpact.identifiers.LawId;
import dev.lawimpact.identifiers.LawNumber;
import dev.lawimpact.identifiers.ProvisionPath;
import dev.lawimpact.statute.Appendix;
import dev.lawimpact.statute.Article;
import dev.lawimpact.statute.Block;
import dev.lawimpact.statute.Item;
import dev.lawimpact.statute.Law;
import dev.lawimpact.statute.LawMeta;
import dev.lawimpact.statute.LawType;
import dev.lawimpact.statute.Outline;
import dev.lawimpact.statute.Paragraph;
import dev.lawimpact.statute.Provision;
import dev.lawimpact.statute.Sentence;
import dev.lawimpact.statute.SourceSpan;
import dev.lawimpact.statute.Structure;
import dev.lawimpact.statute.SupplProvision;
import dev.lawimpact.statute.Toc;
import dev.lawimpact.statute.TreeDump;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reads the fictional fixture statutes under src/test/resources/statutes and checks the whole tree. */
class EgovXmlReaderTest {

  static final String FULL_ID = "405AC0000000999";
  static final String FLAT_ID = "505CO0000000777";

  private static byte[] fullXml;
  private static Law full;
  private static ReadResult fullResult;

  static byte[] fixture(String lawId) {
    try (InputStream in = EgovXmlReaderTest.class.getResourceAsStream("/statutes/" + lawId + ".xml")) {
      if (in == null) throw new IllegalStateException("fixture missing: " + lawId);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @BeforeAll
  static void readFullFixture() {
    fullXml = fixture(FULL_ID);
    fullResult = new EgovXmlReader().read(FULL_ID, "statutes/" + FULL_ID + ".xml", fullXml);
    full = fullResult.law();
  }

  @Test
  void fullFixtureReadsWithoutDiagnostics() {
    assertFalse(fullResult.failed());
    assertEquals(List.of(), fullResult.diagnostics());
    assertEquals("statutes/" + FULL_ID + ".xml", fullResult.source());
    assertEquals(Optional.of(full), fullResult.lawIfRead());
  }

  @Test
  void metadataComesFromLawNumTitleAndLawAttributes() {
    LawMeta m = full.meta();
    assertEquals(new LawId(FULL_ID), m.lawId());
    assertEquals("架空法令試験法", m.title());
    assertEquals("かくうほうれいしけんほう", m.titleKana());
    assertEquals(List.of("架空法", "試験法"), m.abbreviations());
    assertEquals("平成五年法律第九百九十九号", m.lawNumText());
    assertEquals(new LawNumber(Era.HEISEI, 5, "法律", 999), m.lawNumber());
    assertEquals(LawType.ACT, m.type());
    assertEquals(Era.HEISEI, m.era());
    assertEquals(5, m.year());
    assertEquals("999", m.num());
    assertEquals("4-5", m.promulgationDate());
    assertEquals(List.of("架空法（平成元年法律第一号）の全部を改正する。"), full.enactStatements());
  }

  @Test
  void printedTocKeepsItsEntriesAndRanges() {
    Toc toc = full.toc();
    assertEquals("目次", toc.label());
    assertEquals(List.of(
        new Toc.Entry("Preamble", "", "前文", "", List.of()),
        new Toc.Entry("Part", "1", "第一編　総則", "", List.of(
            new Toc.Entry("Chapter", "1", "第一章　通則", "（第一条・第二条）", List.of()),
            new Toc.Entry("Chapter", "2", "第二章　試験", "（第三条―第六条の二）", List.of()))),
        new Toc.Entry("Part", "2", "第二編　雑則", "（第七条―第十二条）", List.of()),
        new Toc.Entry("SupplProvision", "", "附則", "", List.of()),
        new Toc.Entry("AppdxTable", "", "別表", "", List.of())), toc.entries());
  }

  /**
   * The whole tree, one node per line. Checks at once: structure kinds and titles down to 目,
   * paths of branch (a6_2) and range (a10:11) articles, 削除 flags, ParagraphNum titles, items and
   * subitems to level 3, column layout (@n), main/proviso sentences, ruby readings dropped
   * (遅滞), tables with rowspan/colspan and their 備考, lists, 附則 keys from AmendLawNum,
   * Extract and Type, amendment text with a new article, appendices numbered by Num or by title.
   */
  @Test
  void treeMatchesTheGoldenPicture() {
    String expected = """
        PREAMBLE  前文
          Paragraph pr-p1 num=1 title= | 架空の事物に関する試験の公正を期するため、この法律を制定する。
        MAIN_PROVISION
          PART 1 第一編　総則
            CHAPTER 1 第一章　通則
              Article a1 num=1 第一条（目的）
                Paragraph a1-p1 num=1 title= | この法律は、架空の事物に関する試験について必要な事項を定めることを目的とする。
              Article a2 num=2 第二条（定義）
                Paragraph a2-p1 num=1 title= | この法律において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
                  Item a2-p1-i1 num=1 一 | 架空物@1 現実に存在しない物をいう。@2
                  Item a2-p1-i2 num=2 二 | 試験者　次に掲げる者をいう。
                    Subitem1 a2-p1-i2-s1 num=1 イ | 試験を行う者
                      Subitem2 a2-p1-i2-s1-s1 num=1 （１） | 国の機関
                        Subitem3 a2-p1-i2-s1-s1-s1 num=1 （ｉ） | 架空庁
                    Subitem1 a2-p1-i2-s2 num=2 ロ | 試験を受ける者
                Paragraph a2-p2 num=2 title=２ | 前項第一号の物は、架空庁長官が指定するものとする。{main} ただし、急を要するときは、この限りでない。{proviso}
            CHAPTER 2 第二章　試験
              SECTION 1 第一節　申請
                SUBSECTION 1 第一款　手続
                  DIVISION 1 第一目　申請書
                    Article a3 num=3 第三条（申請）
                      Paragraph a3-p1 num=1 title= | 申請は、遅滞なく、別表第一に定める書面により行わなければならない。
                  DIVISION 2 第二目　手数料
                    Article a4 num=4 第四条（手数料）
                      Paragraph a4-p1 num=1 title= | 手数料の額は、次の表のとおりとする。
                        Table 手数料表 [区分, 種別, 金額] [申請 rowspan=2, 新規, 千円] [更新, 五百円] [再交付 colspan=2, 二百円]
                        Remarks 備考 | 金額には消費税を含む。
                        List0 | 納付の方法
                          List1 | 現金@1 窓口@2
              SECTION 2 第二節　実施
                Article a5 num=5 第五条（実施）
                  Paragraph a5-p1 num=1 title= | 試験は、別表第二に定めるところにより実施する。
                Article a6 num=6 第六条
                  Paragraph a6-p1 num=1 title= | 試験の結果は、様式第一により通知する。
                Article a6_2 num=6_2 第六条の二（特例）
                  Paragraph a6_2-p1 num=1 title= | 災害その他やむを得ない事由があるときは、試験を延期することができる。
          PART 2 第二編　雑則
            Article a7 num=7 第七条 [deleted]
              Paragraph a7-p1 num=1 title= | 削除
            Article a10:11 num=10:11 第十条及び第十一条 [deleted]
              Paragraph a10:11-p1 num=1 title= | 削除
            Article a12 num=12 第十二条（罰則）
              Paragraph a12-p1 num=1 title= | 偽りその他不正の手段により試験を受けた者は、十万円以下の罰金に処する。
        Suppl sp 附　則 amend=
          Article sp-a1 num=1 第一条（施行期日）
            Paragraph sp-a1-p1 num=1 title= | この法律は、平成六年四月一日から施行する。
          Appendix sp-at1 num=1 附則別表第一
            Table  [経過措置]
        Suppl spH13L121 附　則 amend=平成一三年一一月一六日法律第一二一号 [extract]
          Paragraph spH13L121-p1 num=1 title= | この法律は、公布の日から施行する。
        Suppl spR1L16 附　則 amend=令和元年五月三一日法律第一六号 type=Amend
          Article spR1L16-a2 num=2 第二条（架空手続法の一部改正）
            Paragraph spR1L16-a2-p1 num=1 title= | 架空手続法（平成二年法律第二号）の一部を次のように改正する。
              Amend | 第五条の次に次の一条を加える。
                Article a5_2 num=5_2 第五条の二（電子申請）
                  Paragraph a5_2-p1 num=1 title= | 申請は、電子情報処理組織を使用して行うことができる。
        Appendix at1 num=1 別表第一（第三条関係）
          Table  [申請書, 一通]
          Remarks 備考 | 用紙の大きさは、日本産業規格Ａ列四番とする。
            Item at1-i1 num=1 一 | 記載は、日本語で行うこと。
        Appendix at2 num=2 別表第二（第五条関係）
          Table  [筆記試験]
        Appendix as1 num=1 様式第１（第六条関係）
          Figure StyleStruct 試験結果通知書 src=./pict/H05HO999-001.pdf | 試験結果通知書
        """;
    assertEquals(expected, TreeDump.of(full));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "pr-p1               | 前文第一項",
      "a2-p1-i2-s1-s1-s1   | 第二条第一項第二号イ（１）（ｉ）",
      "a6_2                | 第六条の二",
      "a10:11              | 第十条から第十一条まで",
      "sp-a1               | 附則第一条",
      "sp-at1              | 附則別表第一",
      "spH13L121-p1        | 附則（平成十三年法律第百二十一号）第一項",
      "spR1L16-a2          | 附則（令和元年法律第十六号）第二条",
      "at2                 | 別表第二",
      "as1                 | 様式第一",
  })
  void everyPathFindsItsProvisionAndLabelsIt(String local, String label) {
    ProvisionPath path = ProvisionPath.parseLocal(new LawId(FULL_ID), local);
    Provision p = full.find(path).orElseThrow(() -> new AssertionError("not found: " + path));
    assertEquals(path, p.path());
    assertEquals(label, p.path().label());
  }

  @Test
  void provisionsComeDepthFirstInDocumentOrderWithoutAmendmentText() {
    List<String> locals = full.provisions().stream().map(p -> p.path().local()).toList();
    assertEquals(List.of("pr-p1", "a1", "a1-p1", "a2", "a2-p1", "a2-p1-i1", "a2-p1-i2", "a2-p1-i2-s1",
        "a2-p1-i2-s1-s1", "a2-p1-i2-s1-s1-s1", "a2-p1-i2-s2", "a2-p2", "a3", "a3-p1", "a4", "a4-p1", "a5", "a5-p1",
        "a6", "a6-p1", "a6_2", "a6_2-p1", "a7", "a7-p1", "a10:11", "a10:11-p1", "a12", "a12-p1",
        "sp", "sp-a1", "sp-a1-p1", "sp-at1", "spH13L121", "spH13L121-p1", "spR1L16", "spR1L16-a2", "spR1L16-a2-p1",
        "at1", "at2", "as1"), locals);
    // The new article inside the amendment is not a provision of this law.
    assertEquals(Optional.empty(), full.find(ProvisionPath.parseLocal(new LawId(FULL_ID), "a5_2")));
    // Items of a 備考 sit in a block: not addressable (a path could not say 備考), but their text
    // is part of the appendix's text.
    assertEquals(Optional.empty(), full.find(ProvisionPath.parseLocal(new LawId(FULL_ID), "at1-i1")));
    assertTrue(Law.fullText(full.appendices().get(0)).contains("記載は、日本語で行うこと。"));
  }

  @Test
  void findIgnoresOtherLawsAndTheWholeLaw() {
    assertEquals(Optional.empty(), full.find(ProvisionPath.parse("321CONSTITUTION/a1")));
    assertEquals(Optional.empty(), full.find(ProvisionPath.of(new LawId(FULL_ID))));
  }

  @Test
  void columnsJoinWithAFullWidthSpaceAndProvisoFollowsMainText() {
    Provision item = full.find(ProvisionPath.parse(FULL_ID + "/a2-p1-i1")).orElseThrow();
    assertEquals("架空物　現実に存在しない物をいう。", item.ownText());
    Paragraph p2 = (Paragraph) full.find(ProvisionPath.parse(FULL_ID + "/a2-p2")).orElseThrow();
    assertEquals(List.of(new Sentence("前項第一号の物は、架空庁長官が指定するものとする。", "main", 0),
        new Sentence("ただし、急を要するときは、この限りでない。", "proviso", 0)), p2.sentences());
    assertEquals("前項第一号の物は、架空庁長官が指定するものとする。ただし、急を要するときは、この限りでない。", p2.ownText());
  }

  @Test
  void rubyReadingsAreDroppedFromText() {
    Provision p = full.find(ProvisionPath.parse(FULL_ID + "/a3-p1")).orElseThrow();
    assertFalse(Law.fullText(p).contains("ち滞"));
    assertTrue(p.ownText().startsWith("申請は、遅滞なく"));
  }

  @Test
  void deletedArticlesAreFlaggedWhetherSingleOrRange() {
    Article a7 = (Article) full.find(ProvisionPath.parse(FULL_ID + "/a7")).orElseThrow();
    Article range = (Article) full.find(ProvisionPath.parse(FULL_ID + "/a10:11")).orElseThrow();
    Article a12 = (Article) full.find(ProvisionPath.parse(FULL_ID + "/a12")).orElseThrow();
    assertTrue(a7.deleted());
    assertTrue(range.deleted());
    assertEquals("10:11", range.num());
    assertFalse(a12.deleted());
  }

  @Test
  void supplementaryProvisionsKeepAmendLawNumExtractAndType() {
    List<SupplProvision> s = full.supplProvisions();
    assertEquals(3, s.size());
    assertEquals("", s.get(0).amendLawNum());
    assertFalse(s.get(0).extract());
    assertEquals("平成一三年一一月一六日法律第一二一号", s.get(1).amendLawNum());
    assertTrue(s.get(1).extract());
    assertEquals("Amend", s.get(2).type());
    Block.AmendProvision amend = (Block.AmendProvision) ((Paragraph) ((Article) s.get(2).children().get(0)).children().get(0))
        .children().get(0);
    assertEquals(List.of("第五条の次に次の一条を加える。"), amend.sentences());
    Article inserted = (Article) amend.newProvisions().get(0);
    assertEquals("（電子申請）", inserted.caption());
    // Inserted provisions carry this law's id as a placeholder until an applier re-bases them.
    assertEquals(FULL_ID + "/a5_2", inserted.path().toString());
  }

  @Test
  void appendicesTakeTheirNumberFromNumOrTitle() {
    List<Appendix> a = full.appendices();
    assertEquals(List.of("at1", "at2", "as1"), a.stream().map(x -> x.path().local()).toList());
    assertEquals(List.of("1", "2", "1"), a.stream().map(Appendix::num).toList());
    assertEquals("（第三条関係）", a.get(0).relatedArticleNum());
    assertEquals("（第三条関係）", a.get(0).caption());
    Block.Figure style = (Block.Figure) a.get(2).children().get(0);
    assertEquals("./pict/H05HO999-001.pdf", style.src());
  }

  @Test
  void fullTextIncludesTablesRemarksListsAndAmendmentHeadings() {
    List<String> a4 = Law.textPieces(full.find(ProvisionPath.parse(FULL_ID + "/a4")).orElseThrow());
    assertEquals(List.of("手数料の額は、次の表のとおりとする。", "区分", "種別", "金額", "申請", "新規", "千円", "更新", "五百円",
        "再交付", "二百円", "備考", "金額には消費税を含む。", "納付の方法", "現金　窓口"), a4);
    String amending = Law.fullText(full.supplProvisions().get(2));
    assertEquals("""
        架空手続法（平成二年法律第二号）の一部を次のように改正する。
        第五条の次に次の一条を加える。
        （電子申請）
        第五条の二
        申請は、電子情報処理組織を使用して行うことができる。""", amending);
  }

  @Test
  void outlineListsStructuresWithTheirArticleSpansThenSupplAndAppendices() {
    List<Outline.Entry> expected = List.of(
        new Outline.Entry("PREAMBLE", "前文", "pr", "", "", List.of()),
        new Outline.Entry("PART", "第一編　総則", "a1", "a1", "a6_2", List.of(
            new Outline.Entry("CHAPTER", "第一章　通則", "a1", "a1", "a2", List.of()),
            new Outline.Entry("CHAPTER", "第二章　試験", "a3", "a3", "a6_2", List.of(
                new Outline.Entry("SECTION", "第一節　申請", "a3", "a3", "a4", List.of(
                    new Outline.Entry("SUBSECTION", "第一款　手続", "a3", "a3", "a4", List.of(
                        new Outline.Entry("DIVISION", "第一目　申請書", "a3", "a3", "a3", List.of()),
                        new Outline.Entry("DIVISION", "第二目　手数料", "a4", "a4", "a4", List.of()))))),
                new Outline.Entry("SECTION", "第二節　実施", "a5", "a5", "a6_2", List.of()))))),
        new Outline.Entry("PART", "第二編　雑則", "a7", "a7", "a12", List.of()),
        new Outline.Entry("SUPPL", "附　則", "sp", "", "", List.of()),
        new Outline.Entry("SUPPL", "附　則（平成一三年一一月一六日法律第一二一号）", "spH13L121", "", "", List.of()),
        new Outline.Entry("SUPPL", "附　則（令和元年五月三一日法律第一六号）", "spR1L16", "", "", List.of()),
        new Outline.Entry("APPENDIX", "別表第一", "at1", "", "", List.of()),
        new Outline.Entry("APPENDIX", "別表第二", "at2", "", "", List.of()),
        new Outline.Entry("APPENDIX", "様式第１", "as1", "", "", List.of()));
    assertEquals(expected, Outline.of(full));
  }

  @Test
  void sourceSpansCoverEachElementInTheXml() {
    String xml = new String(fullXml, StandardCharsets.UTF_8);
    Article a6_2 = (Article) full.find(ProvisionPath.parse(FULL_ID + "/a6_2")).orElseThrow();
    SourceSpan span = a6_2.span();
    String source = xml.substring(span.start(), span.end());
    assertTrue(source.startsWith("<Article Num=\"6_2\">"), source);
    assertTrue(source.endsWith("</Article>"), source);
    Structure main = full.mainProvision();
    assertTrue(xml.substring(main.span().start(), main.span().end()).startsWith("<MainProvision>"));
  }

  @Test
  void lawWithoutStructureOutlinesItsArticlesAndNumbersParagraphsByPosition() {
    ReadResult r = new EgovXmlReader().read(FLAT_ID, "flat", fixture(FLAT_ID));
    assertEquals(List.of(), r.diagnostics());
    Law law = r.law();
    assertEquals(LawType.CABINET_ORDER, law.meta().type());
    assertEquals("R5C777", law.meta().lawNumber().key());
    assertEquals(List.of(), law.meta().abbreviations());
    assertNull(law.toc());
    assertNull(law.preamble());
    assertEquals(List.of(), law.enactStatements());
    assertEquals("""
        MAIN_PROVISION
          Article a1 num=1 第一条（試験の回数）
            Paragraph a1-p1 num=1 title= | 試験は、毎年一回以上行う。
            Paragraph a1-p2 num=2 title= | 前項の試験の期日は、架空庁長官が公示する。
          Article a2 num=2 第二条
            Paragraph a2-p1 num=1 title= | 法第四条の手数料は、収入印紙で納める。
        Suppl sp 附　則 amend=
          Paragraph sp-p1 num=1 title= | この政令は、公布の日から施行する。
        """, TreeDump.of(law));
    assertEquals(List.of(
        new Outline.Entry("ARTICLE", "第一条（試験の回数）", "a1", "a1", "a1", List.of()),
        new Outline.Entry("ARTICLE", "第二条", "a2", "a2", "a2", List.of()),
        new Outline.Entry("SUPPL", "附　則", "sp", "", "", List.of())), Outline.of(law));
  }

  @Test
  void itemsAreLevelZeroAndSubitemsCountTheirDepth() {
    Item i = (Item) full.find(ProvisionPath.parse(FULL_ID + "/a2-p1-i2")).orElseThrow();
    Item s3 = (Item) full.find(ProvisionPath.parse(FULL_ID + "/a2-p1-i2-s1-s1-s1")).orElseThrow();
    assertEquals(0, i.level());
    assertEquals(3, s3.level());
    assertEquals("（ｉ）", s3.title());
    assertEquals("", s3.caption());
  }
}
