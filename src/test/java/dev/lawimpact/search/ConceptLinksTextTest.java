package dev.lawimpact.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Phrases of an anchor are looked for in statute text with its parenthesised insertions removed. */
class ConceptLinksTextTest {

  @ParameterizedTest
  @CsvSource(delimiter = '§', textBlock = """
      電気通信事業者の取扱中に係る通信（第百六十四条第三項に規定する通信（同条第四項の通信を含む。）を含む。）の秘密を侵した者 § 電気通信事業者の取扱中に係る通信の秘密を侵した者
      有線電気通信の秘密は、侵してはならない。 § 有線電気通信の秘密は、侵してはならない。
      閉じない（括弧 § 閉じない
      """)
  void parenthesesAreRemoved(String text, String expected) {
    assertEquals(expected, ConceptLinks.withoutParentheses(text));
  }
}
