package dev.lawimpact.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BillReaderTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "政府は、通信の情報を取得する。|text|ja",
      "The government may obtain communications data.|text|en",
      "<html><body><p>政府は、情報を取得する。</p></body></html>|html|ja",
      "<?xml version=\"1.0\"?><Law Era=\"Reiwa\" Year=\"1\" Num=\"1\" LawType=\"Act\" Lang=\"ja\"><LawNum>令和元年法律第一号</LawNum><LawBody><LawTitle>架空法</LawTitle><MainProvision><Article Num=\"1\"><ArticleTitle>第一条</ArticleTitle><Paragraph Num=\"1\"><ParagraphNum/><ParagraphSentence><Sentence>この法律は、架空の目的を定める。</Sentence></ParagraphSentence></Paragraph></Article></MainProvision></LawBody></Law>|xml|ja",
  })
  void detectsFormatAndLanguage(String body, String format, String language) {
    Bill b = BillReader.read(body, "auto", null, "auto");
    assertEquals(format, b.format());
    assertEquals(language, b.language());
    assertFalse(b.text().isBlank());
  }

  @Test
  void xmlBillLeavesOutTheSupplementaryProvisions() {
    String xml = "<Law Era=\"Reiwa\" Year=\"1\" Num=\"1\" LawType=\"Act\" Lang=\"ja\"><LawNum>令和元年法律第一号</LawNum><LawBody>"
        + "<LawTitle>架空整備法</LawTitle><MainProvision><Article Num=\"1\"><ArticleTitle>第一条</ArticleTitle>"
        + "<Paragraph Num=\"1\"><ParagraphNum/><ParagraphSentence><Sentence>本則の文。</Sentence></ParagraphSentence></Paragraph>"
        + "</Article></MainProvision><SupplProvision><Paragraph Num=\"1\"><ParagraphNum/><ParagraphSentence>"
        + "<Sentence>架空法の一部を次のように改正する。</Sentence></ParagraphSentence></Paragraph></SupplProvision></LawBody></Law>";
    Bill b = BillReader.read(xml, "xml", null, null);
    assertNotNull(b.law());
    assertEquals("架空整備法", b.title());
    assertTrue(b.text().contains("本則の文"));
    assertFalse(b.text().contains("改正する"));
    assertTrue(b.law().supplProvisions().isEmpty());
  }

  @Test
  void htmlKeepsBlocksOnTheirOwnLinesAndDropsScripts() {
    Bill b = BillReader.read("<div><p>一の文。</p><script>alert(1)</script><p>二の文。</p></div>", "html", null, "ja");
    assertEquals("一の文。\n二の文。", b.text());
  }

  @Test
  void badInputIsRefusedWithAReason() {
    assertThrows(BadBillException.class, () -> BillReader.read("  ", null, null, null));
    assertThrows(BadBillException.class, () -> BillReader.read("本文", "pdf", null, null));
    assertThrows(BadBillException.class, () -> BillReader.read("本文", "text", null, "fr"));
    BadBillException big = assertThrows(BadBillException.class,
        () -> BillReader.read("あ".repeat(BillReader.MAX_CHARS + 1), null, null, null));
    assertTrue(big.tooLarge());
    assertFalse(big.getMessage().contains("あああ"), "the bill text is never echoed");
  }
}
