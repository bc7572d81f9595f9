package dev.lawimpact.search;

import dev.lawimpact.citations.CitationQuery;
import dev.lawimpact.citations.CitationQueryParser;
import dev.lawimpact.identifiers.ProvisionPath;
import dev.lawimpact.indexing.Fields;
import dev.lawimpact.statute.LawType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * Full-text search over provisions: one scoring pass that also counts matching units per law
 * type and per law, then grouping of the ranked documents by unit (article), then highlighting of
 * the page of hits. Stateless apart from the open index it is given.
 */
public final class SearchService {

  public static final int MAX_LIMIT = 100;
  public static final int MAX_OFFSET = 10_000;
  private static final int LAW_FACETS = 20;
  // Offsets come from the postings, so the highlighter never analyses; it still demands an analyzer.
  private static final org.apache.lucene.analysis.Analyzer HIGHLIGHT_ANALYZER = dev.lawimpact.indexing.Analyzers.perField();

  private final LawIndex index;
  private final QueryBuilder queries = new QueryBuilder();
  private final ResultCache cache;
  private final CitationQueryParser citations;

  /** citations may be null: then no query is read as a citation. */
  public SearchService(LawIndex index, int cacheSize, CitationQueryParser citations) {
    this.index = index;
    this.cache = new ResultCache(cacheSize);
    this.citations = citations;
  }

  public LawIndex index() {
    return index;
  }

  /** Validates the request's parameters; throws BadQueryException naming the bad one. */
  public static void validate(SearchRequest r) {
    if (r.limit() < 1 || r.limit() > MAX_LIMIT) throw new BadQueryException("limit must be between 1 and " + MAX_LIMIT);
    // Checked before the citation parser sees the query (it is not linear on long bracket runs).
    if (r.q() != null && r.q().length() > QueryBuilder.MAX_QUERY_LENGTH) {
      throw new BadQueryException("query is longer than " + QueryBuilder.MAX_QUERY_LENGTH + " characters");
    }
    if (r.offset() < 0 || r.offset() > MAX_OFFSET) throw new BadQueryException("offset must be between 0 and " + MAX_OFFSET);
    for (String t : r.lawTypes()) {
      if (LawType.fromEgovName(t).isEmpty()) {
        throw new BadQueryException("unknown lawType '" + t + "'; one of Constitution, Act, CabinetOrder, "
            + "ImperialOrder, MinisterialOrdinance, Rule, Misc");
      }
    }
    if (r.lawId() != null && !r.lawId().isEmpty() && !dev.lawimpact.identifiers.LawId.isValid(r.lawId())) {
      throw new BadQueryException("lawId '" + r.lawId() + "' is not an e-Gov law id (e.g. 359AC0000000086)");
    }
  }

  /** Searches, answering repeated requests from the cache (the index is immutable while bound here). */
  public SearchResult search(SearchRequest r) {
    validate(r);
    SearchResult cached = cache.get(r);
    if (cached != null) return cached;
    SearchResult fresh = citationFirst(r);
    cache.put(r, fresh);
    return fresh;
  }

  /**
   * A query that reads as a citation puts the cited provision (or law) first, then the text hits
   * for the same words (often the provisions that cite it). An ambiguous or unknown target is
   * reported in {@link SearchResult#citation()}, never guessed.
   */
  private SearchResult citationFirst(SearchRequest r) {
    Optional<CitationQuery> cq = citations == null ? Optional.empty() : citations.parse(r.q());
    if (cq.isEmpty()) return textSearch(r, List.of(), null);
    CitationQuery c = cq.get();
    List<SearchResult.Hit> pinned = new ArrayList<>();
    SearchResult.Citation info;
    String mentions; // the words whose exact occurrences follow the cited provision
    if (c.isAmbiguous()) {
      info = new SearchResult.Citation(c.lawName(), "ambiguous", null, null, ruleName(c),
          c.candidatePaths().stream().map(ProvisionPath::toString).toList());
      mentions = c.query();
    } else {
      ProvisionPath path = c.path().orElseThrow();
      Optional<SearchResult.Hit> hit = citedHit(path);
      hit.ifPresent(pinned::add);
      info = new SearchResult.Citation(c.lawName(), hit.isPresent() ? "resolved" : "provision_not_found",
          path.lawId().value(), path.local(), ruleName(c), List.of());
      String title = index.law(path.lawId().value()).map(LawSummary::title).orElse(c.lawName());
      mentions = hit.map(h -> h.label().replace(" ", "")).orElse(title + path.label());
    }
    // After the cited provision: provisions that mention it in these exact words.
    SearchRequest exact = new SearchRequest("\"" + mentions.replace("\"", "").strip() + "\"", r.lawTypes(), r.lawId(),
        r.limit(), r.offset());
    try {
      SearchResult t = textSearch(exact, pinned, info);
      return new SearchResult(r.q(), t.total(), t.offset(), t.limit(), t.hits(), t.lawTypes(), t.laws(), info);
    } catch (BadQueryException e) {
      return new SearchResult(r.q(), pinned.size(), r.offset(), r.limit(), r.offset() == 0 ? pinned : List.of(),
          List.of(), List.of(), info);
    }
  }

