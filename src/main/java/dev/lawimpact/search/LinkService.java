package dev.lawimpact.search;

import dev.lawimpact.identifiers.LawId;
import dev.lawimpact.identifiers.ProvisionPath;
import dev.lawimpact.indexing.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * The reference graph stored as link documents: outgoing references of a provision (as written,
 * in order), incoming ones (every resolved reference whose target is the provision or lies inside
 * it), and per-law counts. All are term look-ups on indexed fields, not scans.
 */
public final class LinkService {

  public static final int MAX_LIMIT = 500;
  public static final int MAX_OFFSET = 50_000;
  private final LawIndex index;

  public LinkService(LawIndex index) {
    this.index = index;
  }

  public LinkView.Page links(String lawId, String local, String direction, int limit, int offset) {
    if (limit < 1 || limit > MAX_LIMIT) throw new BadQueryException("limit must be between 1 and " + MAX_LIMIT);
    // Bounded so offset + limit cannot overflow (a 500 from Lucene) and stays within the 50,000 collected.
    if (offset < 0 || offset > MAX_OFFSET) throw new BadQueryException("offset must be between 0 and " + MAX_OFFSET);
    ProvisionPath path = path(lawId, local);
    Query q;
    switch (direction == null ? "out" : direction) {
      case "out" -> q = new TermQuery(new Term(Fields.LINK_SOURCE_WITHIN, path.toString()));
      case "in" -> q = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(Fields.LINK_TARGET_WITHIN, path.toString())), Occur.FILTER)
          .add(new TermQuery(new Term(Fields.LINK_STATUS, "resolved")), Occur.FILTER)
          .build();
      default -> throw new BadQueryException("direction must be out, in or concept");
    }
    try {
      IndexSearcher s = index.searcher();
      Sort order = new Sort(new SortField(Fields.LINK_SOURCE_LAW, SortField.Type.STRING),
          new SortField(Fields.LINK_ORD, SortField.Type.INT));
      TopDocs top = s.search(q, Math.min(offset + limit, 50_000), order);
      List<LinkView> links = new ArrayList<>();
      for (int i = offset; i < top.scoreDocs.length; i++) links.add(view(s.storedFields().document(top.scoreDocs[i].doc)));
      List<SearchResult.FacetCount> byLaw = "in".equals(direction) ? countBySourceLaw(s, q, path.lawId().value(), false)
          : List.of();
      return new LinkView.Page(path.toString(), direction == null ? "out" : direction, top.totalHits.value, offset, limit,
          links, byLaw);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every reference written in a law, in the order written (resolved or not), for rendering the
   * law's text with its references as links. Offsets are in each source provision's own text.
   */
  public List<LinkView> outgoingOfLaw(String lawId) {
    path(lawId, "");
    try {
      IndexSearcher s = index.searcher();
      Query q = new TermQuery(new Term(Fields.LINK_SOURCE_LAW, lawId));
      int n = Math.max(1, s.count(q));
      TopDocs top = s.search(q, n, new Sort(new SortField(Fields.LINK_ORD, SortField.Type.INT)));
      List<LinkView> links = new ArrayList<>(top.scoreDocs.length);
      // One StoredFields for the whole loop: consecutive documents share decompressed blocks.
      org.apache.lucene.index.StoredFields stored = s.storedFields();
      for (ScoreDoc sd : top.scoreDocs) links.add(view(stored.document(sd.doc)));
      return links;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Laws whose provisions cite this law, with the number of citing provisions; the law itself excluded. */
  public List<SearchResult.FacetCount> citedBy(String lawId) {
    ProvisionPath path = path(lawId, "");
    Query q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.LINK_TARGET_WITHIN, path.toString())), Occur.FILTER)
        .add(new TermQuery(new Term(Fields.LINK_STATUS, "resolved")), Occur.FILTER)
        .build();
    try {
      return countBySourceLaw(index.searcher(), q, lawId, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every provision holding a resolved reference to the target (a full path, or a law id for
   * anything in the law), grouped by citing law; for analyses that need the raw graph.
   */
  public Map<String, Set<String>> citingProvisions(String target) {
    Query q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.LINK_TARGET_WITHIN, target)), Occur.FILTER)
        .add(new TermQuery(new Term(Fields.LINK_STATUS, "resolved")), Occur.FILTER)
        .build();
    try {
      return sources(index.searcher(), q);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many reference mentions the provision and everything inside it hold. */
  public int mentionsWithin(String provision) {
    try {
      return index.reader().docFreq(new Term(Fields.LINK_SOURCE_WITHIN, provision));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ProvisionPath path(String lawId, String local) {
    if (!LawId.isValid(lawId)) throw new BadQueryException("'" + lawId + "' is not an e-Gov law id (e.g. 359AC0000000086)");
    if (index.law(lawId).isEmpty()) throw new NotFoundException("no law with id " + lawId + " in the corpus");
    try {
      return ProvisionPath.parseLocal(new LawId(lawId), local);
    } catch (IllegalArgumentException e) {
      throw new BadQueryException("provision path: " + e.getMessage());
    }
  }

  private LinkView view(Document d) {
    List<LinkView.Target> targets = new ArrayList<>();
    for (String t : d.getValues(Fields.LINK_TARGET)) targets.add(target(t));
    String source = d.get(Fields.LINK_SOURCE);
    String flags = d.get(Fields.LINK_FLAGS);
    return new LinkView(source, label(ProvisionPath.parse(source)), d.get(Fields.LINK_MENTION),
        d.getField(Fields.LINK_START).numericValue().intValue(), d.getField(Fields.LINK_END).numericValue().intValue(),
        d.get(Fields.LINK_KIND), targets, d.get(Fields.LINK_STATUS), nz(d.get(Fields.LINK_DETAIL)),
        flags == null ? List.of() : Arrays.asList(flags.split(" ")));
  }

  private LinkView.Target target(String t) {
    ProvisionPath p = ProvisionPath.parse(t);
    return new LinkView.Target(t, label(p), index.law(p.lawId().value()).isPresent());
  }

  private String label(ProvisionPath p) {
    String title = index.law(p.lawId().value()).map(LawSummary::title).orElse(p.lawId().value());
    return p.isWholeLaw() ? title : title + " " + p.label();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /** Distinct citing provisions per citing law, from doc values while collecting. */
  private List<SearchResult.FacetCount> countBySourceLaw(IndexSearcher s, Query q, String lawId, boolean excludeSelf)
      throws IOException {
    Map<String, Set<String>> sources = sources(s, q);
    List<SearchResult.FacetCount> out = new ArrayList<>();
    sources.forEach((law, provs) -> {
      if (excludeSelf && law.equals(lawId)) return;
      out.add(new SearchResult.FacetCount(law, index.law(law).map(LawSummary::title).orElse(law), provs.size()));
    });
    out.sort(Comparator.comparingLong(SearchResult.FacetCount::count).reversed().thenComparing(SearchResult.FacetCount::value));
    return out;
  }

  /** Citing law → citing provisions of the link documents matching q, from doc values. */
  private Map<String, Set<String>> sources(IndexSearcher s, Query q) throws IOException {
    return s.search(q, new CollectorManager<SourceCollector, Map<String, Set<String>>>() {
      @Override
      public SourceCollector newCollector() {
        return new SourceCollector();
      }

      @Override
      public Map<String, Set<String>> reduce(Collection<SourceCollector> cs) {
        Map<String, Set<String>> m = new HashMap<>();
        for (SourceCollector c : cs) c.bySourceLaw.forEach((k, v) -> m.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
        return m;
      }
    });
  }

  /** Collects (citing law, citing provision) pairs from doc values. */
  private final class SourceCollector implements Collector {
    final Map<String, Set<String>> bySourceLaw = new HashMap<>();

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext ctx) throws IOException {
      SortedDocValues law = ctx.reader().getSortedDocValues(Fields.LINK_SOURCE_LAW);
      SortedDocValues source = ctx.reader().getSortedDocValues(Fields.LINK_SOURCE);
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          if (law == null || source == null || !law.advanceExact(doc) || !source.advanceExact(doc)) return;
          String l = law.lookupOrd(law.ordValue()).utf8ToString();
          String src = source.lookupOrd(source.ordValue()).utf8ToString();
          bySourceLaw.computeIfAbsent(l, k -> new HashSet<>()).add(src);
        }
      };
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
