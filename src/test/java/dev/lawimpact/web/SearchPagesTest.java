package dev.lawimpact.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawimpact.search.SearchResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Grouping, paging, facet links and citation jumps of the search page, from service answers. */
class SearchPagesTest {

  private static SearchResult.Hit hit(String law, String title, String path, String label) {
    return new SearchResult.Hit(law, title, "令和九十九年法律第一号", "Act", path, title + " " + label, "", "<mark>通信</mark>", 1f,
        "text");
  }

  private static SearchResult result(long total, List<SearchResult.Hit> hits, SearchResult.Citation c) {
    return new SearchResult("q", total, 0, 10, hits, List.of(new SearchResult.FacetCount("Act", "法律", total)),
        List.of(new SearchResult.FacetCount("599AC0000000001", "架空通信事業法", total)), c);
  }

  @Test
  void hitsAreGroupedByLawInOrderOfTheirBestHit() {
    List<SearchResult.Hit> hits = List.of(hit("599AC0000000001", "甲法", "a4-p1", "第四条第一項"),
        hit("599AC0000000002", "乙法", "a1", "第一条"), hit("599AC0000000001", "甲法", "a5", "第五条"));
    SearchPage p = SearchPages.page(new SearchPages.Params("通信", null, null, 1), result(3, hits, null), List.of(), id -> id);
    assertEquals(List.of("甲法", "乙法"), p.groups().stream().map(SearchPage.LawGroup::title).toList());
    assertEquals(List.of("第四条第一項", "第五条"), p.groups().get(0).hits().stream().map(SearchPage.Hit::label).toList());
    assertEquals("/laws/599AC0000000001?at=a4-p1#a4-p1", p.groups().get(0).hits().get(0).href());
    assertEquals(1, p.from());
    assertEquals(3, p.to());
    assertTrue(p.pages().isEmpty(), "one page needs no paging links");
  }

  @ParameterizedTest
  @CsvSource({
      // page, total, first page link, last page link, prev?, next?
      "1, 95, 1, 9, false, true",
      "5, 95, 1, 9, true, true",
      "10, 95, 2, 10, true, false",
      "20, 1000, 16, 24, true, true",
  })
  void pagingWindow(int page, long total, int first, int last, boolean prev, boolean next) {
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (int i = 0; i < 5; i++) hits.add(hit("599AC0000000001", "甲法", "a" + (i + 1), "第" + (i + 1) + "条"));
    SearchPage p = SearchPages.page(new SearchPages.Params("通信", null, null, page), result(total, hits, null), List.of(),
        id -> id);
    assertEquals(first, p.pages().get(0).number());
    assertEquals(last, p.pages().get(p.pages().size() - 1).number());
    assertEquals(prev, p.prevHref() != null);
    assertEquals(next, p.nextHref() != null);
    assertTrue(p.pages().stream().anyMatch(l -> l.current() && l.number() == page));
    assertEquals("/search?q=%E9%80%9A%E4%BF%A1&page=2", p.pages().stream().filter(l -> l.number() == 2).findFirst()
        .map(SearchPage.PageLink::href).orElse("/search?q=%E9%80%9A%E4%BF%A1&page=2"));
  }

  @Test
  void facetsToggleFiltersAndResetThePage() {
    SearchPages.Params params = new SearchPages.Params("通信", List.of("Act"), null, 3);
    SearchPage p = SearchPages.page(params, result(30, List.of(hit("599AC0000000001", "甲法", "a1", "第一条")), null),
        List.of(), id -> id);
    SearchPage.Facet act = p.typeFacets().get(0);
    assertTrue(act.selected());
    assertEquals("/search?q=%E9%80%9A%E4%BF%A1", act.href(), "a selected facet link removes the filter");
    SearchPage.Facet law = p.lawFacets().get(0);
    assertEquals("/search?q=%E9%80%9A%E4%BF%A1&lawType=Act&lawId=599AC0000000001", law.href());
    assertTrue(p.filtered());
  }

  @Test
  void resolvedCitationJumpsUnlessFilteredOrPaged() {
    SearchResult.Citation c = new SearchResult.Citation("架空通信事業法第四条", "resolved", "599AC0000000001", "a4", "TITLE",
        List.of());
    SearchResult r = result(1, List.of(), c);
    assertEquals(Optional.of("/laws/599AC0000000001?at=a4#a4"),
        SearchPages.citationTarget(r, new SearchPages.Params("架空通信事業法第四条", null, null, 1)));
    assertEquals(Optional.empty(), SearchPages.citationTarget(r, new SearchPages.Params("x", List.of("Act"), null, 1)));
    assertEquals(Optional.empty(), SearchPages.citationTarget(r, new SearchPages.Params("x", null, null, 2)));
    SearchResult.Citation whole = new SearchResult.Citation("架空通信事業法", "resolved", "599AC0000000001", "", "TITLE", List.of());
    assertEquals(Optional.of("/laws/599AC0000000001"),
        SearchPages.citationTarget(result(1, List.of(), whole), new SearchPages.Params("架空通信事業法", null, null, 1)));
  }

  @Test
  void ambiguousCitationListsCandidates() {
    SearchResult.Citation c = new SearchResult.Citation("情報公開法", "ambiguous", null, null, "ABBREV",
        List.of("411AC0000000042/a2", "413AC0000000140"));
    SearchPage p = SearchPages.page(new SearchPages.Params("情報公開法第二条", null, null, 1), result(0, List.of(), c), List.of(),
        id -> id.equals("411AC0000000042") ? "行政機関情報公開法" : "独立行政法人等情報公開法");
    assertEquals("情報公開法", p.ambiguousName());
    assertEquals(List.of("行政機関情報公開法 第二条", "独立行政法人等情報公開法"),
        p.candidates().stream().map(SearchPage.Link::label).toList());
    assertEquals("/laws/411AC0000000042?at=a2#a2", p.candidates().get(0).href());
    assertNull(p.missingCitation());
  }
}
