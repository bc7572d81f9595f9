package dev.lawimpact.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CorpusEntryTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(nullValues = "NULL", value = {
      "321CONSTITUTION.xml, 321CONSTITUTION",
      "359AC0000000086.xml, 359AC0000000086",
      "359AC0000000086_20230616_504AC0000000070.xml, 359AC0000000086",
      "359AC0000000086_20230616_504AC0000000070/359AC0000000086_20230616_504AC0000000070.xml, 359AC0000000086",
      "all_xml/411AC0000000127_19990813_000000000000000/411AC0000000127_19990813_000000000000000.xml, 411AC0000000127",
      "core\\427M60001080001.XML, 427M60001080001",
      "322R00000001001.xml, 322R00000001001",
      "1.csv, NULL",
      "README.xml, NULL",
      "notes.txt, NULL",
      "359AC0000000086, NULL",
      "359AC0000000086/, NULL",
      "_20230616.xml, NULL",
      "359ac0000000086.xml, NULL",
  })
  void lawIdOfName(String name, String expected) {
    assertEquals(expected, CorpusEntry.lawIdOf(name));
  }

  @Test
  void entriesCompareByContentAndPrintTheirSize() {
    CorpusEntry a = new CorpusEntry("599AC0000000001", "599AC0000000001.xml", "t", new byte[]{1, 2});
    CorpusEntry b = new CorpusEntry("599AC0000000001", "599AC0000000001.xml", "t", new byte[]{1, 2});
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, new CorpusEntry("599AC0000000001", "599AC0000000001.xml", "t", new byte[]{1, 3}));
    assertEquals("CorpusEntry[599AC0000000001, 599AC0000000001.xml, t, 2 bytes]", a.toString());
    assertThrows(IllegalArgumentException.class, () -> new CorpusEntry("", "x.xml", "t", new byte[0]));
  }

  @ParameterizedTest(name = "as of {0}: {1}")
  @CsvSource(delimiter = '|', value = {
      // asOf | expected kept name | candidates (same law)
      "2025-01-01 | ID_20200401_000000000000000/ID_20200401_000000000000000.xml | ID_20200401_000000000000000/ID_20200401_000000000000000.xml ID_20300101_612AC0000000001/ID_20300101_612AC0000000001.xml ID_20100101_000000000000000/ID_20100101_000000000000000.xml",
      "2031-01-01 | ID_20300101_612AC0000000001.xml | ID_20200401_000000000000000.xml ID_20300101_612AC0000000001.xml",
      "2001-01-01 | ID_20200401_000000000000000.xml | ID_20300101_612AC0000000001.xml ID_20200401_000000000000000.xml",
      "2025-01-01 | ID.xml | ID_20200401_000000000000000.xml ID.xml",
      "2025-01-01 | ID_20200401_511AC0000000002.xml | ID_20200401_511AC0000000001.xml ID_20200401_511AC0000000002.xml",
  })
  void keepsTheRevisionInForce(LocalDate asOf, String expected, String candidates) {
    List<String> names = new ArrayList<>();
    for (String c : candidates.split(" ")) names.add(c.replace("ID", "599AC0000000001"));
    String want = expected.replace("ID", "599AC0000000001");
    names.add("599AC0000000002.xml"); // another law passes through untouched
    names.add("1.csv");               // so does a non-law name
    List<String> dropped = new ArrayList<>();
    List<String> kept = LawFiles.pickCurrent(names, n -> n, asOf, dropped);
    assertEquals(List.of(want, "599AC0000000002.xml", "1.csv"), kept);
    assertEquals(names.size() - 3, dropped.size());
    assertNull(LawFiles.dateOf("599AC0000000001.xml"));
  }
}
