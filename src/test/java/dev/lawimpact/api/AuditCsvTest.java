package dev.lawimpact.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CSV cells are quoted, and cells a spreadsheet would evaluate are defused. */
class AuditCsvTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "alice|\"alice\"",
      "=HYPERLINK(\"http://x\")|\"'=HYPERLINK(\"\"http://x\"\")\"",
      "+1|\"'+1\"",
      "-1|\"'-1\"",
      "@SUM(A1)|\"'@SUM(A1)\"",
      "a,b|\"a,b\"",
  })
  void cell(String in, String out) {
    assertEquals(out, AuditCsv.cell(in));
  }
}
