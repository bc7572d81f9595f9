package dev.lawimpact.amendments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawimpact.comparison.Units;
import dev.lawimpact.statute.Law;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per operation type: an amendment (改め文 with its new provisions as printed) applied to
 * a small fictional law, and the unit it must produce, as normalised pieces joined by " | ".
 */
class AmenderGoldenTest {

  static final String LAW = """
      <Law Era="Reiwa" Year="2" Num="99" LawType="Act" Lang="ja"><LawNum>令和二年法律第九十九号</LawNum>
      <LawBody><LawTitle>架空法</LawTitle>
      <TOC><TOCLabel>目次</TOCLabel><TOCChapter Num="1"><ChapterTitle>第一章　総則</ChapterTitle><ArticleRange>（第一条・第二条）</ArticleRange></TOCChapter>
        <TOCChapter Num="2"><ChapterTitle>第二章　雑則</ChapterTitle><ArticleRange>（第三条）</ArticleRange></TOCChapter></TOC>
      <MainProvision>
      <Chapter Num="1"><ChapterTitle>第一章　総則</ChapterTitle>
      <Article Num="1"><ArticleCaption>（目的）</ArticleCaption><ArticleTitle>第一条</ArticleTitle>
        <Paragraph Num="1"><ParagraphNum/><ParagraphSentence><Sentence Function="main">この法律は、甲及び乙を定める。</Sentence><Sentence Function="proviso">ただし、乙については、別に定める。</Sentence></ParagraphSentence></Paragraph>
        <Paragraph Num="2"><ParagraphNum>２</ParagraphNum><ParagraphSentence><Sentence>甲は、乙とする。</Sentence></ParagraphSentence>
          <Item Num="1"><ItemTitle>一</ItemTitle><ItemSentence><Sentence>丙</Sentence></ItemSentence></Item>
          <Item Num="2"><ItemTitle>二</ItemTitle><ItemSentence><Sentence>丁</Sentence></ItemSentence>
            <Subitem1 Num="1"><Subitem1Title>イ</Subitem1Title><Subitem1Sentence><Sentence>子</Sentence></Subitem1Sentence></Subitem1>
            <Subitem1 Num="2"><Subitem1Title>ロ</Subitem1Title><Subitem1Sentence><Sentence>丑</Sentence></Subitem1Sentence></Subitem1></Item>
          <Item Num="3"><ItemTitle>三</ItemTitle><ItemSentence><Sentence>戊</Sentence></ItemSentence></Item>
        </Paragraph>
        <Paragraph Num="3"><ParagraphNum>３</ParagraphNum><ParagraphSentence><Sentence>前二項の規定は、己に準用する。</Sentence></ParagraphSentence></Paragraph>
      </Article>
      <Article Num="2"><ArticleTitle>第二条</ArticleTitle>
        <Paragraph Num="1"><ParagraphNum/><ParagraphSentence><Sentence>次の表の上欄に掲げる者は、下欄に掲げる額を納める。</Sentence></ParagraphSentence>
          <TableStruct><Table><TableRow><TableColumn><Sentence>第一号の者</Sentence></TableColumn><TableColumn><Sentence>千円</Sentence></TableColumn></TableRow>
            <TableRow><TableColumn><Sentence>第二号の者</Sentence></TableColumn><TableColumn><Sentence>二千円</Sentence></TableColumn></TableRow></Table></TableStruct></Paragraph>
      </Article></Chapter>
      <Chapter Num="2"><ChapterTitle>第二章　雑則</ChapterTitle>
      <Article Num="3"><ArticleCaption>（委任）</ArticleCaption><ArticleTitle>第三条</ArticleTitle>
        <Paragraph Num="1"><ParagraphNum/><ParagraphSentence><Sentence>この法律の実施に関し必要な事項は、政令で定める。</Sentence></ParagraphSentence></Paragraph>
      </Article></Chapter>
      </MainProvision>
      <SupplProvision><SupplProvisionLabel>附　則</SupplProvisionLabel>
        <Paragraph Num="1"><ParagraphNum>１</ParagraphNum><ParagraphSentence><Sentence>この法律は、公布の日から施行する。</Sentence></ParagraphSentence></Paragraph>
        <Paragraph Num="2"><ParagraphNum>２</ParagraphNum><ParagraphSentence><Sentence>経過措置は、政令で定める。</Sentence></ParagraphSentence></Paragraph>
      </SupplProvision>
      <AppdxTable Num="1"><AppdxTableTitle>別表第一</AppdxTableTitle><RelatedArticleNum>（第二条関係）</RelatedArticleNum>
        <TableStruct><Table><TableRow><TableColumn><Sentence>架空法</Sentence></TableColumn><TableColumn><Sentence>第一条及び第二条</Sentence></TableColumn></TableRow>
          <TableRow><TableColumn><Sentence>空想法</Sentence></TableColumn><TableColumn><Sentence>第三条</Sentence></TableColumn></TableRow></Table></TableStruct></AppdxTable>
      </LawBody></Law>
      """;

