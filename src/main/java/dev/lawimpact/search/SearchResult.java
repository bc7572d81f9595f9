package dev.lawimpact.search;

import java.util.List;

/**
 * Ranked hits, one per unit (article) with the best-matching document of that unit as the hit,
 * so a hit can point at 第四条第一項. total counts matching units. citation is set when the query
 * was read as a citation (resolved or not).
 */
public record SearchResult(String query, long total, int offset, int limit, List<Hit> hits,
    List<FacetCount> lawTypes, List<FacetCount> laws, Citation citation) {

  public SearchResult {
    hits = List.copyOf(hits);
    lawTypes = List.copyOf(lawTypes);
    laws = List.copyOf(laws);
  }

  /**
   * One hit. label is the human citation (電気通信事業法 第四条第一項); snippet is HTML-escaped text
   * with the matched words in {@code <mark>}; match says "citation" for a direct citation hit.
   */
  public record Hit(String lawId, String lawTitle, String lawNum, String lawType, String path, String label,
      String caption, String snippet, float score, String match) {}

  /** value is the law type (Act …) or law id; label is its Japanese name or the law title. */
  public record FacetCount(String value, String label, long count) {}

  /**
   * How a citation-style query was read: the law it names (or candidates when ambiguous), the
   * provision path, and whether the provision exists in the index.
   */
  public record Citation(String text, String status, String lawId, String path, String rule, List<String> candidates) {
    public Citation {
      candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }
  }
}
