package dev.lawimpact.statute;

import dev.lawimpact.identifiers.Era;
import dev.lawimpact.identifiers.LawId;
import dev.lawimpact.identifiers.LawNumber;
import java.util.List;

/**
 * What identifies a law: id, title (with kana and the abbreviations e-Gov records in the
 * LawTitle's Abbrev attribute), the law number as written and parsed (null when it does not
 * parse, e.g. 人事院規則一―三四), type, and the era/year/number attributes of {@code <Law>}.
 */
public record LawMeta(
    LawId lawId,
    String title,
    String titleKana,
    List<String> abbreviations,
    String lawNumText,
    LawNumber lawNumber,
    LawType type,
    Era era,
    int year,
    String num,
    String promulgationDate) {

  public LawMeta {
    abbreviations = List.copyOf(abbreviations);
  }
}
