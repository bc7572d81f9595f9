package dev.lawimpact.search;

import dev.lawimpact.identifiers.LawId;
import dev.lawimpact.identifiers.ProvisionPath;
import dev.lawimpact.indexing.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** Laws and provisions by address: the catalogue, a law's outline, a provision with its children. */
public final class LawLookup {

  /** A page of the catalogue. */
  public record LawPage(int total, int offset, int limit, List<LawSummary> laws) {}

  private final LawIndex index;

  public LawLookup(LawIndex index) {
    this.index = index;
  }

  /** Laws filtered by type and by a title/number/abbreviation substring, ordered by law id. */
  public LawPage list(String q, String lawType, int limit, int offset) {
    if (limit < 1 || limit > 500) throw new BadQueryException("limit must be between 1 and 500");
    if (offset < 0) throw new BadQueryException("offset must not be negative");
    if (lawType != null && !lawType.isBlank() && dev.lawimpact.statute.LawType.fromEgovName(lawType).isEmpty()) {
      throw new BadQueryException("unknown lawType '" + lawType + "'");
    }
    String needle = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
    List<LawSummary> hits = new ArrayList<>();
    for (LawSummary l : index.laws()) {
      if (lawType != null && !lawType.isBlank() && !l.lawType().equalsIgnoreCase(lawType)) continue;
      if (!needle.isEmpty() && !(l.title().contains(needle) || l.lawNum().contains(needle)
          || l.lawId().toLowerCase(Locale.ROOT).contains(needle) || l.abbreviations().stream().anyMatch(a -> a.contains(needle)))) {
        continue;
      }
      hits.add(l);
    }
    int from = Math.min(offset, hits.size());
    return new LawPage(hits.size(), offset, limit, hits.subList(from, Math.min(hits.size(), from + limit)));
  }

  public LawDetail law(String lawId) {
    LawSummary s = summary(lawId);
    try {
      Document d = index.lawDocument(s.lawId()).orElseThrow(() -> new NotFoundException("no law " + lawId));
      return new LawDetail(s, index.outline(d), List.of(d.getValues(Fields.AMEND_LAW_NUM)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private LawSummary summary(String lawId) {
    if (!LawId.isValid(lawId)) throw new BadQueryException("'" + lawId + "' is not an e-Gov law id (e.g. 359AC0000000086)");
    return index.law(lawId).orElseThrow(() -> new NotFoundException("no law with id " + lawId + " in the corpus"));
  }

  /** The provision at localPath (a4-p1) with everything under it. */
  public ProvisionView provision(String lawId, String localPath) {
    LawSummary law = summary(lawId);
    ProvisionPath path;
    try {
      path = ProvisionPath.parseLocal(new LawId(lawId), localPath);
    } catch (IllegalArgumentException e) {
      throw new BadQueryException("provision path: " + e.getMessage());
    }
    if (path.isWholeLaw()) throw new BadQueryException("provision path is empty");
    return provision(law, path).orElseThrow(() -> new NotFoundException(
        "no provision " + path.local() + " (" + path.label() + ") in " + law.title()));
  }

  /**
   * Every provision of a law in document order, flat (children empty; each text still holds the
   * subtree's text, as stored), for rendering the whole law in one page.
   */
  public List<ProvisionView> provisionsOf(String lawId) {
    LawSummary law = summary(lawId);
    try {
      IndexSearcher s = index.searcher();
      BooleanQuery q = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(Fields.LAW_ID, law.lawId())), Occur.FILTER)
          .add(new TermQuery(new Term(Fields.DOC_TYPE, "provision")), Occur.FILTER)
          .build();
      TopDocs all = s.search(q, Math.max(1, law.provisions()), new Sort(new SortField(Fields.ORD, SortField.Type.INT)));
      List<ProvisionView> out = new ArrayList<>(all.scoreDocs.length);
      // One StoredFields for the whole loop: consecutive documents share decompressed blocks.
      org.apache.lucene.index.StoredFields stored = s.storedFields();
      for (ScoreDoc sd : all.scoreDocs) out.add(view(law, stored.document(sd.doc), Map.of()));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The provision at path, if the index holds it. */
  public Optional<ProvisionView> provision(LawSummary law, ProvisionPath path) {
    try {
      IndexSearcher s = index.searcher();
      TopDocs own = s.search(new TermQuery(new Term(Fields.ID, path.toString())), 1);
      if (own.scoreDocs.length == 0) return Optional.empty();
      Document d = s.storedFields().document(own.scoreDocs[0].doc);
      // Everything in the same unit, in document order; the tree is rebuilt from the parent links.
      BooleanQuery unitQuery = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(Fields.LAW_ID, law.lawId())), Occur.FILTER)
          .add(new TermQuery(new Term(Fields.UNIT, d.get(Fields.UNIT))), Occur.FILTER)
          .build();
      TopDocs unit = s.search(unitQuery, 10_000, new Sort(new SortField(Fields.ORD, SortField.Type.INT)));
      Map<String, List<Document>> byParent = new HashMap<>();
      for (ScoreDoc sd : unit.scoreDocs) {
        Document c = s.storedFields().document(sd.doc);
        byParent.computeIfAbsent(c.get(Fields.PARENT), k -> new ArrayList<>()).add(c);
      }
      return Optional.of(view(law, d, byParent));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ProvisionView view(LawSummary law, Document d, Map<String, List<Document>> byParent) {
    List<ProvisionView> kids = new ArrayList<>();
    for (Document c : byParent.getOrDefault(d.get(Fields.PATH), List.of())) kids.add(view(law, c, byParent));
    String label = d.get(Fields.LABEL);
    return new ProvisionView(law.lawId(), law.title(), law.lawNum(), d.get(Fields.PATH), label, law.title() + " " + label,
        nz(d.get(Fields.HEADING)), nz(d.get(Fields.CAPTION)), d.get(Fields.KIND), d.get(Fields.PART),
        "true".equals(d.get(Fields.DELETED)), nz(d.get(Fields.TEXT)), kids);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
