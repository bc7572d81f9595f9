package dev.lawimpact.citations;

import static dev.lawimpact.citations.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawimpact.identifiers.LawId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LawTitleResolverTest {

  private static final LawTitleResolver R = Fixtures.resolver();

  @ParameterizedTest(name = "{0} → {1} by {2}")
  @CsvSource(delimiter = '|', textBlock = """
      架空通信事業法                                 | 501AC0000000001 | EXACT_TITLE
      「架空通信事業法」                             | 501AC0000000001 | EXACT_TITLE
      '  架空通信事業法　'                           | 501AC0000000001 | EXACT_TITLE
      架通法                                         | 501AC0000000001 | ABBREVIATION
      架空通信法                                     | 501AC0000000001 | ABBREVIATION
      架空データ保護法                               | 501AC0000000003 | ABBREVIATION
      架空旧施行法                                   | 501AC0000000013 | ABBREVIATION
      架空旧法施行法                                 | 501AC0000000013 | SHORT_FORM
      架空旧法施行法　抄                             | 501AC0000000013 | EXACT_TITLE
      架空罰則ニ関スル法律                           | 501AC0000000004 | SHORT_FORM
      令和元年法律第四号                             | 501AC0000000004 | LAW_NUMBER
      令和元年法律第四号（架空罰則ニ関スル法律）     | 501AC0000000004 | EXACT_TITLE
      架空兵器の禁止に関する法律                     | 501AC0000000010 | SHORT_FORM
      令和元年法律第一号                             | 501AC0000000001 | LAW_NUMBER
      令和元年法律第1号                              | 501AC0000000001 | LAW_NUMBER
      共和国憲法                                     | 501CONSTITUTION | UNIQUE_SUFFIX
      憲法                                           | 501CONSTITUTION | UNIQUE_SUFFIX
      XYZ条約の実施に関する法律                      | 501AC0000000012 | EXACT_TITLE
      ＸＹＺ条約の実施に関する法律                   | 501AC0000000012 | EXACT_TITLE
      Constitution                                   | 501CONSTITUTION | ENGLISH_NAME
      the constitution                               | 501CONSTITUTION | ENGLISH_NAME
      THE CONSTITUTION OF FICTLAND                   | 501CONSTITUTION | ENGLISH_NAME
      Ｃｏｎｓｔｉｔｕｔｉｏｎ                       | 501CONSTITUTION | ENGLISH_NAME
      Fictional Telecommunications Business Act      | 501AC0000000001 | ENGLISH_NAME
      fictional data protection act.                 | 501AC0000000003 | ENGLISH_NAME
      架空通信事業法（令和元年法律第一号）           | 501AC0000000001 | EXACT_TITLE
      架空財源法（令和二年法律第六号）               | 502AC0000000006 | ABBREVIATION
      """)
  void resolvesByRule(String input, String lawId, MatchRule rule) {
    Resolution r = R.resolve(input);
    assertTrue(r.isResolved(), () -> input + " → " + r);
    assertEquals(new LawId(lawId), r.lawId().orElseThrow());
    assertEquals(rule, r.rule());
  }

  @Test
  void ambiguousNamesListEveryCandidate() {
    Resolution abb = R.resolve("架空財源法");
    assertTrue(abb.isAmbiguous());
    assertEquals(MatchRule.ABBREVIATION, abb.rule());
    assertEquals(List.of(new LawId(FUND_1), new LawId(FUND_2)), abb.lawIds());
    assertTrue(abb.lawId().isEmpty(), "no single law for an ambiguous name");

    Resolution title = R.resolve("架空繰入金に関する法律");
    assertTrue(title.isAmbiguous());
    assertEquals(MatchRule.EXACT_TITLE, title.rule());
    assertEquals(2, title.candidates().size());
    assertEquals("架空繰入金に関する法律", title.candidates().get(1).title());
  }

  @ParameterizedTest(name = "{0} is not a law name")
  @CsvSource(delimiter = '|', textBlock = """
      架空データ保護
      架空データの保護法
      架空事業法
      事業法
      法
      通信の秘密
      judicial
      justice
      Rule
      Act
      law
      Due Process & Fairness
      ''
      '   '
      架空通信事業法（令和元年法律第九号）
      """)
  void notFound(String input) {
    Resolution r = R.resolve(input);
    assertFalse(r.isFound(), () -> input + " → " + r);
    assertEquals(null, r.rule());
  }

  @Test
  void relationalTitlesAreNotShortenedByGuesswork() {
    // 「…に関する法律」: only e-Gov's own abbreviation (架空データ保護法) finds it, no invented short form.
    assertFalse(R.resolve("架空データ保護").isFound());
    assertFalse(R.resolve("架空データの保護").isFound());
    assertEquals(List.of(), LawTitleResolver.shortForms("架空データの保護に関する法律", "令和元年法律第三号"));
  }

  @Test
  void shortFormsAreDerivedFromTheTitleOnly() {
    assertEquals(List.of("架空兵器の禁止に関する法律"), LawTitleResolver.shortForms("架空兵器(生物兵器)の禁止に関する法律", ""));
    assertEquals(List.of("架空旧法施行法"), LawTitleResolver.shortForms("架空旧法施行法 抄", ""));
    assertEquals(List.of("架空罰則ニ関スル法律"),
        LawTitleResolver.shortForms("令和元年法律第四号(架空罰則ニ関スル法律)", "令和元年法律第四号"));
  }

  @Test
  void findTitlesInGivesLongestFirstWithOffsetsInTheOriginalText() {
    List<TitleMatch> m = R.findTitlesIn("架空通信事業法施行法第二条");
    assertEquals("架空通信事業法施行法", m.get(0).text());
    assertEquals(10, m.get(0).end());
    assertEquals(new LawId(TELECOM_ENFORCEMENT), m.get(0).resolution().lawId().orElseThrow());
    assertEquals("架空通信事業法", m.get(1).text());

    List<TitleMatch> rest = R.findTitlesIn("架空通信事業法第四条");
    assertEquals(1, rest.size());
    assertEquals("第四条", "架空通信事業法第四条".substring(rest.get(0).end()));

    TitleMatch suffix = R.findTitlesIn("憲法21条2項").get(0);
    assertEquals("憲法", suffix.text());
    assertEquals(MatchRule.UNIQUE_SUFFIX, suffix.rule());

    TitleMatch wide = R.findTitlesAt("検索：ＸＹＺ条約の実施に関する法律第１条", 3).get(0);
    assertEquals("ＸＹＺ条約の実施に関する法律", wide.text(), "reported as written, full width");
    assertEquals(3, wide.start());

    assertEquals(List.of(), R.findTitlesIn("通信の秘密"));
    assertEquals(List.of(), R.findTitlesIn(""));
    assertEquals(List.of(), R.findTitlesAt("架空通信事業法", 99));
  }

  @Test
  void englishNamesThroughCommonNounsAreNotLawNames() {
    // 司法 ends only 架空保護司法, but the glossary writes "judicial" in lower case: not a name.
    assertTrue(R.resolve("司法").isResolved(), "the Japanese ending rule itself still applies");
    assertFalse(R.resolve("judicial").isFound());
    // 規則 ends only 架空保管金規則, and the glossary capitalises Rule, yet Rule is no law's name.
    assertTrue(R.resolve("規則").isResolved());
    assertFalse(R.resolve("Rule").isFound());
    assertTrue(EnglishName.looksLikeName("the Constitution"));
    assertFalse(EnglishName.looksLikeName("the other party"));
  }

  @Test
  void statsAndCandidatesSayWhereNamesCameFrom() {
    LawTitleResolver.Stats s = R.stats();
    assertEquals(17, s.laws());
    assertEquals(7, s.abbreviationsJoined());
    assertEquals(1, s.abbreviationEntriesNotInCatalogue());
    assertEquals(4, s.englishNames(), s.toString());
    assertEquals(3, s.englishNamesUnresolved(), "Act → 法律, Rule → 規則 and Due Process → 適正手続 name no law");
    assertTrue(R.resolve("架通法").candidates().get(0).via().contains("LawTitle@Abbrev"));
    assertTrue(R.resolve("架通事法").candidates().get(0).via().contains("egov_abb"));
    assertTrue(R.resolve("the Constitution").candidates().get(0).via().contains("the only Constitution"),
        R.resolve("the Constitution").toString());
    assertEquals("架空共和国憲法", R.resolve("憲法").candidates().get(0).title());
  }

  @Test
  void duplicateLawIdsAreReportedNotFatal() {
    LawTitleResolver r = LawTitleResolver.build(List.of(catalogue().get(0), catalogue().get(0)));
    assertEquals(1, r.stats().laws());
    assertEquals(1, r.problems().size());
  }
}
