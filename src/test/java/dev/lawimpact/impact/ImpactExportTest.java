package dev.lawimpact.impact;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImpactExportTest {

  private static ImpactReport report() {
    ImpactReport.Evidence e = new ImpactReport.Evidence("599AC0000000001", "a4", "架空通信事業法 第四条（秘密の保護）",
        "=HYPERLINK(\"x\") 通信の秘密は、侵してはならない。");
    ImpactReport.Reason r = new ImpactReport.Reason(ReasonType.CONFLICT, "rule on 通信, \"quoted\"", "m1", List.of(e), 0.9);
    ImpactReport.LawImpact l = new ImpactReport.LawImpact(1, "599AC0000000001", "令和元年法律第一号", "架空通信事業法", 1.5,
        List.of(r));
    Measure m = new Measure("m1", MeasureType.ACQUIRE, 0, 5, "情報を取得", List.of(), List.of("情報"), "");
    return new ImpactReport("<b>draft</b>", "ja", "text", 5, List.of(l), List.of(), List.of(m), List.of(), "情報を取得", 3);
  }

  @Test
  void csvQuotesEveryCellAndDefusesFormulas() {
    String csv = ImpactExport.csv(report());
    assertTrue(csv.startsWith("\uFEFFrank,law_id"));
    assertTrue(csv.contains("\"rule on 通信, \"\"quoted\"\"\""));
    assertTrue(csv.contains("\"'=HYPERLINK(\"\"x\"\")"));
  }

  @Test
  void markdownEscapesMarkup() {
    String md = ImpactExport.markdown(report());
    assertTrue(md.contains("&lt;b&gt;draft&lt;/b&gt;"));
    assertFalse(md.contains("<b>"));
    assertTrue(md.contains("CONFLICT"));
  }

  @Test
  void segmentsCoverTheTextAndMarkMeasures() {
    List<ImpactReport.Segment> segs = report().segments();
    assertTrue(segs.stream().anyMatch(ImpactReport.Segment::marked));
    assertTrue(String.join("", segs.stream().map(ImpactReport.Segment::text).toList()).equals("情報を取得"));
  }
}
