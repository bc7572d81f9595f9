package dev.lawimpact.citations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class EgovAbbreviationsTest {

  @Test
  void readsEntriesAndReportsBadOnes() {
    EgovAbbreviations a = Fixtures.abbreviations();
    assertEquals(7, a.entries().size());
    assertEquals(new EgovAbbreviations.Entry("令和元年法律第一号", List.of("架空通信法", "架通事法")), a.entries().get(0));
    assertEquals(List.of("第二架事法"), a.entries().get(6).abbreviations(), "the non-text name is skipped, the rest kept");
    assertEquals(2, a.problems().size(), a.problems().toString());
    assertTrue(a.problems().get(0).message().contains("entry 6"), a.problems().toString());
  }

  @Test
  void nonJsonAndMissingFileGiveProblems() {
    EgovAbbreviations bad = EgovAbbreviations.parse("x.json", new ByteArrayInputStream("{\"num\":".getBytes(StandardCharsets.UTF_8)));
    assertTrue(bad.entries().isEmpty());
    assertTrue(bad.problems().get(0).message().startsWith("not JSON"), bad.problems().toString());

    EgovAbbreviations obj = EgovAbbreviations.parse("x.json", new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)));
    assertTrue(obj.problems().get(0).message().contains("JSON array"));

    EgovAbbreviations missing = EgovAbbreviations.read(Path.of("/nonexistent/egov_abb.json"));
    assertTrue(missing.problems().get(0).message().startsWith("unreadable"));
  }
}
