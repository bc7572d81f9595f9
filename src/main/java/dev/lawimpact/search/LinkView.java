package dev.lawimpact.search;

import java.util.List;

/**
 * One reference seen from a provision: where it is written (source, with its citation label), the
 * words (mention, offsets in the source's own text), and where it points (targets with labels), or
 * why it does not resolve. flags: junyo (準用), yomikae (読替え).
 */
public record LinkView(String source, String sourceLabel, String mention, int start, int end, String kind,
    List<Target> targets, String status, String detail, List<String> flags) {

  public LinkView {
    targets = List.copyOf(targets);
    flags = List.copyOf(flags);
  }

  /** A target path (or law id) with its label (電気通信事業法 第四条第一項); inCorpus false when unknown here. */
  public record Target(String path, String label, boolean inCorpus) {}

  /** A page of links; byLaw counts the links per other law (incoming: citing laws). */
  public record Page(String path, String direction, long total, int offset, int limit, List<LinkView> links,
      List<SearchResult.FacetCount> byLaw) {
    public Page {
      links = List.copyOf(links);
      byLaw = List.copyOf(byLaw);
    }
  }
}