  static Stream<Arguments> rows() {
    return Stream.of(
        row("replace-text", "第一条第一項中「甲及び乙」を「甲、乙及び丙」に改める。", "a1",
            "(目的) | 第一条 | この法律は、甲、乙及び丙を定める。 | ただし、乙については、別に定める。 | 2 | 甲は、乙とする。 | 一 | 丙 | 二 | 丁 | イ | 子 | ロ | 丑 | 三 | 戊 | 3 | 前二項の規定は、己に準用する。"),
        row("replace-text in ただし書 only", "第一条第一項ただし書中「乙」を「庚」に改める。", "a1",
            "(目的) | 第一条 | この法律は、甲及び乙を定める。 | ただし、庚については、別に定める。 | 2 | 甲は、乙とする。 | 一 | 丙 | 二 | 丁 | イ | 子 | ロ | 丑 | 三 | 戊 | 3 | 前二項の規定は、己に準用する。"),
        row("delete-text", "第三条中「実施に関し」を削る。", "a3", "(委任) | 第三条 | この法律の必要な事項は、政令で定める。"),
        row("insert-text", "第三条中「政令」の下に「又は省令」を加える。", "a3", "(委任) | 第三条 | この法律の実施に関し必要な事項は、政令又は省令で定める。"),
        row("insert-text before", "第三条中「政令」の上に「別に」を加える。", "a3", "(委任) | 第三条 | この法律の実施に関し必要な事項は、別に政令で定める。"),
        row("caption", "第三条の見出しを「（政令への委任）」に改める。", "a3", "(政令への委任) | 第三条 | この法律の実施に関し必要な事項は、政令で定める。"),
        row("caption removed", "第三条の見出しを削る。", "a3", "第三条 | この法律の実施に関し必要な事項は、政令で定める。"),
        row("replace-provision", "第三条を次のように改める。\n第三条　削除", "a3", "第三条 | 削除"),
        row("delete-provision", "第一条第三項を削る。", "a1",
            "(目的) | 第一条 | この法律は、甲及び乙を定める。 | ただし、乙については、別に定める。 | 2 | 甲は、乙とする。 | 一 | 丙 | 二 | 丁 | イ | 子 | ロ | 丑 | 三 | 戊"),
        row("insert-provision after, renumber", "第一条第二項中第三号を第四号とし、第二号の次に次の一号を加える。\n三　新", "a1",
            "(目的) | 第一条 | この法律は、甲及び乙を定める。 | ただし、乙については、別に定める。 | 2 | 甲は、乙とする。 | 一 | 丙 | 二 | 丁 | イ | 子 | ロ | 丑 | 三 | 新 | 四 | 戊 | 3 | 前二項の規定は、己に準用する。"),
        row("shift", "第一条第二項中第二号及び第三号を一号ずつ繰り下げ、第一号の次に次の一号を加える。\n二　新", "a1",
            "(目的) | 第一条 | この法律は、甲及び乙を定める。 | ただし、乙については、別に定める。 | 2 | 甲は、乙とする。 | 一 | 丙 | 二 | 新 | 三 | 丁 | イ | 子 | ロ | 丑 | 四 | 戊 | 3 | 前二項の規定は、己に準用する。"),
        row("subitems", "第一条第二項第二号中ロを削り、イを削る。", "a1",
            "(目的) | 第一条 | この法律は、甲及び乙を定める。 | ただし、乙については、別に定める。 | 2 | 甲は、乙とする。 | 一 | 丙 | 二 | 丁 | 三 | 戊 | 3 | 前二項の規定は、己に準用する。"),
        row("append paragraph (同条に次の一項)", "第三条中「政令」を「省令」に改め、同条に次の一項を加える。\n２　前項の省令は、公示する。", "a3",
            "(委任) | 第三条 | この法律の実施に関し必要な事項は、省令で定める。 | 2 | 前項の省令は、公示する。"),
        row("insert article after", "第二条の次に次の一条を加える。\n（報告）\n第二条の二　甲は、報告する。", "a2_2",
            "(報告) | 第二条の二 | 甲は、報告する。"),
        row("renumber article", "第三条を第四条とする。", "a4", "(委任) | 第四条 | この法律の実施に関し必要な事項は、政令で定める。"),
        row("table row", "第二条の表第二号の者の項中「二千円」を「三千円」に改める。", "a2",
            "第二条 | 次の表の上欄に掲げる者は、下欄に掲げる額を納める。 | 第一号の者 | 千円 | 第二号の者 | 三千円"),
        row("別表 row deleted", "別表第一空想法の項を削る。", "at1", "(第二条関係) | 別表第一 | 架空法 | 第一条及び第二条"),
        row("附則 paragraphs", "附則第二項を附則第三項とし、附則第一項の次に次の一項を加える。\n２　新しい附則。", "sp-p3",
            "3 | 経過措置は、政令で定める。"),
        row("目次", "目次中「（第三条）」を「（第三条・第四条）」に改める。", "toc",
            "目次 | 第一章総則(第一条・第二条) | 第二章雑則(第三条・第四条)"),
        row("new paragraph with ただし書 split into sentences", "第三条に次の一項を加える。\n２　前項の事項は、公示する。ただし、軽微なものは、この限りでない。", "a3",
            "(委任) | 第三条 | この法律の実施に関し必要な事項は、政令で定める。 | 2 | 前項の事項は、公示する。 | ただし、軽微なものは、この限りでない。"),
        row("insert chapter", "第一章の次に次の一章を加える。\n第一章の二　特則\n（特例）\n第二条の二　乙は、特例による。", "a2_2",
            "(特例) | 第二条の二 | 乙は、特例による。"),
        row("本則中 (every occurrence)", "本則中「政令」を「命令」に改める。", "a3", "(委任) | 第三条 | この法律の実施に関し必要な事項は、命令で定める。"));
  }

  private static Arguments row(String name, String bill, String unit, String expected) {
    return Arguments.of(name, bill, unit, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void appliesEachOperationType(String name, String bill, String unit, String expected) {
    Law base = Amender.readXml(LAW, "law").law();
    Amender amender = new Amender();
    List<Amendment> groups = amender.amendmentsInText(bill);
    assertEquals(1, groups.size());
    AmendmentResult r = amender.apply(base, groups.get(0), Amender.Policy.ALL_OCCURRENCES);
    assertTrue(r.failures().isEmpty(), () -> "failures: " + r.failures());
    Units.Unit u = Units.of(r.after()).get(unit);
    assertEquals(expected, u == null ? "<no unit " + unit + ">" : String.join(" | ", u.normalized()));
  }
}