  private static String ruleName(CitationQuery c) {
    return c.rule() == null ? "" : c.rule().name();
  }

  /** The hit for a cited provision or, for a bare law name, the law itself. */
  private Optional<SearchResult.Hit> citedHit(ProvisionPath path) {
    try {
      if (path.isWholeLaw()) {
        return index.law(path.lawId().value()).map(l -> new SearchResult.Hit(l.lawId(), l.title(), l.lawNum(),
            l.lawType(), "", l.title(), "", HtmlEscape.text(l.lawNum()), 0f, "citation"));
      }
      Optional<Document> d = index.document(path.toString());
      return d.map(doc -> hit(doc, HtmlEscape.text(abbreviate(doc.get(Fields.TEXT), 200)), 0f, "citation"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String abbreviate(String s, int max) {
    if (s == null) return "";
    return s.length() <= max ? s : s.substring(0, max) + "…";
  }

  /** Text search with hits pinned before the ranked ones (a resolved citation). */
  SearchResult textSearch(SearchRequest r, List<SearchResult.Hit> pinned, SearchResult.Citation citation) {
    Query user = queries.build(r.q());
    Query query = withFilters(user, r);
    try {
      return run(r, query, user, pinned, citation);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Query withFilters(Query user, SearchRequest r) {
    BooleanQuery.Builder b = new BooleanQuery.Builder()
        .add(user, Occur.MUST)
        .add(new TermQuery(new Term(Fields.DOC_TYPE, "provision")), Occur.FILTER)
        .add(new TermQuery(new Term(Fields.DELETED, "true")), Occur.MUST_NOT);
    if (!r.lawTypes().isEmpty()) {
      List<BytesRef> types = r.lawTypes().stream()
          .map(t -> new BytesRef(LawType.fromEgovName(t).orElseThrow().egovName)).toList();
      b.add(new TermInSetQuery(Fields.LAW_TYPE, types), Occur.FILTER);
    }
    if (r.lawId() != null && !r.lawId().isEmpty()) b.add(new TermQuery(new Term(Fields.LAW_ID, r.lawId())), Occur.FILTER);
    // Multiplicative prior per document (see Fields.RANK_PRIOR).
    return FunctionScoreQuery.boostByValue(b.build(), DoubleValuesSource.fromFloatField(Fields.RANK_PRIOR));
  }

  private SearchResult run(SearchRequest r, Query query, Query user, List<SearchResult.Hit> pinned,
      SearchResult.Citation citation) throws IOException {
    IndexSearcher s = index.searcher();
    int wanted = r.offset() + r.limit() + pinned.size();
    int fetch = Math.min(wanted * 4 + 40, 50_000);
    Set<Integer> pinnedDocs = new HashSet<>();
    for (SearchResult.Hit h : pinned) {
      TopDocs own = s.search(new TermQuery(new Term(Fields.ID, h.lawId() + "/" + h.path())), 1);
      if (own.scoreDocs.length > 0) pinnedDocs.add(own.scoreDocs[0].doc);
    }
    List<ScoreDoc> groupTops;
    Counts counts;
    while (true) {
      Object[] res = s.search(query, new MultiCollectorManager(
          new TopScoreDocCollectorManager(fetch, null, Integer.MAX_VALUE), new CountsManager()));
      TopDocs top = (TopDocs) res[0];
      counts = (Counts) res[1];
      groupTops = collapse(s, top.scoreDocs);
      boolean exhausted = top.scoreDocs.length < fetch;
      if (groupTops.size() >= wanted || exhausted || fetch >= 50_000) break;
      fetch = Math.min(fetch * 4, 50_000);
    }
    // The page: pinned hits first (first page only), then ranked units not already pinned.
    List<SearchResult.Hit> hits = new ArrayList<>(r.offset() == 0 ? pinned : List.of());
    List<ScoreDoc> page = groupTops.stream().filter(sd -> !pinnedDocs.contains(sd.doc))
        .skip(r.offset()).limit(Math.max(0, r.limit() - hits.size())).toList();
    String[] snippets = highlight(s, user, page);
    for (int i = 0; i < page.size(); i++) {
      hits.add(hit(s.storedFields().document(page.get(i).doc), snippets[i], page.get(i).score, "text"));
    }
    return new SearchResult(r.q(), counts.total + pinned.size(), r.offset(), r.limit(), hits,
        typeFacets(counts), lawFacets(counts), citation);
  }

  /**
   * One hit per unit (article). Units are ranked by their best boosted score, which prefers the
   * article as a whole; the hit shown is the best-scoring part of the unit that matched by itself
   * (第四条第一項), else the unit.
   */
  private List<ScoreDoc> collapse(IndexSearcher s, ScoreDoc[] docs) throws IOException {
    // A law's documents are added in one block, so they share a segment: (segment, unit ordinal)
    // identifies a unit without building strings.
    Map<Long, ScoreDoc[]> groups = new LinkedHashMap<>(); // key -> {rank doc, display doc}
    Map<Long, Float> displayRaw = new HashMap<>();
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    for (ScoreDoc sd : docs) {
      int leafIndex = ReaderUtil.subIndex(sd.doc, leaves);
      LeafReaderContext leaf = leaves.get(leafIndex);
      int local = sd.doc - leaf.docBase;
      SortedDocValues unit = leaf.reader().getSortedDocValues(Fields.UNIT);
      SortedDocValues law = leaf.reader().getSortedDocValues(Fields.LAW_ID);
      NumericDocValues unitType = leaf.reader().getNumericDocValues(Fields.UNIT_TYPE);
      NumericDocValues sole = leaf.reader().getNumericDocValues(Fields.SOLE_PARAGRAPH);
      if (unit == null || law == null || !unit.advanceExact(local) || !law.advanceExact(local)) continue;
      boolean isUnit = unitType != null && unitType.advanceExact(local) && unitType.longValue() > 0;
      boolean isSole = sole != null && sole.advanceExact(local);
      // Display preference: the most specific part that matched, but never a sole paragraph
      // (cited as its article) and the article itself only when no part matched.
      float raw = isSole || isUnit ? -1 : sd.score;
      long key = ((long) leafIndex << 48) | ((long) law.ordValue() << 24) | unit.ordValue();
      ScoreDoc[] g = groups.get(key);
      if (g == null) {
        groups.put(key, new ScoreDoc[] {sd, sd});
        displayRaw.put(key, raw);
      } else if (raw > displayRaw.get(key)) {
        g[1] = sd;
        displayRaw.put(key, raw);
      }
    }
    List<ScoreDoc> out = new ArrayList<>(groups.size());
    for (ScoreDoc[] g : groups.values()) out.add(new ScoreDoc(g[1].doc, g[0].score, g[1].shardIndex));
    return out;
  }

  private String[] highlight(IndexSearcher s, Query user, List<ScoreDoc> page) throws IOException {
    if (page.isEmpty()) return new String[0];
    UnifiedHighlighter hl = UnifiedHighlighter.builder(s, HIGHLIGHT_ANALYZER)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
        .withMaskedFieldsFunc(f -> Fields.TEXT.equals(f) ? Set.of(Fields.TEXT_BIGRAM) : Set.of())
        .withMaxLength(6_000) // snippets come from the start of very long texts (別表)
        .withBreakIterator(() -> java.text.BreakIterator.getSentenceInstance(Locale.JAPANESE))
        .withWeightMatches(false) // ~20 % cheaper per search here; phrases are still marked whole
        .build();
    int[] ids = page.stream().mapToInt(sd -> sd.doc).toArray();
    Map<String, String[]> out = hl.highlightFields(new String[] {Fields.TEXT}, user, ids, new int[] {2});
    String[] snippets = out.get(Fields.TEXT);
    for (int i = 0; i < snippets.length; i++) {
      if (snippets[i] == null) snippets[i] = "";
    }
    return snippets;
  }

  SearchResult.Hit hit(Document d, String snippet, float score, String match) {
    String lawId = d.get(Fields.LAW_ID);
    String title = d.get(Fields.LAW_TITLE);
    String label = d.get(Fields.LABEL);
    return new SearchResult.Hit(lawId, title, d.get(Fields.LAW_NUM), d.get(Fields.LAW_TYPE), d.get(Fields.PATH),
        title + " " + label, nz(d.get(Fields.CAPTION)), snippet, score, match);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private List<SearchResult.FacetCount> typeFacets(Counts c) {
    List<SearchResult.FacetCount> out = new ArrayList<>();
    LawType[] types = LawType.values();
    for (int i = 0; i < types.length; i++) {
      if (c.byType[i] > 0) out.add(new SearchResult.FacetCount(types[i].egovName, types[i].japanese, c.byType[i]));
    }
    out.sort(Comparator.comparingLong(SearchResult.FacetCount::count).reversed());
    return out;
  }

  private List<SearchResult.FacetCount> lawFacets(Counts c) {
    List<SearchResult.FacetCount> out = new ArrayList<>();
    for (Map.Entry<String, Long> e : c.byLaw.entrySet()) {
      String title = index.law(e.getKey()).map(LawSummary::title).orElse(e.getKey());
      out.add(new SearchResult.FacetCount(e.getKey(), title, e.getValue()));
    }
    out.sort(Comparator.comparingLong(SearchResult.FacetCount::count).reversed()
        .thenComparing(SearchResult.FacetCount::value));
    return out.size() > LAW_FACETS ? out.subList(0, LAW_FACETS) : out;
  }

  /** A small LRU map; searches are cheap to recompute, so a plain synchronized map is enough. */
  private static final class ResultCache {
    private final int capacity;
    private final Map<SearchRequest, SearchResult> map;

    ResultCache(int capacity) {
      this.capacity = capacity;
      this.map = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SearchRequest, SearchResult> e) {
          return size() > ResultCache.this.capacity;
        }
      };
    }

    synchronized SearchResult get(SearchRequest r) {
      return capacity == 0 ? null : map.get(r);
    }

    synchronized void put(SearchRequest r, SearchResult result) {
      if (capacity > 0) map.put(r, result);
    }
  }

  /** Matching units in total, per law type and per law. */
  static final class Counts {
    long total;
    final long[] byType = new long[LawType.values().length];
    final Map<String, Long> byLaw = new HashMap<>();
  }

  /** Counts unit documents from doc values while the top-docs collector scores. */
  private static final class CountsManager implements CollectorManager<Collector, Counts> {
    @Override
    public Collector newCollector() {
      return new CountingCollector();
    }

    @Override
    public Counts reduce(Collection<Collector> collectors) {
      Counts c = new Counts();
      for (Collector x : collectors) {
        CountingCollector cc = (CountingCollector) x;
        cc.finishLeaf();
        c.total += cc.counts.total;
        for (int i = 0; i < c.byType.length; i++) c.byType[i] += cc.counts.byType[i];
        cc.counts.byLaw.forEach((k, v) -> c.byLaw.merge(k, v, Long::sum));
      }
      return c;
    }
  }

  private static final class CountingCollector implements Collector {
    final Counts counts = new Counts();
    private SortedDocValues lawIds;
    private int[] lawOrdCounts;

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext ctx) throws IOException {
      finishLeaf();
      NumericDocValues unitType = ctx.reader().getNumericDocValues(Fields.UNIT_TYPE);
      lawIds = ctx.reader().getSortedDocValues(Fields.LAW_ID);
      lawOrdCounts = lawIds == null ? null : new int[lawIds.getValueCount()];
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          if (unitType == null || !unitType.advanceExact(doc)) return;
          long t = unitType.longValue();
          if (t <= 0) return;
          counts.total++;
          counts.byType[(int) t - 1]++;
          if (lawIds != null && lawIds.advanceExact(doc)) lawOrdCounts[lawIds.ordValue()]++;
        }
      };
    }

    /** Folds the previous leaf's per-ordinal law counts into law ids. */
    void finishLeaf() {
      if (lawOrdCounts == null) return;
      try {
        for (int ord = 0; ord < lawOrdCounts.length; ord++) {
          if (lawOrdCounts[ord] > 0) {
            counts.byLaw.merge(lawIds.lookupOrd(ord).utf8ToString(), (long) lawOrdCounts[ord], Long::sum);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      lawOrdCounts = null;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
