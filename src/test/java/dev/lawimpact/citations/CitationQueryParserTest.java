package dev.lawimpact.citations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawimpact.identifiers.LawId;
import dev.lawimpact.identifiers.ProvisionPath;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table-driven parser tests on the fictional catalogue; each row: query → path, or - for not a citation. */
class CitationQueryParserTest {

  private static final CitationQueryParser P =
      new CitationQueryParser(Fixtures.resolver(), Set.of(new LawId(Fixtures.ARTICLELESS))::contains);

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      架空通信事業法第四条                          | 501AC0000000001/a4
      架空通信事業法 4条1項                         | 501AC0000000001/a4-p1
      架空通信事業法第四条第一項                    | 501AC0000000001/a4-p1
      架空通信事業法４条１項                        | 501AC0000000001/a4-p1
      架空通信事業法第二十一条第二項                | 501AC0000000001/a21-p2
      架空通信事業法第百二十条                      | 501AC0000000001/a120
      架空通信事業法第六条の二                      | 501AC0000000001/a6_2
      架空通信事業法6条の2                          | 501AC0000000001/a6_2
      架空通信事業法６条の２第１項                  | 501AC0000000001/a6_2-p1
      架空通信事業法6-2条                           | 501AC0000000001/a6_2
      架空通信事業法第六条の二の三第二項            | 501AC0000000001/a6_2_3-p2
      架空通信事業法第三条第二項第三号              | 501AC0000000001/a3-p2-i3
      架空通信事業法第三条第三号                    | 501AC0000000001/a3-p1-i3
      架空通信事業法3条3号                          | 501AC0000000001/a3-p1-i3
      架空通信事業法第三条第三号の二                | 501AC0000000001/a3-p1-i3_2
      架空通信事業法第三条第二項第三号イ            | 501AC0000000001/a3-p2-i3-s1
      架空通信事業法第三条第二項第三号ハ            | 501AC0000000001/a3-p2-i3-s3
      架空通信事業法第三条第二項第三号ロ（２）      | 501AC0000000001/a3-p2-i3-s2-s2
      架空通信事業法第三条第二項第三号ロ(2)(ii)    | 501AC0000000001/a3-p2-i3-s2-s2-s2
      架空通信事業法第三条第二項第三号ロ（２）（ｉｉ） | 501AC0000000001/a3-p2-i3-s2-s2-s2
      架空通信事業法附則第二条                      | 501AC0000000001/sp-a2
      架空通信事業法附則第二条第一項                | 501AC0000000001/sp-a2-p1
      架空通信事業法附則                            | 501AC0000000001/sp
      架空通信事業法附則第三項                      | 501AC0000000001/sp-p3
      架空通信事業法別表第一                        | 501AC0000000001/at1
      架空通信事業法別表                            | 501AC0000000001/at
      架空通信事業法別表第二の三                    | 501AC0000000001/at2_3
      架空通信事業法別表第一（第三条関係）          | 501AC0000000001/at1
      架空通信事業法附則別表第一                    | 501AC0000000001/sp-at1
      架空通信事業法様式第一                        | 501AC0000000001/as1
      架空通信事業法別記                            | 501AC0000000001/an
      架空共和国憲法前文                            | 501CONSTITUTION/pr
      憲法21条2項                                   | 501CONSTITUTION/a21-p2
      憲法第九条                                    | 501CONSTITUTION/a9
      架通法第四条                                  | 501AC0000000001/a4
      架通事法第四条                                | 501AC0000000001/a4
      「架空通信事業法」第四条                      | 501AC0000000001/a4
      「架空通信事業法第四条」                      | 501AC0000000001/a4
      架空通信事業法 第 四 条 第 一 項              | 501AC0000000001/a4-p1
      '  架空通信事業法第四条　'                     | 501AC0000000001/a4
      架空通信事業法第四条の規定                    | 501AC0000000001/a4
      架空通信事業法第四条ただし書                  | 501AC0000000001/a4
      架空通信事業法第四条第一項前段                | 501AC0000000001/a4-p1
      架空通信事業法第四条第一項各号列記以外の部分  | 501AC0000000001/a4-p1
      架空通信事業法第四条。                        | 501AC0000000001/a4
      架空通信事業法（令和元年法律第一号）第四条    | 501AC0000000001/a4
      令和元年法律第一号第四条                      | 501AC0000000001/a4
      架空通信事業法施行法第二条                    | 501AC0000000011/a2
      架空旧法施行法第一条                          | 501AC0000000013/a1
      架空罰則ニ関スル法律第一条                    | 501AC0000000004/a1
      ＸＹＺ条約の実施に関する法律第１条            | 501AC0000000012/a1
      架空期日法第二項                              | 501AC0000000009/p2
      架空期日法第二項第一号                        | 501AC0000000009/p2-i1
      架空通信事業法第一項                          | -
      架空通信事業法                                | 501AC0000000001
      架空通信事業法の規定                          | 501AC0000000001
      架通法                                        | 501AC0000000001
      令和元年法律第四号                            | 501AC0000000004
      憲法                                          | -
      司法                                          | -
      司法第一条                                    | 501AC0000000016/a1
      通信の秘密                                    | -
      架空通信事業法第四条 免許                     | -
      架空通信事業法第四条及び第五条                | -
      架空通信事業法第四条から第六条まで            | -
      架空通信事業法第〇条                          | -
      架空通信事業法第四                            | -
      架空通信事業法第四条第一項第二号ン            | -
      架空通信事業法（令和元年法律第九号）第四条    | -
      第四条                                        | -
      ''                                            | -
      Article 21 of the Constitution                | 501CONSTITUTION/a21
      article 21 of the constitution                | 501CONSTITUTION/a21
      Article 21(2) of the Constitution             | 501CONSTITUTION/a21-p2
      Article 21, paragraph 2 of the Constitution   | 501CONSTITUTION/a21-p2
      Article 21 paragraph (2) of the Constitution  | 501CONSTITUTION/a21-p2
      Article 21, paragraph (2), item (iii) of the Constitution | 501CONSTITUTION/a21-p2-i3
      Art. 9 of the Constitution of Fictland        | 501CONSTITUTION/a9
      Ａｒｔｉｃｌｅ　９ of the Constitution          | 501CONSTITUTION/a9
      Preamble of the Constitution                  | 501CONSTITUTION/pr
      Article 4(1)(iii)(a) of the Fictional Telecommunications Business Act | 501AC0000000001/a4-p1-i3-s1
      Article 2(iv) of the Fictional Telecommunications Business Act | 501AC0000000001/a2-p1-i4
      Article 2, item (iv), sub-item (b) of the Fictional Telecommunications Business Act | 501AC0000000001/a2-p1-i4-s2
      Fictional Telecommunications Business Act Article 59 | 501AC0000000001/a59
      Fictional Telecommunications Business Act, Article 27-17 | 501AC0000000001/a27_17
      the Constitution of Fictland, Art. 9          | 501CONSTITUTION/a9
      Article 2 of the Supplementary Provisions of the Fictional Telecommunications Business Act | 501AC0000000001/sp-a2
      Supplementary Provisions, Article 2, Fictional Telecommunications Business Act | 501AC0000000001/sp-a2
      Appended Table 1 of the Fictional Telecommunications Business Act | 501AC0000000001/at1
      Fictional Telecommunications Business Act     | 501AC0000000001
      the Constitution                              | 501CONSTITUTION
      Article 4 of 架空通信事業法                   | 501AC0000000001/a4
      架空通信事業法 Article 4                       | 501AC0000000001/a4
      Paragraph 2 of the Fictional Telecommunications Business Act | -
      Article 4 of the judicial                     | -
      Article 4                                     | -
      privacy of communications                     | -
      Article 4(1)(x)(z)(q) of the Constitution     | -
      """)
  void parses(String query, String expected) {
    Optional<CitationQuery> q = P.parse(query);
    if (expected.equals("-")) {
      assertTrue(q.isEmpty(), () -> query + " should not be a citation, got " + q);
      return;
    }
    assertTrue(q.isPresent(), () -> query + " should be a citation");
    assertTrue(q.get().resolution().isResolved(), () -> q.get().toString());
    assertEquals(ProvisionPath.parse(expected), q.get().path().orElseThrow());
    assertEquals(expected, q.get().path().orElseThrow().toString());
  }

  @Test
  void reportsTheNameAsWrittenTheRuleAndIgnoredWords() {
    CitationQuery q = P.parse("「架通法」第四条第一項の規定").orElseThrow();
    assertEquals("架通法", q.lawName());
    assertEquals(MatchRule.ABBREVIATION, q.rule());
    assertEquals("の規定", q.ignored());
    assertEquals("a4-p1", q.local());

    CitationQuery s = P.parse("憲法２１条").orElseThrow();
    assertEquals("憲法", s.lawName());
    assertEquals(MatchRule.UNIQUE_SUFFIX, s.rule());

    CitationQuery e = P.parse("Article 21(2) of the Constitution").orElseThrow();
    assertEquals("the Constitution", e.lawName());
    assertEquals(MatchRule.ENGLISH_NAME, e.rule());

    CitationQuery w = P.parse("架空通信事業法").orElseThrow();
    assertTrue(w.isWholeLaw());
    assertEquals("", w.local());
    assertEquals(ProvisionPath.of(new LawId(Fixtures.TELECOM)), w.path().orElseThrow());
  }

  @Test
  void ambiguousTitlesGiveAllCandidatesAndNoPath() {
    CitationQuery q = P.parse("架空財源法第三条").orElseThrow();
    assertTrue(q.isAmbiguous());
    assertEquals(MatchRule.ABBREVIATION, q.rule());
    assertTrue(q.path().isEmpty());
    assertTrue(q.lawId().isEmpty());
    assertEquals(List.of(ProvisionPath.parse("501AC0000000005/a3"), ProvisionPath.parse("502AC0000000006/a3")),
        q.candidatePaths());

    CitationQuery t = P.parse("架空繰入金に関する法律第一条第二項").orElseThrow();
    assertTrue(t.isAmbiguous());
    assertEquals(MatchRule.EXACT_TITLE, t.rule());
    assertEquals(2, t.candidatePaths().size());
    assertEquals("a1-p2", t.local());

    CitationQuery whole = P.parse("架空財源法").orElseThrow();
    assertTrue(whole.isAmbiguous());
    assertTrue(whole.isWholeLaw());
  }

  @Test
  void lawNumberInParenthesesPicksOneOfTheCandidates() {
    CitationQuery q = P.parse("架空財源法（令和二年法律第六号）第三条").orElseThrow();
    assertEquals("502AC0000000006/a3", q.path().orElseThrow().toString());
    assertEquals("架空財源法", q.lawName());
  }

  @Test
  void paragraphOnlyNeedsAnArticlelessLaw() {
    CitationQueryParser strict = new CitationQueryParser(Fixtures.resolver());
    assertTrue(strict.parse("架空期日法第二項").isEmpty(), "without article-less information, 第二項 alone is not a citation");
    assertTrue(strict.parse("架空期日法附則第二項").isPresent(), "附則 paragraphs need no such information");
  }

  @Test
  void nullAndBlankAreNotCitations() {
    assertTrue(P.parse(null).isEmpty());
    assertTrue(P.parse("　").isEmpty());
  }
}
