package dev.lawimpact.amendments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawimpact.comparison.Units;
import dev.lawimpact.statute.Law;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Applying amendments to a small fictional law; the base tree must stay as it was. */
class AmenderTest {

  static final String LAW = """
      <Law Era="Reiwa" Year="2" Num="99" LawType="Act" Lang="ja"><LawNum>令和二年法律第九十九号</LawNum>
      <LawBody><LawTitle>架空法</LawTitle><MainProvision>
      <Article Num="1"><ArticleCaption>（目的）</ArticleCaption><ArticleTitle>第一条</ArticleTitle>
        <Paragraph Num="1"><ParagraphNum/><ParagraphSentence><Sentence>この法律は、甲及び乙を定める。</Sentence></ParagraphSentence></Paragraph>
        <Paragraph Num="2"><ParagraphNum>２</ParagraphNum><ParagraphSentence><Sentence>甲は、乙とする。</Sentence></ParagraphSentence>
          <Item Num="1"><ItemTitle>一</ItemTitle><ItemSentence><Sentence>丙</Sentence></ItemSentence></Item>
          <Item Num="2"><ItemTitle>二</ItemTitle><ItemSentence><Sentence>丁</Sentence></ItemSentence></Item>
        </Paragraph>
      </Article>
      <Article Num="2"><ArticleTitle>第二条</ArticleTitle>
        <Paragraph Num="1"><ParagraphNum/><ParagraphSentence><Sentence>戊とする。</Sentence></ParagraphSentence></Paragraph>
      </Article>
      </MainProvision></LawBody></Law>
      """;

  static final String AMENDING = """
      <Law Era="Reiwa" Year="3" Num="1" LawType="Act" Lang="ja"><LawNum>令和三年法律第一号</LawNum>
      <LawBody><LawTitle>架空法の一部を改正する法律</LawTitle><MainProvision>
      <Paragraph Num="1"><ParagraphNum/><ParagraphSentence><Sentence>架空法（令和二年法律第九十九号）の一部を次のように改正する。</Sentence></ParagraphSentence>
      <AmendProvision><AmendProvisionSentence><Sentence>第一条第一項中「甲及び乙」を「甲、乙及び丙」に改める。</Sentence></AmendProvisionSentence></AmendProvision>
      <AmendProvision><AmendProvisionSentence><Sentence>第一条第二項中第二号を第三号とし、第一号の次に次の一号を加える。</Sentence></AmendProvisionSentence>
        <NewProvision><Item Num="2"><ItemTitle>二</ItemTitle><ItemSentence><Sentence>新</Sentence></ItemSentence></Item></NewProvision></AmendProvision>
      <AmendProvision><AmendProvisionSentence><Sentence>第二条中「存在しない」を「何か」に改める。</Sentence></AmendProvisionSentence></AmendProvision>
      </Paragraph></MainProvision></LawBody></Law>
      """;

  @Test
  void appliesAndRefusesWithTypedFailures() {
    Law base = Amender.readXml(LAW, "law").law();
    Law amending = Amender.readXml(AMENDING, "amending").law();
    Amender amender = new Amender();
    Amendment a = amender.amendmentFor(amending, base);
    assertEquals(3, a.provisions().size());
    AmendmentResult r = amender.apply(base, a, Amender.Policy.ALL_OCCURRENCES);
    var units = Units.of(r.after());
    assertEquals(List.of("(目的)", "第一条", "この法律は、甲、乙及び丙を定める。", "2", "甲は、乙とする。", "一", "丙", "二", "新", "三", "丁"),
        units.get("a1").normalized());
    assertEquals(1, r.failures().size());
    assertEquals(ApplyFailure.Kind.TEXT_NOT_FOUND, r.failures().get(0).kind());
    // The base is untouched: old and new trees side by side.
    assertTrue(Units.of(base).get("a1").normalized().contains("この法律は、甲及び乙を定める。"));
  }

  @Test
  void strictPolicyRefusesAStringThatOccursTwice() {
    Law base = Amender.readXml(LAW, "law").law();
    var ap = new dev.lawimpact.statute.Block.AmendProvision(List.of("第一条中「乙」を「己」に改める。"), List.of(),
        dev.lawimpact.statute.SourceSpan.NONE);
    Amendment a = new Amendment("", List.of(ap));
    AmendmentResult strict = new Amender().apply(base, a, Amender.Policy.EXACTLY_ONE);
    assertEquals(ApplyFailure.Kind.TEXT_AMBIGUOUS, strict.failures().get(0).kind());
    AmendmentResult all = new Amender().apply(base, a, Amender.Policy.ALL_OCCURRENCES);
    assertTrue(all.failures().isEmpty());
    assertTrue(Units.of(all.after()).get("a1").normalized().contains("甲は、己とする。"));
  }
}
