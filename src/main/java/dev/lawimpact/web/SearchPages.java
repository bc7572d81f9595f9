package dev.lawimpact.web;

import dev.lawimpact.app.Services;
import dev.lawimpact.identifiers.ProvisionPath;
import dev.lawimpact.search.BadQueryException;
import dev.lawimpact.search.LawSummary;
import dev.lawimpact.search.SearchRequest;
import dev.lawimpact.search.SearchResult;
import dev.lawimpact.search.SearchService;
import dev.lawimpact.search.TitleSuggester;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the search page from the search service's answer (no search logic of its own). */
final class SearchPages {
  private SearchPages() {}

  static final int PAGE_SIZE = 10;
  private static final int PAGE_LINKS = 9;

  /** The query as the page's links carry it. */
  record Params(String q, List<String> lawTypes, String lawId, int page) {
    Params {
      q = q == null ? "" : q.strip();
      lawTypes = lawTypes == null ? List.of() : lawTypes.stream().filter(t -> t != null && !t.isBlank()).toList();
      lawId = lawId == null || lawId.isBlank() ? null : lawId.strip();
      page = Math.max(1, page);
    }

    boolean filtered() {
      return !lawTypes.isEmpty() || lawId != null;
    }

    Params withPage(int p) {
      return new Params(q, lawTypes, lawId, p);
    }

    String href() {
      StringBuilder sb = new StringBuilder("/search?q=").append(enc(q));
      for (String t : lawTypes) sb.append("&lawType=").append(enc(t));
      if (lawId != null) sb.append("&lawId=").append(enc(lawId));
      if (page > 1) sb.append("&page=").append(page);
      return sb.toString();
    }
  }

  /** Where a resolved citation query goes instead of a result list, if it goes anywhere. */
  static Optional<String> citationTarget(SearchResult r, Params p) {
    SearchResult.Citation c = r.citation();
    if (c == null || !"resolved".equals(c.status()) || p.page() > 1 || p.filtered()) return Optional.empty();
    return Optional.of(c.path() == null || c.path().isEmpty() ? LawPages.lawHref(c.lawId())
        : LawPages.provisionHref(c.lawId(), c.path()));
  }

  static SearchResult search(Services.Bound s, Params p) {
    long offset = (long) (p.page() - 1) * PAGE_SIZE;
    if (offset > SearchService.MAX_OFFSET) throw new BadQueryException("page " + p.page() + " is beyond the last page shown");
    return s.search().search(new SearchRequest(p.q(), p.lawTypes(), p.lawId(), PAGE_SIZE, (int) offset));
  }

  static SearchPage page(Services.Bound s, Params p, SearchResult r) {
    SearchResult.Citation c = r.citation();
    List<SearchPage.Link> suggestions = new ArrayList<>();
    if (c == null || !"resolved".equals(c.status())) {
      for (TitleSuggester.Suggestion sg : new TitleSuggester(s.index()).suggest(p.q())) {
        suggestions.add(new SearchPage.Link(sg.query(), new Params(sg.query(), List.of(), null, 1).href()));
      }
    }
    return page(p, r, suggestions, law -> s.index().law(law).map(LawSummary::title).orElse(law));
  }

