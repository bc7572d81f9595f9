package dev.lawimpact.citations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryLoaderTest {

  @Test
  void readsXmlWithBomCrlfAndInternalDtd() {
    byte[] raw = Fixtures.bytes("glossary.xml");
    assertEquals(0xEF, raw[0] & 0xFF, "fixture keeps its byte-order mark");
    assertTrue(new String(raw, StandardCharsets.UTF_8).contains("\r\n"), "fixture keeps CRLF");

    Glossary g = Fixtures.glossary();
    assertEquals(List.of(), g.problems());
    assertEquals(7, g.terms().size());
    assertEquals(2, g.examples().size());
    TermPair act = g.byEnglish("Act").get(0);
    assertEquals("法律", act.japanese());
    assertEquals("ほうりつ", act.reading());
    assertEquals("法律名に用いる場合", act.usage());
    TermPair ex = g.byJapanese("架空通信事業法").get(0);
    assertEquals(TermPair.Kind.EXAMPLE, ex.kind());
    assertEquals("法律", ex.headword());
    assertEquals("架空通信事業法第一条", ex.reference());
    assertEquals("Fictional Telecommunications Business Act", ex.english());
    assertEquals("Due Process & Fairness (Procedure)", g.englishFor("適正手続").get(0), "entities decoded");
  }

  @Test
  void lookupsBothWaysEnglishCaseInsensitive() {
    Glossary g = Fixtures.glossary();
    assertEquals(List.of("law", "Act"), g.englishFor("法律"));
    assertEquals(List.of("judicial", "justice"), g.englishFor("司法"));
    assertEquals(List.of("憲法"), g.japaneseFor("CONSTITUTION"));
    assertEquals(List.of("憲法"), g.japaneseFor("  constitution "));
    assertEquals(List.of("法律"), g.japaneseFor("act"));
    assertEquals(List.of(), g.japaneseFor("Fictional Telecommunications Business Act"), "examples are not terms");
    assertEquals(1, g.byEnglish("the constitution of fictland").size());
    assertEquals(List.of(), g.englishFor("存在しない語"));
  }

  @Test
  void brokenXmlKeepsWhatWasReadAndReportsTheRest() {
    Glossary g = GlossaryLoader.readXml("broken-glossary.xml", Fixtures.resource("broken-glossary.xml"));
    assertEquals(List.of("right"), g.englishFor("権利"));
    List<String> msgs = g.problems().stream().map(Problem::message).toList();
    assertTrue(msgs.stream().anyMatch(m -> m.contains("no <Word>")), msgs.toString());
    assertTrue(msgs.stream().anyMatch(m -> m.contains("義務 has a <Trans> without <TransWord>")), msgs.toString());
    assertTrue(msgs.stream().anyMatch(m -> m.startsWith("XML stopped")), msgs.toString());
    g.problems().forEach(p -> assertEquals("broken-glossary.xml", p.source()));
  }

  @Test
  void notXmlAndMissingFileAreProblemsNotExceptions() {
    Glossary g = GlossaryLoader.readXml("x.xml", new ByteArrayInputStream("not xml at all".getBytes(StandardCharsets.UTF_8)));
    assertTrue(g.pairs().isEmpty());
    assertFalse(g.problems().isEmpty());

    Glossary missing = GlossaryLoader.readXml(Path.of("/nonexistent/law.je.dic.xml"));
    assertTrue(missing.pairs().isEmpty());
    assertTrue(missing.problems().get(0).message().startsWith("unreadable"), missing.problems().toString());

    Glossary empty = GlossaryLoader.readXml("e.xml", new ByteArrayInputStream("<Dictionary Version=\"1\"/>".getBytes(StandardCharsets.UTF_8)));
    assertEquals("no dictionary entries found", empty.problems().get(0).message());
  }

  @Test
  void readsCsvWithQuotesCommasAndLineBreaks() {
    Glossary g = GlossaryLoader.readCsv("glossary.csv", new StringReader(new String(Fixtures.bytes("glossary.csv"), StandardCharsets.UTF_8)));
    assertEquals(List.of("opponent", "the other party/other parties"), g.englishFor("相手方"));
    TermPair ex = g.byJapanese("相手方に対し、その氏名を知る機会を与える").get(0);
    assertEquals("give the opponent an opportunity to know the name, in advance", ex.english());
    assertEquals("架空訴訟法1条", ex.reference());
    assertEquals("対審手続の場合", g.byEnglish("opponent").get(0).usage());
    assertEquals("the Constitution\nof Fictland", g.byJapanese("架空共和国憲法").get(0).english());
    assertEquals(1, g.problems().size(), g.problems().toString());
    assertTrue(g.problems().get(0).message().startsWith("row 5"), g.problems().toString());
  }

  @Test
  void csvWithUnclosedQuoteKeepsEarlierRows() {
    String csv = "用語,読み,訳語候補番号,訳語候補\r\n権利,けんり,1,right\r\n義務,ぎむ,1,\"duty\r\n";
    Glossary g = GlossaryLoader.readCsv("c.csv", new StringReader(csv));
    assertEquals(List.of("right"), g.englishFor("権利"));
    assertTrue(g.problems().get(0).message().contains("never closes"), g.problems().toString());
  }

  @Test
  void mergePutsNewerFirstAndDropsDuplicates() {
    Glossary xml = Fixtures.glossary();
    Glossary csv = GlossaryLoader.readCsv("glossary.csv", new StringReader(new String(Fixtures.bytes("glossary.csv"), StandardCharsets.UTF_8)));
    Glossary both = xml.merge(csv);
    assertEquals(List.of("Constitution"), both.englishFor("憲法"), "same pair from both editions kept once");
    assertEquals("glossary.xml", both.byEnglish("constitution").get(0).source());
    assertEquals(List.of("opponent", "the other party/other parties"), both.englishFor("相手方"));
    assertEquals(xml.problems().size() + csv.problems().size(), both.problems().size());
  }
}
