package dev.lawimpact.web;

import java.util.List;

/**
 * The search page as shown: the query, hits grouped by law (in the order of each law's best hit),
 * facets as links that add or remove a filter, paging, "did you mean" suggestions, and what went
 * wrong (a query that cannot be read, an ambiguous or missing citation). Snippets are HTML from
 * the search service: escaped statute text with {@code <mark>} around the matched words.
 */
public record SearchPage(String q, boolean searched, long total, long from, long to, List<LawGroup> groups,
    List<Facet> typeFacets, List<Facet> lawFacets, boolean filtered, String clearHref, List<PageLink> pages,
    String prevHref, String nextHref, List<Link> suggestions, String error, String ambiguousName,
    List<Link> candidates, String missingCitation) {

  public SearchPage {
    groups = List.copyOf(groups);
    typeFacets = List.copyOf(typeFacets);
    lawFacets = List.copyOf(lawFacets);
    pages = List.copyOf(pages);
    suggestions = List.copyOf(suggestions);
    candidates = List.copyOf(candidates);
  }

  static SearchPage empty(String q) {
    return new SearchPage(q, false, 0, 0, 0, List.of(), List.of(), List.of(), false, "", List.of(), null, null,
        List.of(), null, null, List.of(), null);
  }

  public record LawGroup(String lawId, String title, String lawNum, String href, List<Hit> hits) {
    public LawGroup {
      hits = List.copyOf(hits);
    }
  }

  /** snippet: trusted HTML (escaped text plus mark elements) from the search service. */
  public record Hit(String label, String href, String caption, String snippet, boolean citation) {}

  public record Facet(String label, long count, String href, boolean selected) {}

  public record PageLink(int number, String href, boolean current) {}

  public record Link(String label, String href) {}
}
