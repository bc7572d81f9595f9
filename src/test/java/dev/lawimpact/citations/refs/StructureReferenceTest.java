package dev.lawimpact.citations.refs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lawimpact.citations.LawTitleResolver;
import dev.lawimpact.identifiers.LawId;
import dev.lawimpact.identifiers.ProvisionPath;
import dev.lawimpact.statute.Law;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 編・章・節 references resolve to their member articles. A fictional law (written here): 第一章
 * (第一条〜第三条), 第二章 with 第一節 (第四条・第五条) and 第二節 (第六条), 第三章 (第七条), 第三章の二
 * (第八条), 第四章 (第九条), and an original 附則.
 */
class StructureReferenceTest {

  static final String ID = "405AC0000000999";
  static Law law;
  static LawTitleResolver titles;

  static String article(int n) {
    return "<Article Num=\"" + n + "\"><ArticleTitle>第" + n + "条</ArticleTitle><Paragraph Num=\"1\"><ParagraphNum></ParagraphNum>"
        + "<ParagraphSentence><Sentence>本文。</Sentence></ParagraphSentence></Paragraph></Article>";
  }

  static String chapter(String num, String body) {
    return "<Chapter Num=\"" + num + "\"><ChapterTitle>章</ChapterTitle>" + body + "</Chapter>";
  }

  static String section(String num, String body) {
    return "<Section Num=\"" + num + "\"><SectionTitle>節</SectionTitle>" + body + "</Section>";
  }

  @BeforeAll
  static void load() {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Law Era=\"Heisei\" Lang=\"ja\" LawType=\"Act\" Num=\"999\" Year=\"5\">"
        + "<LawNum>平成五年法律第九百九十九号</LawNum><LawBody><LawTitle>架空手続法</LawTitle><MainProvision>"
        + chapter("1", article(1) + article(2) + article(3))
        + chapter("2", section("1", article(4) + article(5)) + section("2", article(6)))
        + chapter("3", article(7)) + chapter("3_2", article(8)) + chapter("4", article(9))
        + "</MainProvision><SupplProvision><SupplProvisionLabel>附　則</SupplProvisionLabel>" + article(1)
        + "</SupplProvision></LawBody></Law>";
    law = new dev.lawimpact.statute.xml.EgovXmlReader().read(ID, "fixture", xml.getBytes(StandardCharsets.UTF_8))
        .lawIfRead().orElseThrow();
    titles = LawTitleResolver.build(List.of(ReferenceExtractorTest.meta(ID, "架空手続法", "平成五年法律第九百九十九号")));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '§', textBlock = """
      a1-p1 § 次章から第三章の二までの規定は、適用しない。 § 次章から第三章の二:RANGE=a4 a5 a6 a7 a8
      a1-p1 § 第二章第二節の規定 § 第二章第二節:SAME_LAW=a6
      a4-p1 § 第二節に規定する手続 § 第二節:SAME_LAW=a6
      a4-p1 § 次節及び前章の規定 § 次節:RELATIVE=a6 | 前章:RELATIVE=a1 a2 a3
      a9-p1 § 次章の規定 § 次章:RELATIVE=!TARGET_NOT_IN_CORPUS
      sp-a1-p1 § 第二章の規定 § 第二章:SAME_LAW=a4 a5 a6
      # another law's structures are not known here: nothing is emitted rather than a guess
      a1-p1 § 他法第二章の規定 § (none)
      """)
  void structures(String source, String text, String expected) {
    ProvisionPath src = ProvisionPath.parseLocal(new LawId(ID), source.strip());
    ExtractionContext ctx = ExtractionContext.start(new LawId(ID), src);
    List<Reference> refs = ReferenceExtractor.extractText(text.strip(), ctx, law, titles).references();
    assertEquals(expected.strip(), render(refs));
  }

  static String render(List<Reference> refs) {
    if (refs.isEmpty()) return "(none)";
    return String.join(" | ", refs.stream().map(r -> r.mention().text() + ":" + r.mention().kind() + "="
        + (r.resolution() instanceof Resolution.Resolved ok
            ? String.join(" ", ok.targets().stream().map(ProvisionPath::local).toList())
            : "!" + ((Resolution.Unresolved) r.resolution()).reason())).toList());
  }
}
