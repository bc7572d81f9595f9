package dev.lawimpact.search;

import java.util.List;

/** A search as the user asked for it; validated by {@link SearchService}. */
public record SearchRequest(String q, List<String> lawTypes, String lawId, int limit, int offset) {
  public SearchRequest {
    lawTypes = lawTypes == null ? List.of() : List.copyOf(lawTypes);
  }
}
