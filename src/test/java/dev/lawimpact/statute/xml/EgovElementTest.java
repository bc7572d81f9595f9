package dev.lawimpact.statute.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EgovElementTest {

  @ParameterizedTest
  @CsvSource({"Subitem1, 1", "Subitem3, 3", "Subitem10, 10", "Item, 0", "Subitem1Title, 0", "Subitem10Sentence, 0", "Law, 0"})
  void subitemLevelCountsOnlySubitemElements(String name, int level) {
    assertEquals(level, EgovElement.of(name).subitemLevel());
  }

  @Test
  void lookupIsByExactTagName() {
    assertEquals(EgovElement.AppdxTable, EgovElement.of("AppdxTable"));
    assertNull(EgovElement.of("appdxtable"));
    assertNull(EgovElement.of("Footnote"));
    assertNull(EgovElement.of(""));
  }

  @Test
  void corpusScanFindsStartTagNamesOnly() {
    byte[] xml = "<?xml version=\"1.0\"?><!-- <Comment> --><Law a=\"1\"><LawNum>第<Ruby>一<Rt>いち</Rt></Ruby></LawNum><Sub/></Law>"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    // Names inside comments are seen too: the scan is deliberately simple, and e-Gov files carry no comments.
    assertEquals(java.util.Set.of("Comment", "Law", "LawNum", "Ruby", "Rt", "Sub"), EgovCorpusReadTest.elementNames(xml));
  }
}
