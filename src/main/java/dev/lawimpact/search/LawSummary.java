package dev.lawimpact.search;

import java.util.List;

/** A law as listed in the catalogue: what the law document of the index stores. */
public record LawSummary(String lawId, String title, String lawNum, String lawType, String kana,
    List<String> abbreviations, String era, int year, String numAttr, int articles, int provisions, String source) {

  public LawSummary {
    abbreviations = List.copyOf(abbreviations);
  }
}