  /** The page for an answer; titleOf names the laws of ambiguous-citation candidates. */
  static SearchPage page(Params p, SearchResult r, List<SearchPage.Link> suggestions,
      java.util.function.Function<String, String> titleOf) {
    // Hits grouped by law, laws in the order of their best hit on this page.
    Map<String, List<SearchPage.Hit>> byLaw = new LinkedHashMap<>();
    Map<String, SearchResult.Hit> first = new LinkedHashMap<>();
    for (SearchResult.Hit h : r.hits()) {
      first.putIfAbsent(h.lawId(), h);
      boolean wholeLaw = h.path() == null || h.path().isEmpty() || h.path().equals(h.lawId());
      String href = wholeLaw ? LawPages.lawHref(h.lawId()) : LawPages.provisionHref(h.lawId(), h.path());
      String label = wholeLaw ? h.lawTitle() : h.label().substring(Math.min(h.label().length(), h.lawTitle().length())).strip();
      byLaw.computeIfAbsent(h.lawId(), k -> new ArrayList<>())
          .add(new SearchPage.Hit(label, href, h.caption(), h.snippet(), "citation".equals(h.match())));
    }
    List<SearchPage.LawGroup> groups = new ArrayList<>();
    byLaw.forEach((id, hits) -> {
      SearchResult.Hit h = first.get(id);
      groups.add(new SearchPage.LawGroup(id, h.lawTitle(), h.lawNum(), LawPages.lawHref(id), hits));
    });

    List<SearchPage.Facet> types = new ArrayList<>();
    for (SearchResult.FacetCount f : r.lawTypes()) {
      boolean on = p.lawTypes().contains(f.value());
      List<String> next = new ArrayList<>(p.lawTypes());
      if (on) next.remove(f.value());
      else next.add(f.value());
      types.add(new SearchPage.Facet(f.label(), f.count(), new Params(p.q(), next, p.lawId(), 1).href(), on));
    }
    List<SearchPage.Facet> laws = new ArrayList<>();
    for (SearchResult.FacetCount f : r.laws()) {
      boolean on = f.value().equals(p.lawId());
      laws.add(new SearchPage.Facet(f.label(), f.count(), new Params(p.q(), p.lawTypes(), on ? null : f.value(), 1).href(), on));
    }

    long shownTotal = Math.min(r.total(), SearchService.MAX_OFFSET + PAGE_SIZE);
    int lastPage = (int) Math.max(1, (shownTotal + PAGE_SIZE - 1) / PAGE_SIZE);
    int start = Math.max(1, Math.min(p.page() - PAGE_LINKS / 2, lastPage - PAGE_LINKS + 1));
    List<SearchPage.PageLink> pages = new ArrayList<>();
    if (lastPage > 1) {
      for (int i = start; i <= Math.min(lastPage, start + PAGE_LINKS - 1); i++) {
        pages.add(new SearchPage.PageLink(i, p.withPage(i).href(), i == p.page()));
      }
    }
    long from = r.hits().isEmpty() ? 0 : (long) (p.page() - 1) * PAGE_SIZE + 1;
    long to = r.hits().isEmpty() ? 0 : from + r.hits().size() - 1;

    SearchResult.Citation c = r.citation();
    String ambiguous = null;
    List<SearchPage.Link> candidates = new ArrayList<>();
    String missing = null;
    if (c != null && "ambiguous".equals(c.status())) {
      ambiguous = c.text();
      for (String cand : c.candidates()) {
        ProvisionPath path = ProvisionPath.parse(cand);
        String law = path.lawId().value();
        String title = titleOf.apply(law);
        candidates.add(new SearchPage.Link(path.isWholeLaw() ? title : title + " " + path.label(),
            path.isWholeLaw() ? LawPages.lawHref(law) : LawPages.provisionHref(law, path.local())));
      }
    } else if (c != null && "provision_not_found".equals(c.status())) {
      missing = c.text();
    }
    return new SearchPage(p.q(), true, r.total(), from, to, groups, types, laws, p.filtered(),
        new Params(p.q(), List.of(), null, 1).href(), pages,
        p.page() > 1 ? p.withPage(p.page() - 1).href() : null,
        p.page() < lastPage ? p.withPage(p.page() + 1).href() : null,
        suggestions, null, ambiguous, candidates, missing);
  }

  /** A query the service refused (wildcards, a bad filter): the page with the reason, never a stack trace. */
  static SearchPage refused(Params p, String reason) {
    return new SearchPage(p.q(), true, 0, 0, 0, List.of(), List.of(), List.of(), p.filtered(),
        new Params(p.q(), List.of(), null, 1).href(), List.of(), null, null, List.of(), reason, null, List.of(), null);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
